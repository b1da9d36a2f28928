-- Accounts. This is what an administrator needs; the accounts issue extends it.
create table users (
    id            uuid primary key,
    username      text not null,
    display_name  text not null,
    password_hash text not null,
    is_admin      boolean not null default false,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint users_username_format check (username ~ '^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$'),
    constraint users_display_name_length check (char_length(display_name) between 1 and 100)
);

-- Usernames are unique without regard to case: "Admin" and "admin" are one account.
create unique index users_username_key on users (lower(username));
