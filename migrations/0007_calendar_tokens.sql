-- Secret calendar feed addresses: one per user, replaced on request. Only the SHA-256 of a
-- token is stored.
create table calendar_tokens (
    user_id    uuid primary key references users (id) on delete cascade,
    token_hash bytea not null unique,
    created_at timestamptz not null default now()
);
