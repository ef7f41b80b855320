//! A fastställd version: the plan as a forum decided it, kept unchanged inside the plan and its
//! file so the plan can later be compared with and followed up against what was decided
//! (docs/domain.md §6).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::Plan;

/// One decision on the plan. Immutable once made: the only change the app offers is removing
/// the whole version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FixedVersion {
    /// Unique within the plan.
    pub id: String,
    /// The day of the decision, "YYYY-MM-DD".
    pub decided_on: String,
    /// Who decided, e.g. "Kommunstyrelsen".
    pub forum: String,
    /// The decision's reference, e.g. "KS 2019-05-12 § 45".
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub note: String,
    /// The plan as decided, its own `versions` empty. Shared, so that cloning a plan (undo
    /// history, every edit) never copies its versions.
    pub plan: Arc<Plan>,
}
