-- A password reset by a secretary gives the user a one-time password; until the user chooses
-- its own, every endpoint but its own account's refuses it.
alter table users add column password_change_required boolean not null default false;
