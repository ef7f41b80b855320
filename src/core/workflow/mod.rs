//! Where an initiative stands in the process from need to decision, and what each step lacks.

pub mod backup;
pub mod changes;
pub mod history;
pub mod revision;
pub mod snapshot;
pub mod stage;
pub mod versions;
pub mod walkthrough;
