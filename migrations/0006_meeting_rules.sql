-- The 三会一课 rules as data: which kind of meeting a unit of which level must hold, how often.
-- Admins may change them; the defaults follow the regulations on branch work.
create table meeting_rules (
    id           uuid primary key,
    kind         text not null unique,
    applies_to   text not null,
    period       text not null,
    min_meetings integer not null default 1,
    -- A meeting counts only if more than half of the members on its attendance list were present.
    needs_quorum boolean not null default false,
    updated_at   timestamptz not null default now(),
    constraint meeting_rules_kind check (kind in ('general_assembly', 'committee_meeting', 'group_meeting',
        'party_lecture', 'organizational_life', 'democratic_life', 'theme_day', 'other')),
    constraint meeting_rules_applies_to check (applies_to in ('committee', 'branch', 'group')),
    constraint meeting_rules_period check (period in ('month', 'quarter', 'year')),
    constraint meeting_rules_min check (min_meetings between 1 and 31)
);

insert into meeting_rules (id, kind, applies_to, period, min_meetings, needs_quorum) values
    ('00000000-0000-7000-8000-00000000a001', 'general_assembly', 'branch', 'quarter', 1, true),   -- 支部党员大会
    ('00000000-0000-7000-8000-00000000a002', 'committee_meeting', 'branch', 'month', 1, false),   -- 支委会
    ('00000000-0000-7000-8000-00000000a003', 'group_meeting', 'group', 'month', 1, false),        -- 党小组会
    ('00000000-0000-7000-8000-00000000a004', 'party_lecture', 'branch', 'quarter', 1, false),     -- 党课
    ('00000000-0000-7000-8000-00000000a005', 'organizational_life', 'branch', 'year', 1, false);  -- 组织生活会
