-- Issue 17: the branch's own rules. Party standing of people (dated), the branch committee
-- and its terms, decisions of a meeting and how they were voted, the reporting year of annual
-- meetings, and meeting rules that keep only the frequency.

-- 政治面貌, dated: a person's standing on a day is the latest change effective on or before
-- it. A member with no change recorded at all counts as a full member (how every member was
-- kept before standings existed); once changes exist, before the first one the person had no
-- standing in this branch. Guests have none.
create table standing_changes (
    id           uuid primary key,
    person_id    uuid not null references people (id),
    org_unit_id  uuid not null references org_units (id),
    standing     text not null,
    effective_on date not null,
    -- The decision of a meeting that made the change (admission, confirmation, …), if any.
    decision_id  uuid,
    note         text,
    recorded_by  uuid references users (id),
    recorded_at  timestamptz not null default now(),
    constraint standing_changes_standing check (standing in ('full_member', 'probationary_member',
        'development_candidate', 'activist', 'non_member')),
    constraint standing_changes_note_length check (char_length(note) between 1 and 500)
);
-- One change per person and day: two on one day would leave the day's standing ambiguous.
create unique index standing_changes_person_day_key on standing_changes (person_id, effective_on);
create index standing_changes_org_unit_idx on standing_changes (org_unit_id, effective_on);

-- 支部委员会 terms: elected for 3 years (5 in villages and communities), extended with
-- approval by at most a year.
create table committee_terms (
    id                  uuid primary key,
    org_unit_id         uuid not null references org_units (id),
    started_on          date not null,
    length_years        integer not null,
    -- An approved extension: the new last day, and who approved it.
    extended_until      date,
    extension_approval  text,
    -- The seats the committee was elected with; seats without a member are vacant.
    seats               integer not null,
    election_meeting_id uuid references meetings (id),
    -- The day the next committee took office; null while in office.
    ended_on            date,
    version             integer not null default 1,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    constraint committee_terms_length check (length_years in (3, 5)),
    constraint committee_terms_seats check (seats between 1 and 15),
    constraint committee_terms_extension check ((extended_until is null) = (extension_approval is null)),
    constraint committee_terms_extension_approval_length check (char_length(extension_approval) between 1 and 500),
    constraint committee_terms_ended check (ended_on is null or ended_on >= started_on)
);
create index committee_terms_org_unit_idx on committee_terms (org_unit_id, started_on desc);

