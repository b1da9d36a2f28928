-- How fast is reach? The closure table (what the service uses) against a recursive walk of
-- org_units (the alternative), on a tree of realistic shape.
-- Run against a migrated, empty scratch database, e.g.:
--   MINUTEBOOK_DATA_DIR=/tmp/mb-bench cargo run --release -- migrate
--   psql -h /tmp/mb-bench/postgres -U postgres -d minutebook -f bench/access-reach.sql
-- It builds 1 committee → 50 sub-committees → 20 branches each → 10 groups each
-- (11,051 units, 5 levels deep), 3 memberships per group, then times the two questions every
-- request asks. Everything happens in a transaction that is rolled back.
\timing off
begin;

insert into users (id, username, display_name, password_hash)
select gen_random_uuid(), 'user' || n, 'user' || n, 'x' from generate_series(1, 33000) n;
create index on users (username);

insert into org_units (id, parent_id, name, kind)
values ('00000000-0000-0000-0000-000000000001', null, 'root', 'committee');
insert into org_units (id, parent_id, name, kind)
select gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'c' || n, 'committee'
from generate_series(1, 50) n;
insert into org_units (id, parent_id, name, kind)
select gen_random_uuid(), c.id, c.name || '-b' || n, 'branch'
from org_units c, generate_series(1, 20) n where c.kind = 'committee' and c.parent_id is not null;
insert into org_units (id, parent_id, name, kind)
select gen_random_uuid(), b.id, b.name || '-g' || n, 'group'
from org_units b, generate_series(1, 10) n where b.kind = 'branch';

insert into memberships (user_id, org_unit_id, role)
select u.id, g.id, 'member'
from (select id, row_number() over () as rn from users) u
join (select id, row_number() over () as rn from org_units where kind = 'group') g
  on (u.rn - 1) % 10000 + 1 = g.rn;
-- The users under test: a reviewer at a sub-committee, and a member of a deep group.
insert into memberships (user_id, org_unit_id, role)
select (select id from users where username = 'user1'),
       (select id from org_units where name = 'c7'), 'reviewer';
analyze;

select (select id from users where username = 'user1') as reviewer,
       user_id as member, org_unit_id as member_group
from memberships where role = 'member' order by user_id limit 1 \gset

\echo '--- closure: the roles of a member over its own group (4 levels deep)'
explain (analyze, costs off, timing on)
select * from effective_roles(:'member'::uuid, :'member_group'::uuid);

\echo '--- recursive: the same question'
explain (analyze, costs off, timing on)
with recursive chain (id, parent_id) as (
    select id, parent_id from org_units where id = :'member_group'::uuid
    union all
    select p.id, p.parent_id from org_units p join chain on p.id = chain.parent_id
)
select distinct m.role from memberships m join chain on m.org_unit_id = chain.id
where m.user_id = :'member'::uuid;

\echo '--- closure: the units a reviewer at a sub-committee reaches (221)'
explain (analyze, costs off, timing on)
select count(*) from reachable_org_units(:'reviewer'::uuid);

\echo '--- recursive: the same question'
explain (analyze, costs off, timing on)
with recursive reach (id) as (
    select org_unit_id from memberships where user_id = :'reviewer'::uuid
    union
    select c.id from org_units c join reach on c.parent_id = reach.id
)
select count(*) from reach;

\echo '--- closure: a list filtered by reach, as the list endpoints do'
explain (analyze, costs off, timing on)
select id from org_units
where id in (select id from org_units where false union select * from reachable_org_units(:'reviewer'::uuid))
order by id limit 51;

rollback;
