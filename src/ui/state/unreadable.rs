//! Stored plans that could not be read: their text can be saved to a file and rescued, or
//! removed after the person confirmed it, with undo. The app never overwrites them otherwise
//! (`persistence::repository`).

use leptos::prelude::*;

use super::app_state::AppState;
use crate::persistence::repository::LoadProblem;
use crate::persistence::StoreError;

/// What was removed, kept so the removal can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedUnreadable {
    pub problem: LoadProblem,
    pub text: String,
}

impl AppState {
    /// The stored text of an unreadable plan, exactly as it is (with whatever of its parts can
    /// be read put back in, `persistence::layout`); `None` when it is gone.
    pub fn unreadable_text(&self, key: &str) -> Option<String> {
        self.with_repo(|repo| repo.unreadable_text(key).ok().flatten())
            .flatten()
    }

    /// Removes an unreadable plan's stored text and its line on the list; gives back what is
    /// needed to undo it. Nothing changes when storage refuses.
    pub fn remove_unreadable(&self, key: &str) -> Result<Option<RemovedUnreadable>, StoreError> {
        let text = self
            .update_repo(|repo| repo.remove_unreadable(key))
            .unwrap_or(Ok(None))?;
        let Some(text) = text else { return Ok(None) };
        let mut problem = None;
        self.unreadable.update(|list| {
            if let Some(at) = list.iter().position(|p| p.key == key) {
                problem = Some(list.remove(at));
            }
        });
        Ok(problem.map(|problem| RemovedUnreadable { problem, text }))
    }

    /// Puts a removed unreadable plan back, in storage and on the list.
    pub fn restore_unreadable(&self, removed: RemovedUnreadable) -> Result<(), StoreError> {
        let key = removed.problem.key.clone();
        self.update_repo(|repo| repo.restore_unreadable(&key, &removed.text))
            .unwrap_or(Err(StoreError::Unavailable))?;
        self.unreadable.update(|list| {
            if !list.iter().any(|p| p.key == key) {
                list.push(removed.problem);
            }
        });
        Ok(())
    }
}