create table committee_members (
    id          uuid primary key,
    term_id     uuid not null references committee_terms (id),
    org_unit_id uuid not null references org_units (id),
    person_id   uuid not null references people (id),
    post        text not null,
    -- On the committee from (the term's start, or a by-election) until (left; null: still on).
    from_on     date not null,
    until_on    date,
    constraint committee_members_post check (post in ('secretary', 'deputy_secretary', 'organization',
        'publicity', 'discipline', 'youth', 'women', 'member')),
    constraint committee_members_until check (until_on is null or until_on >= from_on)
);
create unique index committee_members_term_person_key on committee_members (term_id, person_id);
create index committee_members_person_idx on committee_members (person_id);

-- 决议: what a meeting decided and how it was voted. The counts of those due and present with
-- a vote, the quorum and the result are the service's, worked out from the records on the
-- meeting's day; `judgement` keeps them as they stood when the minutes were finalized.
create table decisions (
    id           uuid primary key,
    meeting_id   uuid not null references meetings (id),
    org_unit_id  uuid not null references org_units (id),
    position     integer not null,
    kind         text not null,
    motion       text not null,
    method       text not null,
    in_favour    integer not null,
    against      integer not null,
    abstaining   integer not null,
    judgement    jsonb,
    version      integer not null default 1,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint decisions_kind check (kind in ('admission', 'confirmation', 'extension', 'cancellation',
        'commendation', 'discipline', 'election', 'other')),
    constraint decisions_method check (method in ('show_of_hands', 'secret_ballot')),
    constraint decisions_motion_length check (char_length(motion) between 1 and 2000),
    constraint decisions_counts check (in_favour >= 0 and against >= 0 and abstaining >= 0),
    constraint decisions_position_positive check (position >= 1),
    constraint decisions_position_key unique (meeting_id, position) deferrable initially deferred
);
create index decisions_org_unit_idx on decisions (org_unit_id, meeting_id);

-- Whom a decision is about: exactly one person for a decision on membership (each candidate
-- is voted on separately), any number for a commendation or an election.
create table decision_candidates (
    decision_id uuid not null references decisions (id) on delete cascade,
    person_id   uuid not null references people (id),
    position    integer not null,
    primary key (decision_id, person_id)
);
create index decision_candidates_person_idx on decision_candidates (person_id);

alter table standing_changes add constraint standing_changes_decision_fk
    foreign key (decision_id) references decisions (id);

-- A full member absent from the meeting whose written opinion, given before it, is counted.
create table decision_opinions (
    decision_id uuid not null references decisions (id) on delete cascade,
    person_id   uuid not null references people (id),
    vote        text not null,
    primary key (decision_id, person_id),
    constraint decision_opinions_vote check (vote in ('in_favour', 'against', 'abstaining'))
);

-- A full member left out of those due to attend, with the reason and the superior
-- organisation's approval.
create table decision_exclusions (
    decision_id uuid not null references decisions (id) on delete cascade,
    person_id   uuid not null references people (id),
    reason      text not null,
    approval    text not null,
    primary key (decision_id, person_id),
    constraint decision_exclusions_reason_length check (char_length(reason) between 1 and 500),
    constraint decision_exclusions_approval_length check (char_length(approval) between 1 and 500)
);

-- Who voted how, when a show of hands is recorded by name (optional).
create table decision_votes (
    decision_id uuid not null references decisions (id) on delete cascade,
    person_id   uuid not null references people (id),
    vote        text not null,
    primary key (decision_id, person_id),
    constraint decision_votes_vote check (vote in ('in_favour', 'against', 'abstaining'))
);

-- The year an annual meeting (组织生活会, 民主生活会) reports on: the "2025年度组织生活会" is
-- often held early in 2026. Null: the year it was held.
alter table meetings add column reporting_year integer;
alter table meetings add constraint meetings_reporting_year check (reporting_year is null
    or (reporting_year between 2000 and 2100 and kind in ('organizational_life', 'democratic_life')));

-- The rules keep the frequency only: the "more than half" of Art. 11 governs votes (checked on
-- each decision), not whether a 党员大会 took place.
alter table meeting_rules drop column needs_quorum;
alter table meeting_rules add column description text;
alter table meeting_rules add constraint meeting_rules_description_length
    check (char_length(description) between 1 and 500);
update meeting_rules set description = '《中国共产党支部工作条例（试行）》第十一条：支部党员大会一般每季度召开1次' where kind = 'general_assembly';
update meeting_rules set description = '支部工作条例第十二条：支部委员会会议一般每月召开1次（仅设支部委员会的支部）' where kind = 'committee_meeting';
update meeting_rules set description = '支部工作条例第十三条：党小组会一般每月召开1次' where kind = 'group_meeting';
update meeting_rules set description = '条例未规定支部党课的频次：每季度1次为本地做法，可调整' where kind = 'party_lecture';
update meeting_rules set description = '支部工作条例第十七条：组织生活会一般每年召开1次，按所属年度计' where kind = 'organizational_life';
insert into meeting_rules (id, kind, applies_to, period, min_meetings, description) values
    ('00000000-0000-7000-8000-00000000a006', 'theme_day', 'branch', 'month', 1,
     '支部工作条例第十六条：每月相对固定1天开展主题党日')
on conflict (kind) do nothing;

-- A person's standing on a day, by the rule above (null: none — a guest, or before the first
-- recorded change). With `meeting`, the changes that meeting's own decisions made are left
-- out: a vote counts the standings as they were when the meeting opened (an admission makes
-- its candidate a probationary member on the meeting's very day).
create function standing_on(person uuid, day date, meeting uuid default null) returns text
language sql stable as $$
    select case when p.kind <> 'member' then null
                else coalesce(
                    (select s.standing from standing_changes s
                     where s.person_id = p.id and s.effective_on <= day
                       and (meeting is null or s.decision_id is null
                            or s.decision_id not in (select d.id from decisions d where d.meeting_id = meeting))
                     order by s.effective_on desc limit 1),
                    case when exists (select 1 from standing_changes s
                                      where s.person_id = p.id
                                        and (meeting is null or s.decision_id is null
                                             or s.decision_id not in (select d.id from decisions d
                                                                      where d.meeting_id = meeting)))
                         then null else 'full_member' end)
           end
    from people p where p.id = person
$$;
