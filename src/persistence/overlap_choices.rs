//! The user's confirm or dismiss of proposed overlaps (samverkan view), kept in this browser
//! under one key beside the plans: they are this user's reading of other municipalities' plans,
//! not part of any plan, so they never travel in a plan file.

use super::store::{KeyValueStore, StoreError};
use crate::core::overlap::groups::Choices;

pub const CHOICES_KEY: &str = "beredning.samverkan";

/// The kept choices; none when nothing is kept or the text cannot be read (the choices are a
/// convenience, and an unreadable record is replaced by the next choice, not by a panic).
pub fn load(store: &(impl KeyValueStore + ?Sized)) -> Choices {
    store
        .get(CHOICES_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn save(
    store: &mut (impl KeyValueStore + ?Sized),
    choices: &Choices,
) -> Result<(), StoreError> {
    let text = serde_json::to_string(choices).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(CHOICES_KEY, &text)
}
