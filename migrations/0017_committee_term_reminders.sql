-- Issue 17: a reminder 6 months before a branch committee's term ends, to the branch's
-- secretaries and the reviewers above, about the term (its own kind of record).

alter table notifications drop constraint notifications_kind;
alter table notifications add constraint notifications_kind check (kind in ('item_assigned',
    'item_returned', 'item_verified', 'item_submitted', 'item_due_soon', 'item_due_tomorrow',
    'item_overdue', 'item_escalated', 'meeting_scheduled', 'meeting_moved',
    'meeting_cancelled', 'meeting_tomorrow', 'minutes_finalized', 'committee_term_due'));

alter table notifications drop constraint notifications_entity_type;
alter table notifications add constraint notifications_entity_type
    check (entity_type in ('rectification_item', 'meeting', 'committee_term'));

-- 0016's check on the reporting year refused every meeting other than an annual one even
-- without a reporting year (null AND false is false): only a year given is checked.
alter table meetings drop constraint meetings_reporting_year;
alter table meetings add constraint meetings_reporting_year check (reporting_year is null
    or (reporting_year between 2000 and 2100 and kind in ('organizational_life', 'democratic_life')));
