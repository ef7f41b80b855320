//! Keeping plans in the browser. The repository logic is written against a small key-value
//! interface so that it is tested natively, including full and failing storage; only
//! [`browser`] touches web APIs.

pub mod browser;
pub mod layout;
pub mod overlap_choices;
pub mod packed;
pub mod plan_repo;
pub mod repository;
pub mod store;
pub mod tabs;
pub mod version_record;
pub mod write;

pub use repository::{LoadReport, Repository};
pub use store::{KeyValueStore, MemoryStore, StoreError};
