-- "Never the owner": nobody verifies or returns an item they owned in its current cycle, the
-- time since it was created or last returned. The owner now is known from owner_id; these are
-- the accounts that owned it earlier in the cycle and no longer do — the owner's account when
-- the owner changed, or the old account when the owner's person record was linked to another
-- one. Emptied when the item is returned. Items older than this migration start empty.
alter table rectification_items
    add column former_owner_user_ids uuid[] not null default '{}';

-- submitted_at is set exactly while an item is submitted or verified. Concurrent moves could
-- leave an item in progress with submitted_at set; the status is what the trail shows last.
update rectification_items set submitted_at = null
    where status in ('open', 'in_progress') and submitted_at is not null;
update rectification_items set submitted_at = updated_at
    where status in ('submitted', 'verified') and submitted_at is null;
alter table rectification_items add constraint rectification_items_submitted
    check ((status in ('submitted', 'verified')) = (submitted_at is not null));
