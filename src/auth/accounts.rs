//! What the bearer check needs of an account (disabled, token generation, admin, a reset
//! password), kept in memory so that an authenticated read costs one round trip, not two.
//!
//! Correct on every instance at once: a trigger on `users` sends `NOTIFY minutebook_accounts`
//! with the account's id in the very transaction that changes it, and each instance's
//! listener (`jobs::accounts`) drops that entry when the change commits. While the listener is
//! not connected — before its first `LISTEN`, after losing its connection until it listens
//! again — the cache is empty and not used, so no change can be missed.
//!
//! A lookup that misses reads the database and keeps what it read only if no change arrived
//! meanwhile (the epoch below), so a read that raced a change cannot bring back the old state.

use std::collections::HashMap;
use std::sync::Mutex;

use uuid::Uuid;

/// The channel the trigger on `users` notifies.
pub const CHANNEL: &str = "minutebook_accounts";
/// Accounts kept at most (about 100 bytes each); past it the cache starts again empty.
pub const MAX_ENTRIES: usize = 50_000;

/// An account as the bearer check reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub username: String,
    pub is_admin: bool,
    pub disabled: bool,
    pub token_generation: i32,
    pub password_change_required: bool,
}

#[derive(Default)]
struct Inner {
    /// Whether the listener is listening: only then is the cache used.
    live: bool,
    /// Goes up with every change heard and every loss of the listener.
    epoch: u64,
    entries: HashMap<Uuid, Account>,
}

/// The accounts one instance has seen, kept until they change.
#[derive(Default)]
pub struct AccountCache {
    inner: Mutex<Inner>,
}

/// What a miss remembers, to keep its read only if nothing changed meanwhile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket {
    epoch: u64,
}

impl AccountCache {
    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves nothing half-done worth refusing over.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The account `id` if kept; otherwise a ticket for keeping what the caller reads.
    pub fn get(&self, id: Uuid) -> Result<Account, Option<Ticket>> {
        let inner = self.inner();
        if !inner.live {
            return Err(None);
        }
        match inner.entries.get(&id) {
            Some(account) => Ok(account.clone()),
            None => Err(Some(Ticket { epoch: inner.epoch })),
        }
    }

    /// Keep `account`, read after `ticket` was taken, unless a change arrived since.
    pub fn keep(&self, ticket: Ticket, id: Uuid, account: Account) {
        let mut inner = self.inner();
        if !inner.live || inner.epoch != ticket.epoch {
            return;
        }
        if inner.entries.len() >= MAX_ENTRIES {
            inner.entries.clear();
        }
        inner.entries.insert(id, account);
    }

    /// The account `id` changed (or all of them, when the id cannot be read).
    pub fn changed(&self, id: Option<Uuid>) {
        let mut inner = self.inner();
        inner.epoch += 1;
        match id {
            Some(id) => {
                inner.entries.remove(&id);
            }
            None => inner.entries.clear(),
        }
    }

    /// The listener listens: from now on every change is heard.
    pub fn listening(&self) {
        let mut inner = self.inner();
        inner.epoch += 1;
        inner.entries.clear();
        inner.live = true;
    }

    /// The listener lost its connection: changes may be missed, so forget everything and
    /// read the database until it listens again.
    pub fn deaf(&self) {
        let mut inner = self.inner();
        inner.epoch += 1;
        inner.entries.clear();
        inner.live = false;
    }

    /// Accounts kept now (for the metrics and tests).
    pub fn len(&self) -> usize {
        self.inner().entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(generation: i32) -> Account {
        Account {
            username: "wang".into(),
            is_admin: false,
            disabled: false,
            token_generation: generation,
            password_change_required: false,
        }
    }

    #[test]
    fn nothing_is_kept_or_served_until_the_listener_listens() {
        let cache = AccountCache::default();
        let id = Uuid::now_v7();
        assert!(matches!(cache.get(id), Err(None)));
        cache.listening();
        let Err(Some(ticket)) = cache.get(id) else {
            panic!("a miss with a ticket")
        };
        cache.keep(ticket, id, account(0));
        assert_eq!(cache.get(id), Ok(account(0)));
        cache.deaf();
        assert!(matches!(cache.get(id), Err(None)));
        assert!(cache.is_empty());
    }

    #[test]
    fn a_read_that_raced_a_change_is_not_kept() {
        let cache = AccountCache::default();
        cache.listening();
        let id = Uuid::now_v7();
        let Err(Some(ticket)) = cache.get(id) else {
            panic!("a miss")
        };
        // The account changes (and is notified) while the miss reads the old row.
        cache.changed(Some(Uuid::now_v7()));
        cache.keep(ticket, id, account(0));
        assert!(
            matches!(cache.get(id), Err(Some(_))),
            "the old read is dropped"
        );
        let Err(Some(ticket)) = cache.get(id) else {
            panic!("a miss")
        };
        cache.keep(ticket, id, account(1));
        cache.changed(Some(id));
        assert!(
            matches!(cache.get(id), Err(Some(_))),
            "a change drops the entry"
        );
    }

    #[test]
    fn the_cache_is_bounded() {
        let cache = AccountCache::default();
        cache.listening();
        for _ in 0..MAX_ENTRIES + 10 {
            let id = Uuid::now_v7();
            if let Err(Some(ticket)) = cache.get(id) {
                cache.keep(ticket, id, account(0));
            }
        }
        assert!(cache.len() <= MAX_ENTRIES);
    }
}
