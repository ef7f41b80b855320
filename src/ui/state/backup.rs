//! What keeps the plans safe in this browser, as the plan list shows it: how full storage is,
//! the changes to each plan not yet exported, and whether the browser promised to keep the
//! storage. The rules are `core::workflow::backup`'s; this holds their current answers.

use std::collections::BTreeMap;

use crate::core::workflow::backup::{StorageUse, Unexported};
use crate::persistence::repository::PlanStorage;

/// The browser's answer to "keep this site's storage".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Persist {
    /// Not asked yet: it is asked at the first change to a plan of the person's own.
    #[default]
    NotAsked,
    Granted,
    Refused,
    /// The browser has no way to promise it (or storage is in memory only).
    Unavailable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub storage: StorageUse,
    pub unexported: BTreeMap<String, Unexported>,
    pub persist: Persist,
    /// What each plan and its fastställda versions take in storage, by plan id; empty when
    /// storage is in memory only.
    pub plans: BTreeMap<String, PlanStorage>,
}

impl Default for Backup {
    fn default() -> Self {
        Self {
            storage: StorageUse::new(0),
            unexported: BTreeMap::new(),
            persist: Persist::NotAsked,
            plans: BTreeMap::new(),
        }
    }
}
