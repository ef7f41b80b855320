//! Activities of the handlingsplan (seed 002): *Aktivitet, Period, Ansvarig, Status*, grouped
//! under the plan's inriktningsmål. Not every activity comes through the walkthrough.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityStatus {
    #[default]
    Ny,
    Beslutad,
    Pagar,
    Genomford,
    Avbruten,
}

impl Activity {
    /// A blank activity under `goal_id`, status Ny: what "add an activity" starts from, before
    /// the user fills in title, period and responsible.
    pub fn new(id: String, goal_id: Option<String>) -> Self {
        Self {
            id,
            goal_id,
            title: String::new(),
            period: String::new(),
            responsible: String::new(),
            status: ActivityStatus::Ny,
            initiative_id: None,
            outcomes: Vec::new(),
            note: String::new(),
            closed_in_previous_plan: false,
        }
    }

    /// Whether the handlingsplan (and the walkthrough) shows it: everything but the activities a
    /// revision kept only for the follow-up record (docs/domain.md §6).
    pub fn in_handlingsplan(&self) -> bool {
        !self.closed_in_previous_plan
    }
}

impl ActivityStatus {
    pub const ALL: [ActivityStatus; 5] = [
        ActivityStatus::Ny,
        ActivityStatus::Beslutad,
        ActivityStatus::Pagar,
        ActivityStatus::Genomford,
        ActivityStatus::Avbruten,
    ];
}

/// The yearly *Utfall* of an activity (seed 002, bilaga 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct YearOutcome {
    pub year: i32,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Activity {
    pub id: String,
    /// The inriktningsmål it belongs to; `None` for ongoing work outside the goals (bilaga 1).
    #[serde(default)]
    pub goal_id: Option<String>,
    pub title: String,
    /// Free text as documents write it: "2019", "2018–2019", "2018–2019 (med fortsättning)".
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub status: ActivityStatus,
    /// Set when the activity came from a prioritised initiative.
    #[serde(default)]
    pub initiative_id: Option<String>,
    #[serde(default)]
    pub outcomes: Vec<YearOutcome>,
    /// A remark kept from the source, e.g. an open question in a draft.
    #[serde(default)]
    pub note: String,
    /// Genomförd or Avbruten when the plan was revised into next year's plan: kept with its
    /// history in the follow-up record, no longer part of the new handlingsplan
    /// (docs/domain.md §6). Absent in older files, where every activity is the plan's own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed_in_previous_plan: bool,
}
