//! A fastställd version: the plan as a forum decided it, kept unchanged inside the plan and its
//! file so the plan can later be compared with and followed up against what was decided
//! (docs/domain.md §6).
//!
//! The type lives beside `Plan` (the two name each other); this module is its contracted path.

pub use super::plan::FixedVersion;
