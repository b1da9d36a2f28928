-- Rectification items (整改事项) and their progress updates (整改进展).

create table rectification_items (
    id                uuid primary key,
    org_unit_id       uuid not null references org_units (id),
    -- The meeting (and the speech in it) the problem came out of; cleared if that record is
    -- deleted (only possible before the meeting is held).
    meeting_id        uuid references meetings (id) on delete set null,
    source_speech_id  uuid references speeches (id) on delete set null,
    problem           text not null,
    measure           text not null,
    owner_id          uuid not null references people (id),
    due_on            date not null,
    status            text not null default 'open',
    progress_percent  smallint not null default 0,
    submitted_at      timestamptz,
    verified_at       timestamptz,
    verified_by       uuid references users (id),
    verification_note text,
    return_note       text,
    version           integer not null default 1,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint rectification_items_status check (status in ('open', 'in_progress', 'submitted', 'verified')),
    constraint rectification_items_progress check (progress_percent between 0 and 100),
    constraint rectification_items_problem_length check (char_length(problem) between 1 and 5000),
    constraint rectification_items_measure_length check (char_length(measure) between 1 and 5000),
    constraint rectification_items_verified check ((status = 'verified') = (verified_at is not null))
);
create index rectification_items_org_unit_due_idx on rectification_items (org_unit_id, due_on, id);
create index rectification_items_owner_idx on rectification_items (owner_id, due_on, id);
create index rectification_items_meeting_idx on rectification_items (meeting_id);
create index rectification_items_speech_idx on rectification_items (source_speech_id);

-- Progress notes: append-only, like the audit trail.
create table rectification_updates (
    id               uuid primary key,
    item_id          uuid not null references rectification_items (id),
    org_unit_id      uuid not null references org_units (id),
    author_id        uuid not null references users (id),
    note             text not null,
    progress_percent smallint,
    created_at       timestamptz not null default now(),
    constraint rectification_updates_progress check (progress_percent between 0 and 100),
    constraint rectification_updates_note_length check (char_length(note) between 1 and 5000)
);
create index rectification_updates_item_idx on rectification_updates (item_id, id);

create function rectification_updates_are_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'rectification_updates is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger rectification_updates_no_update_or_delete before update or delete on rectification_updates
    for each row execute function rectification_updates_are_append_only();
