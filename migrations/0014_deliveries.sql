-- Notifications leave the service (issue 15): by a unit's webhooks and by email. What is to be
-- sent is written as a delivery in the transaction of the change that causes it (an outbox);
-- every instance's dispatcher claims due deliveries and sends them.

-- A user's own address for notifications, and whether they want them by email.
alter table users
    add column email text,
    add column email_notifications boolean not null default true,
    add constraint users_email_length check (char_length(email) between 3 and 254);

-- A unit's webhooks, kept by its secretaries.
create table webhooks (
    id          uuid primary key,
    org_unit_id uuid not null references org_units (id),
    name        text not null,
    kind        text not null,
    url         text not null,
    -- Signs generic, DingTalk and Feishu messages; never sent back by the API.
    secret      text,
    enabled     boolean not null default true,
    version     integer not null default 1,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint webhooks_kind check (kind in ('generic', 'wecom', 'dingtalk', 'feishu')),
    constraint webhooks_name_length check (char_length(name) between 1 and 100),
    constraint webhooks_url_length check (char_length(url) between 1 and 2048),
    constraint webhooks_secret_length check (char_length(secret) between 1 and 200)
);
create index webhooks_org_unit_idx on webhooks (org_unit_id);

create table deliveries (
    id              uuid primary key,
    channel         text not null,
    -- The webhook it goes to, or the user whose address it goes to (read when it is sent).
    webhook_id      uuid references webhooks (id) on delete cascade,
    user_id         uuid references users (id) on delete cascade,
    org_unit_id     uuid not null references org_units (id),
    -- A notification kind, or 'test' for a webhook's test message.
    event           text not null,
    entity_type     text,
    entity_id       uuid,
    title           text not null,
    body            text not null,
    -- A reminder's day: one delivery per target, event, record and day.
    reminder_on     date,
    status          text not null default 'pending',
    attempts        integer not null default 0,
    -- When a pending delivery is next due; a claimed one is pushed past its sending time, so an
    -- instance that dies while sending leaves it to be claimed again.
    next_attempt_at timestamptz not null default now(),
    last_attempt_at timestamptz,
    -- The receiver's HTTP status or SMTP reply code, the error, and the start of its answer.
    last_status     integer,
    last_error      text,
    response_excerpt text,
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    constraint deliveries_channel check (channel in ('webhook', 'email')),
    constraint deliveries_target check (
        (channel = 'webhook' and webhook_id is not null and user_id is null)
        or (channel = 'email' and user_id is not null and webhook_id is null)),
    constraint deliveries_status check (status in ('pending', 'delivered', 'failed', 'skipped'))
);
-- What the dispatchers claim, oldest due first.
create index deliveries_due_idx on deliveries (next_attempt_at) where status = 'pending';
-- A webhook's delivery log, newest first (ids are UUIDv7).
create index deliveries_webhook_idx on deliveries (webhook_id, id) where webhook_id is not null;
create index deliveries_user_idx on deliveries (user_id) where user_id is not null;
create unique index deliveries_webhook_reminder_key
    on deliveries (webhook_id, event, entity_id, reminder_on) where reminder_on is not null;
create unique index deliveries_email_reminder_key
    on deliveries (user_id, event, entity_id, reminder_on) where reminder_on is not null;
