-- A tamper-evident record: the audit trail sealed into a SHA-256 chain, signed checkpoints of
-- the chain's head, a digest of every finalized meeting, and when attendance was entered.

create function refuse_change_of_append_only() returns trigger
language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

-- The transaction that wrote each event. The sealer chains only events of transactions older
-- than every transaction still running (pg_snapshot_xmin), so an event that commits later can
-- never belong before one already sealed. Events older than this migration count as one
-- transaction "0", sealed first in id order.
alter table audit_events add column txid xid8 not null default '0';
alter table audit_events alter column txid set default pg_current_xact_id();
create index audit_events_txid_idx on audit_events (txid, id);

-- The chain: seq 1, 2, … without gaps; seal = SHA-256(prev ‖ seq ‖ canonical event). No
-- foreign key to the event: a sealed event that disappears is for verification to name (and
-- a key would stop audit_events' own guard from refusing TRUNCATE with its own words).
create table audit_seals (
    seq       bigint primary key,
    event_id  uuid not null unique,
    prev      bytea not null,
    seal      bytea not null,
    sealed_at timestamptz not null default now(),
    constraint audit_seals_seq_positive check (seq >= 1),
    constraint audit_seals_sizes check (length(prev) = 32 and length(seal) = 32)
);
create trigger audit_seals_no_update_or_delete before update or delete on audit_seals
    for each row execute function refuse_change_of_append_only();
create trigger audit_seals_no_truncate before truncate on audit_seals
    for each statement execute function refuse_change_of_append_only();

-- The head of the chain, one row: what the next seal builds on, and the last event sealed (in
-- (txid, id) order). A sealer locks it, so one instance extends the chain at a time; writers
-- of events never touch it, so they never wait for a sealer.
create table audit_chain_head (
    singleton  boolean primary key default true,
    seq        bigint not null default 0,
    seal       bytea not null default '\x0000000000000000000000000000000000000000000000000000000000000000',
    last_txid  xid8 not null default '0',
    last_event uuid not null default '00000000-0000-0000-0000-000000000000',
    constraint audit_chain_head_one_row check (singleton)
);
insert into audit_chain_head default values;

-- Signed statements of the chain's head, for reviewers to keep copies of.
create table audit_checkpoints (
    id         uuid primary key,
    seq        bigint not null,
    head       bytea not null,
    signed_at  timestamptz not null,
    signature  bytea not null,
    public_key bytea not null,
    constraint audit_checkpoints_sizes
        check (length(head) = 32 and length(signature) = 64 and length(public_key) = 32)
);
create index audit_checkpoints_signed_at_idx on audit_checkpoints (signed_at, id);
create trigger audit_checkpoints_no_update_or_delete before update or delete on audit_checkpoints
    for each row execute function refuse_change_of_append_only();
create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
    for each statement execute function refuse_change_of_append_only();

-- A finalized meeting's digest (SHA-256 of the canonical record, hex) and the rectification
-- items it had when finalized (they change afterwards as they are worked on; the record keeps
-- them as decided). Meetings finalized before this migration have none.
alter table meetings add column record_digest text;
alter table meetings add column recorded_items jsonb;
alter table meetings add constraint meetings_record_digest
    check ((record_digest is null or status = 'finalized')
       and (record_digest is null) = (recorded_items is null)
       and (record_digest is null or record_digest ~ '^[0-9a-f]{64}$'));

-- When the attendance list was entered (it is replaced whole, so every row of a list has the
-- time of its last replacement). Older rows take the time the trail shows for it, else the
-- meeting's end: what cannot be known is not flagged as a late entry.
alter table attendance add column recorded_at timestamptz;
update attendance a set recorded_at = coalesce(
    (select max(e.occurred_at) from audit_events e
     where e.entity_type = 'meeting' and e.entity_id = a.meeting_id and e.action = 'attendance'),
    (select coalesce(m.ends_at, m.starts_at) from meetings m where m.id = a.meeting_id));
alter table attendance alter column recorded_at set default now();
alter table attendance alter column recorded_at set not null;
