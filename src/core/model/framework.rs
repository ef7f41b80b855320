//! A plan's own framework: the goals initiatives are linked to and the criteria they are scored
//! on. A municipality edits both; templates give a start.

use serde::{Deserialize, Serialize};

use super::strategy::{AreaMapping, Strategy};

/// What kind of goal this is, so that plans built on different strategy documents stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    /// A direction that activities are grouped under (seed 002).
    #[default]
    Inriktningsmal,
    /// A measurable effect goal (seed 003).
    Effektmal,
    /// An organisation's strategic goal (seed 000).
    StrategisktMal,
}

impl GoalKind {
    pub const ALL: [GoalKind; 3] = [
        GoalKind::Inriktningsmal,
        GoalKind::Effektmal,
        GoalKind::StrategisktMal,
    ];

    /// The kind's name in a plan file, as serde writes it (a test holds the two together).
    pub fn key(self) -> &'static str {
        match self {
            GoalKind::Inriktningsmal => "inriktningsmal",
            GoalKind::Effektmal => "effektmal",
            GoalKind::StrategisktMal => "strategiskt_mal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Goal {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: GoalKind,
    #[serde(default)]
    pub description: String,
    /// The strategy area an *effektmål* sits under (seed 003 sets effektmål per national area);
    /// kept, but not shown, when the goal's kind is changed to another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_id: Option<String>,
}

/// What a criterion measures, for the views that must know it whatever the plan calls it: the
/// matrix's "Insats" axis follows the criterion with the effort role, so renaming
/// "Genomförbarhet" keeps the axis. Optional: a municipality's own criterion may have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CriterionRole {
    /// *Angelägenhet*: how urgent the need is.
    Urgency,
    /// *Genomförbarhet*: how feasible the initiative is; 5 = least effort.
    Effort,
    /// *Nytta*: how much it gives.
    Benefit,
    /// *Kostnad*: what it costs; 5 = cheapest.
    Cost,
    /// *Strategisk koppling*: how well it serves the plan's goals.
    StrategicFit,
}

impl CriterionRole {
    pub const ALL: [CriterionRole; 5] = [
        CriterionRole::Urgency,
        CriterionRole::Effort,
        CriterionRole::Benefit,
        CriterionRole::Cost,
        CriterionRole::StrategicFit,
    ];

    /// The role that SKR's criterion of this name plays (docs/domain.md §2.5), for plans made
    /// before criteria had roles. Case and surrounding spaces do not matter.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_lowercase().as_str() {
            "angelägenhet" => Some(CriterionRole::Urgency),
            "genomförbarhet" => Some(CriterionRole::Effort),
            "nytta" => Some(CriterionRole::Benefit),
            "kostnad" | "kostnader" => Some(CriterionRole::Cost),
            "strategisk koppling" => Some(CriterionRole::StrategicFit),
            _ => None,
        }
    }

    /// The role's name in a plan file, as serde writes it (a test holds the two together); the
    /// migration writes it without serialising, which keeps serde's value writer out of it.
    pub fn key(self) -> &'static str {
        match self {
            CriterionRole::Urgency => "urgency",
            CriterionRole::Effort => "effort",
            CriterionRole::Benefit => "benefit",
            CriterionRole::Cost => "cost",
            CriterionRole::StrategicFit => "strategic_fit",
        }
    }
}

/// A prioritisation criterion. `rubric[i]` explains score `i + 1` so that scores can be explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Criterion {
    pub id: String,
    pub name: String,
    /// Relative weight (vikt); the weighted score divides by the sum, so only ratios matter.
    pub weight: f64,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub rubric: Vec<String>,
    /// True when a high score means "cheap" rather than "much": the criterion is already
    /// phrased so that 5 is always best, this flag only documents it.
    #[serde(default)]
    pub inverted_wording: bool,
    /// What the criterion measures, when views need to know; None for a plan's own criterion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<CriterionRole>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Framework {
    pub goals: Vec<Goal>,
    pub criteria: Vec<Criterion>,
    /// The strategies the plan can be read by, each with its areas (docs/domain.md §3.6).
    pub strategies: Vec<Strategy>,
    /// The id of the strategy the plan reads by (its lens); see `Framework::lens_strategy`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lens: Option<String>,
    /// Rows tying areas of one strategy to areas of another, read both ways.
    pub area_mapping: Vec<AreaMapping>,
}

impl Framework {
    /// Each criterion's share of the total weight in percent, so users see what a weight means.
    /// Negative weights count as zero; with no positive weight every share is zero.
    pub fn weight_shares(&self) -> Vec<f64> {
        let total: f64 = self.criteria.iter().map(|c| c.weight.max(0.0)).sum();
        self.criteria
            .iter()
            .map(|c| {
                if total > 0.0 {
                    c.weight.max(0.0) / total * 100.0
                } else {
                    0.0
                }
            })
            .collect()
    }

    /// The first criterion with `role`, whatever it is called.
    pub fn criterion_with(&self, role: CriterionRole) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.role == Some(role))
    }

    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }
}
