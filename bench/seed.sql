-- Bench data: one committee with a branch, 20 people, 1,000 meetings of 30 speeches each,
-- everyone present at each.
-- The speeches are cut from the sample speech (about 2 KB of JSON each), with their
-- character counts and level-1 outlines computed as the service computes them.
-- psql variables: sample (the sample speech's text).
begin;
insert into org_units (id, parent_id, name, kind)
values ('00000000-0000-7000-8000-000000000001', null, '市直机关党委', 'committee'),
       ('00000000-0000-7000-8000-000000000002', '00000000-0000-7000-8000-000000000001', '第一党支部', 'branch');

insert into people (id, org_unit_id, name, title, kind)
select ('00000000-0000-7000-8001-' || lpad(n::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000002', '党员' || n, case when n = 1 then '支部书记' end, 'member'
from generate_series(1, 20) n;

-- One-second steps keep (starts_at, id) distinct and the ids in time order, as UUIDv7 are.
insert into meetings (id, org_unit_id, kind, title, starts_at, agenda, status)
select ('00000000-0000-7000-8002-' || lpad(n::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000002',
       (array['general_assembly', 'committee_meeting', 'group_meeting', 'party_lecture',
              'organizational_life', 'theme_day'])[1 + n % 6],
       '第' || n || '次会议', timestamptz '2024-01-01 09:00+08' + n * interval '17 hours',
       '["通报整改落实情况", "个人对照检查", "相互批评"]', 'held'
from generate_series(1, 1000) n;

-- Everyone present: a speaker must be on the meeting's attendance list.
insert into attendance (meeting_id, person_id, status)
select m.id, p.id, 'present' from meetings m cross join people p;
update meetings set attendance_expected = 20, attendance_present = 20;

with chunks as (
    select n, substr(:'sample', 1 + (n * 97) % 2400, 640) as content from generate_series(1, 30) n
)
insert into speeches (id, meeting_id, org_unit_id, position, speaker_id, kind, content, char_count, outline)
select gen_random_uuid(), m.id, m.org_unit_id, c.n,
       ('00000000-0000-7000-8001-' || lpad((1 + c.n % 20)::text, 12, '0'))::uuid,
       case when c.n = 1 then 'remarks' else 'self_criticism' end,
       c.content, char_length(c.content),
       coalesce((select jsonb_agg(jsonb_build_object('level', 1, 'text', h[1]))
                 from regexp_matches(c.content, '^([一二三四五六七八九十]+、[^。\n]*)', 'gn') h), '[]')
from meetings m cross join chunks c;
commit;
analyze;
