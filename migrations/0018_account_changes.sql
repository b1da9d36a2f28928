-- Every instance keeps the accounts it has seen in memory (issue 18: one round trip for an
-- authenticated read) and must forget one the moment it changes: each change of a user row
-- notifies its id, in the changing transaction, so every listener hears it when it commits.
create function users_notify_change() returns trigger
language plpgsql as $$
begin
    perform pg_notify('minutebook_accounts', coalesce(new.id, old.id)::text);
    return null;
end
$$;
create trigger users_notify_change after update or delete on users
    for each row execute function users_notify_change();
