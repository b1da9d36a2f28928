-- Accounts, the organisation tree, memberships, refresh tokens and login throttling.

alter table users
    add column disabled_at timestamptz,
    -- Carried in access tokens; raising it (password change, disabling) ends every access
    -- token issued before.
    add column token_generation integer not null default 0;

create table org_units (
    id         uuid primary key,
    parent_id  uuid references org_units (id),
    name       text not null,
    kind       text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint org_units_kind check (kind in ('committee', 'branch', 'group')),
    constraint org_units_name_length check (char_length(name) between 1 and 200),
    constraint org_units_not_own_parent check (parent_id <> id)
);
create index org_units_parent_id_idx on org_units (parent_id);
-- Sibling units have distinct names (case-insensitive), as in any organisation chart.
create unique index org_units_sibling_name_key
    on org_units (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

create table memberships (
    user_id     uuid not null references users (id) on delete cascade,
    org_unit_id uuid not null references org_units (id),
    role        text not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    primary key (user_id, org_unit_id),
    constraint memberships_role check (role in ('secretary', 'member', 'reviewer'))
);
create index memberships_org_unit_id_idx on memberships (org_unit_id);

-- A refresh chain starts at login; each refresh replaces its token. Reusing a spent token
-- revokes the whole chain (RFC 9700 §4.14.2).
create table refresh_chains (
    id           uuid primary key,
    user_id      uuid not null references users (id) on delete cascade,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz not null default now(),
    revoked_at   timestamptz
);
create index refresh_chains_user_id_idx on refresh_chains (user_id) where revoked_at is null;

create table refresh_tokens (
    -- SHA-256 of the token; the token itself is never stored.
    token_hash bytea primary key,
    chain_id   uuid not null references refresh_chains (id) on delete cascade,
    issued_at  timestamptz not null default now(),
    used_at    timestamptz
);
create index refresh_tokens_chain_id_idx on refresh_tokens (chain_id);

-- Failed logins per account and per client address, shared by every instance.
create table login_throttle (
    key               text primary key,
    failures          integer not null,
    window_started_at timestamptz not null,
    blocked_until     timestamptz
);

-- The tree's closure: one row per (ancestor, descendant) pair, the unit itself at depth 0.
-- Reach is asked on every request; with this table it is two index lookups instead of a
-- recursive walk (bench/access-reach.sql measures both). Triggers keep it in step with
-- org_units in the same transaction.
create table org_unit_closure (
    ancestor_id   uuid not null references org_units (id) on delete cascade,
    descendant_id uuid not null references org_units (id) on delete cascade,
    depth         integer not null,
    primary key (ancestor_id, descendant_id)
);
create index org_unit_closure_descendant_idx on org_unit_closure (descendant_id, ancestor_id);

create function org_unit_closure_on_insert() returns trigger
language plpgsql as $$
begin
    insert into org_unit_closure (ancestor_id, descendant_id, depth)
    select ancestor_id, new.id, depth + 1 from org_unit_closure where descendant_id = new.parent_id
    union all
    select new.id, new.id, 0;
    return null;
end
$$;
create trigger org_unit_closure_on_insert after insert on org_units
    for each row execute function org_unit_closure_on_insert();

-- A move detaches the unit's subtree from its old ancestors and attaches it below the new
-- parent. (The service refuses moves below itself before they get here.)
create function org_unit_closure_on_move() returns trigger
language plpgsql as $$
begin
    delete from org_unit_closure
    where descendant_id in (select descendant_id from org_unit_closure where ancestor_id = new.id)
      and ancestor_id in (select ancestor_id from org_unit_closure
                          where descendant_id = new.id and ancestor_id <> new.id);
    insert into org_unit_closure (ancestor_id, descendant_id, depth)
    select above.ancestor_id, below.descendant_id, above.depth + below.depth + 1
    from org_unit_closure above, org_unit_closure below
    where above.descendant_id = new.parent_id and below.ancestor_id = new.id;
    return null;
end
$$;
create trigger org_unit_closure_on_move after update of parent_id on org_units
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function org_unit_closure_on_move();

-- The units a user reaches: every unit it holds a membership in (with one of `p_roles`, or
-- any role when null), and all units below them.
create function reachable_org_units(p_user_id uuid, p_roles text[] default null) returns setof uuid
language sql stable as $$
    select distinct c.descendant_id
    from memberships m join org_unit_closure c on c.ancestor_id = m.org_unit_id
    where m.user_id = p_user_id and (p_roles is null or m.role = any (p_roles))
$$;

-- The roles a user holds over a unit: memberships in the unit itself or any unit above it.
-- No row: the unit is out of the user's reach (or does not exist).
create function effective_roles(p_user_id uuid, p_org_unit_id uuid) returns setof text
language sql stable as $$
    select distinct m.role
    from org_unit_closure c join memberships m on m.org_unit_id = c.ancestor_id
    where c.descendant_id = p_org_unit_id and m.user_id = p_user_id
$$;
