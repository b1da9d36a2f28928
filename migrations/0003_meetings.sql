-- People, meetings, attendance, speeches; the audit trail; idempotency keys.

create table people (
    id          uuid primary key,
    org_unit_id uuid not null references org_units (id),
    name        text not null,
    title       text,
    kind        text not null,
    user_id     uuid references users (id),
    version     integer not null default 1,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint people_kind check (kind in ('member', 'guest')),
    constraint people_name_length check (char_length(name) between 1 and 100),
    constraint people_title_length check (char_length(title) between 1 and 100)
);
create index people_org_unit_id_idx on people (org_unit_id, id);
-- One person per account in a unit.
create unique index people_org_unit_user_key on people (org_unit_id, user_id) where user_id is not null;

create table meetings (
    id           uuid primary key,
    org_unit_id  uuid not null references org_units (id),
    kind         text not null,
    title        text not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz,
    location     text,
    host_id      uuid references people (id),
    recorder_id  uuid references people (id),
    agenda       jsonb not null default '[]',
    summary      text,
    status       text not null default 'scheduled',
    finalized_at timestamptz,
    -- Counts of the attendance list, kept by the one statement that replaces it, so that
    -- reading a meeting (and every list of meetings) needs no aggregate.
    attendance_expected integer not null default 0,
    attendance_present  integer not null default 0,
    attendance_leave    integer not null default 0,
    attendance_absent   integer not null default 0,
    version      integer not null default 1,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint meetings_kind check (kind in ('general_assembly', 'committee_meeting', 'group_meeting',
        'party_lecture', 'organizational_life', 'democratic_life', 'theme_day', 'other')),
    constraint meetings_status check (status in ('scheduled', 'held', 'finalized', 'cancelled')),
    constraint meetings_title_length check (char_length(title) between 1 and 200),
    constraint meetings_ends_after_start check (ends_at is null or ends_at >= starts_at),
    constraint meetings_finalized_at check ((status = 'finalized') = (finalized_at is not null))
);
-- The list: newest first within a unit, and keyset pagination on (starts_at, id).
create index meetings_org_unit_starts_idx on meetings (org_unit_id, starts_at desc, id desc);
create index meetings_starts_idx on meetings (starts_at desc, id desc);

create table attendance (
    meeting_id uuid not null references meetings (id) on delete cascade,
    person_id  uuid not null references people (id),
    status     text not null,
    reason     text,
    primary key (meeting_id, person_id),
    constraint attendance_status check (status in ('present', 'absent', 'leave')),
    constraint attendance_leave_reason check (status <> 'leave' or reason is not null),
    constraint attendance_reason_length check (char_length(reason) between 1 and 500)
);
create index attendance_person_id_idx on attendance (person_id);

create table speeches (
    id               uuid primary key,
    meeting_id       uuid not null references meetings (id),
    org_unit_id      uuid not null references org_units (id),
    position         integer not null,
    speaker_id       uuid not null references people (id),
    kind             text not null,
    title            text,
    content          text not null,
    target_person_id uuid references people (id),
    char_count       integer not null,
    outline          jsonb not null default '[]',
    version          integer not null default 1,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint speeches_kind check (kind in ('remarks', 'report', 'self_criticism', 'criticism',
        'response', 'comment', 'lecture', 'other')),
    constraint speeches_criticism_target check ((kind = 'criticism') = (target_person_id is not null)),
    constraint speeches_content_length check (char_length(content) between 1 and 200000),
    constraint speeches_position_positive check (position >= 1),
    -- Moving a speech shifts its neighbours in one statement; the check waits for the commit.
    constraint speeches_position_key unique (meeting_id, position) deferrable initially deferred
);
create index speeches_speaker_id_idx on speeches (speaker_id);
create index speeches_target_person_id_idx on speeches (target_person_id);

-- Who changed what, when, before and after. Append-only: the trigger below refuses every
-- UPDATE, DELETE and TRUNCATE, whoever asks.
create table audit_events (
    id          uuid primary key,
    occurred_at timestamptz not null default now(),
    actor_id    uuid references users (id),
    action      text not null,
    entity_type text not null,
    entity_id   uuid not null,
    org_unit_id uuid references org_units (id),
    before      jsonb,
    after       jsonb,
    request_id  text
);
create index audit_events_entity_idx on audit_events (entity_type, entity_id, id);
create index audit_events_org_unit_idx on audit_events (org_unit_id, id);

create function audit_events_are_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_events is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_events_no_update_or_delete before update or delete on audit_events
    for each row execute function audit_events_are_append_only();
create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_are_append_only();

-- Answers to POST requests that carried an Idempotency-Key, replayed on a retry.
create table idempotency_keys (
    user_id      uuid not null references users (id) on delete cascade,
    key          text not null,
    request_hash bytea not null,
    status       smallint,
    headers      jsonb,
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (user_id, key)
);
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
