//! The repository as the app's state holds it: a trait object, so that the state and the first
//! screen never name [`Repository`]'s code. The repository (and with it the plan's whole serde,
//! the stored layout and the packing of versions) is built in the wasm chunk that reads the
//! plans (`ui::shell::lazy::open_repo`), and the main module reaches it only through this
//! vtable: the first download does not carry it (docs/performance.md).

use std::collections::BTreeMap;

use super::repository::{LoadReport, PlanStorage, Repository};
use super::store::{KeyValueStore, StoreError};
use super::tabs::TabMessage;
use super::write::Changed;
use crate::core::content::example::example_plan;
use crate::core::workflow::backup::{StorageUse, Unexported};
use crate::core::Plan;

/// What the app asks of its repository; each method is [`Repository`]'s method of that name.
pub trait PlanRepo {
    fn is_persistent(&self) -> bool;
    fn store(&self) -> &dyn KeyValueStore;
    fn store_mut(&mut self) -> &mut dyn KeyValueStore;
    fn load_all(&mut self) -> Result<LoadReport, StoreError>;
    fn unreadable_text(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn remove_unreadable(&mut self, key: &str) -> Result<Option<String>, StoreError>;
    fn restore_unreadable(&mut self, key: &str, text: &str) -> Result<(), StoreError>;
    fn save_changed(&mut self, plan: &Plan, changed: &Changed) -> Result<(), StoreError>;
    fn delete(&mut self, id: &str) -> Result<(), StoreError>;
    fn seen_revision(&self, id: &str) -> u64;
    fn is_news(&self, message: &TabMessage) -> bool;
    fn is_new_index(&self, text: Option<&str>) -> bool;
    fn stored_plan(&self, id: &str) -> Result<Option<Plan>, StoreError>;
    fn accept_stored(&mut self, id: &str) -> Result<(), StoreError>;
    fn unexported_all(&self) -> BTreeMap<String, Unexported>;
    fn storage_use(&self) -> StorageUse;
    fn plan_storage_all(&self) -> BTreeMap<String, PlanStorage>;
    fn reorder(&mut self, ids: &[String]) -> Result<(), StoreError>;
}

impl<S: KeyValueStore + 'static> PlanRepo for Repository<S> {
    fn is_persistent(&self) -> bool {
        Repository::is_persistent(self)
    }
    fn store(&self) -> &dyn KeyValueStore {
        Repository::<S>::store(self)
    }
    fn store_mut(&mut self) -> &mut dyn KeyValueStore {
        Repository::<S>::store_mut(self)
    }
    fn load_all(&mut self) -> Result<LoadReport, StoreError> {
        Repository::load_all(self)
    }
    fn unreadable_text(&self, key: &str) -> Result<Option<String>, StoreError> {
        Repository::unreadable_text(self, key)
    }
    fn remove_unreadable(&mut self, key: &str) -> Result<Option<String>, StoreError> {
        Repository::remove_unreadable(self, key)
    }
    fn restore_unreadable(&mut self, key: &str, text: &str) -> Result<(), StoreError> {
        Repository::restore_unreadable(self, key, text)
    }
    fn save_changed(&mut self, plan: &Plan, changed: &Changed) -> Result<(), StoreError> {
        Repository::save_changed(self, plan, changed)
    }
    fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        Repository::delete(self, id)
    }
    fn seen_revision(&self, id: &str) -> u64 {
        Repository::seen_revision(self, id)
    }
    fn is_news(&self, message: &TabMessage) -> bool {
        Repository::is_news(self, message)
    }
    fn is_new_index(&self, text: Option<&str>) -> bool {
        Repository::is_new_index(self, text)
    }
    fn stored_plan(&self, id: &str) -> Result<Option<Plan>, StoreError> {
        Repository::stored_plan(self, id)
    }
    fn accept_stored(&mut self, id: &str) -> Result<(), StoreError> {
        Repository::accept_stored(self, id)
    }
    fn unexported_all(&self) -> BTreeMap<String, Unexported> {
        Repository::unexported_all(self)
    }
    fn storage_use(&self) -> StorageUse {
        Repository::storage_use(self)
    }
    fn plan_storage_all(&self) -> BTreeMap<String, PlanStorage> {
        Repository::plan_storage_all(self)
    }
    fn reorder(&mut self, ids: &[String]) -> Result<(), StoreError> {
        Repository::reorder(self, ids)
    }
}

/// The repository opened on `store` and what it read: the plans, or why storage could not be
/// read, and on a first start the example plan. Built where the repository's code lives (the
/// chunk), handed to the state whole.
pub struct Opened {
    pub repo: Box<dyn PlanRepo>,
    pub report: Result<LoadReport, StoreError>,
    /// Nothing of ours was ever stored here: the app starts on the example plan.
    pub example: Option<Plan>,
}

impl Opened {
    pub fn open(store: Box<dyn KeyValueStore>) -> Self {
        let mut repo = Repository::new(store);
        let report = repo.load_all();
        let example = matches!(&report, Ok(r) if r.first_run).then(example_plan);
        Self {
            repo: Box::new(repo),
            report,
            example,
        }
    }
}
