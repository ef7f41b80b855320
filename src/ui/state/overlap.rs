//! The samverkan view's kept choices, read and written through the app's one repository.

use super::AppState;
use crate::core::overlap::groups::Choices;
use crate::persistence::overlap_choices;
use crate::persistence::StoreError;

impl AppState {
    pub fn overlap_choices(&self) -> Choices {
        self.with_repo(|r| overlap_choices::load(r.store()))
            .unwrap_or_default()
    }

    /// Writes every choice; on failure nothing kept before is changed (the store's contract).
    pub fn save_overlap_choices(&self, choices: &Choices) -> Result<(), StoreError> {
        let mut result = Err(StoreError::Unavailable);
        self.update_repo(|r| result = overlap_choices::save(r.store_mut(), choices));
        result
    }
}
