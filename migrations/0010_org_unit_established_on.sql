-- When a unit came to exist, for units entered long after they were founded: the compliance
-- report counts its periods from here (else from created_at). Null: not given. That it is not
-- in the future is checked by the service, against "today" in its time zone.
alter table org_units add column established_on date;
