-- Notifications in the app (issue 15): one row per recipient and event, written in the
-- transaction of the change that causes it, so a change and its notices commit together.

create table notifications (
    id          uuid primary key,
    user_id     uuid not null references users (id) on delete cascade,
    kind        text not null,
    -- The record it is about, for a client to link to.
    entity_type text not null,
    entity_id   uuid not null,
    org_unit_id uuid not null references org_units (id),
    message     text not null,
    -- What the change carried, e.g. the note an item was returned with.
    note        text,
    -- Reminders are about a day ("due in 7 days" as seen on that day): one per recipient,
    -- kind, record and day, whatever the number of instances or restarts creating them.
    reminder_on date,
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    constraint notifications_kind check (kind in ('item_assigned', 'item_returned',
        'item_verified', 'item_submitted', 'item_due_soon', 'item_due_tomorrow',
        'item_overdue', 'item_escalated', 'meeting_scheduled', 'meeting_moved',
        'meeting_cancelled', 'meeting_tomorrow', 'minutes_finalized')),
    constraint notifications_entity_type check (entity_type in ('rectification_item', 'meeting'))
);
-- A user's list, newest first (ids are UUIDv7, so id order is creation order).
create index notifications_user_idx on notifications (user_id, id);
create index notifications_unread_idx on notifications (user_id) where read_at is null;
create unique index notifications_reminder_key
    on notifications (user_id, kind, entity_id, reminder_on) where reminder_on is not null;

-- The reminder job asks for the unverified items due on one day.
create index rectification_items_open_due_idx on rectification_items (due_on) where status <> 'verified';

-- A unit's own reminder days; a null (or no row) takes the service's default. An item is
-- reminded by the settings of its own unit.
create table unit_notification_settings (
    org_unit_id         uuid primary key references org_units (id),
    -- Days before its due date an item's owner is first reminded (then the day before).
    due_soon_days       integer,
    -- Days past its due date an unverified item escalates.
    escalate_after_days integer,
    version             integer not null default 1,
    updated_at          timestamptz not null default now(),
    constraint unit_notification_settings_due_soon_days check (due_soon_days between 2 and 60),
    constraint unit_notification_settings_escalate_after_days check (escalate_after_days between 1 and 365)
);
