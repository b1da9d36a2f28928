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
