//! An initiative as it moves from need to analysis to decision (seed 003, Figure 1).

use serde::{Deserialize, Serialize};

/// Where an initiative is in the process. Order matters: later stages come later.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Behov,
    Analys,
    Beslut,
    Handlingsplan,
    Uppfoljning,
    Avslutad,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Behov,
        Stage::Analys,
        Stage::Beslut,
        Stage::Handlingsplan,
        Stage::Uppfoljning,
        Stage::Avslutad,
    ];
}

/// Who has the need (seed 001, seed 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    Invanare,
    Medarbetare,
    Patienter,
    Resenarer,
    Foretag,
    AndraOrganisationer,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 6] = [
        TargetGroup::Invanare,
        TargetGroup::Medarbetare,
        TargetGroup::Patienter,
        TargetGroup::Resenarer,
        TargetGroup::Foretag,
        TargetGroup::AndraOrganisationer,
    ];
}

/// The need as the proposing unit describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Need {
    pub problem: String,
    pub current_situation: String,
    pub target_groups: Vec<TargetGroup>,
    pub proposing_unit: String,
    pub contact: String,
    /// How the needs of women and men, age and disability were considered (seed 002).
    pub equality_considerations: String,
    /// How users take part (seed 004: need-driven and participatory).
    pub user_participation: String,
    /// Whether the need has been verified, one of SKR's must-pass requirements.
    pub verified: bool,
}

/// A low/expected/high estimate; low and high are optional because most users only know one figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Estimate {
    /// The figure the calculation uses (förväntat värde), in the unit of the field that holds it.
    pub expected: f64,
    /// Low end of the range (lågt), for the low/high range of the key figures.
    pub low: Option<f64>,
    /// High end of the range (högt).
    pub high: Option<f64>,
}

impl Estimate {
    pub fn new(expected: f64) -> Self {
        Self {
            expected,
            low: None,
            high: None,
        }
    }
}

/// How freed time is estimated: from cases and minutes, or directly in hours.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum TimeBasis {
    Cases {
        /// Cases a year (ärenden per år).
        cases_per_year: Estimate,
        /// Minutes saved per case (minuter per ärende).
        minutes_per_case: Estimate,
    },
    Hours {
        /// Hours freed a year (timmar per år).
        hours_per_year: Estimate,
    },
}

/// The three benefit classes, kept apart in every total (docs/domain.md, "Benefit classes").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "class", rename_all = "snake_case")]
pub enum BenefitKind {
    /// Real kronor on a budget line, a year (ekonomisk nytta, kronor per år).
    Ekonomisk { kronor_per_year: Estimate },
    /// Staff time freed (frigjord tid); valued in kronor but realised only in part.
    FrigjordTid {
        time: TimeBasis,
        /// Share expected to be realised (andel realiserad), percent 0–100.
        realised_share_percent: f64,
        /// What the freed time will be used for.
        use_of_time: String,
    },
    /// Described and measured, not priced (kvalitativ nytta).
    Kvalitativ { description: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Benefit {
    pub id: String,
    pub title: String,
    pub kind: BenefitKind,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub baseline: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub measure: String,
    /// First year (0 = the initiative's start year) the benefit applies.
    #[serde(default = "one")]
    pub first_year: u32,
    /// Last year it applies; values past the plan's horizon are cut at the horizon.
    #[serde(default = "five")]
    pub last_year: u32,
    /// Realised value per calendar year, for follow-up (in the benefit's own unit).
    #[serde(default)]
    pub realised: Vec<RealisedValue>,
}

impl Benefit {
    /// A benefit of the given kind with everything else still to fill in. It applies from year 1
    /// to 5, the span of Inera's worked examples, until the user says otherwise.
    pub fn new(id: String, title: &str, kind: BenefitKind) -> Self {
        Self {
            id,
            title: title.to_string(),
            kind,
            owner: String::new(),
            baseline: String::new(),
            target: String::new(),
            measure: String::new(),
            first_year: one(),
            last_year: five(),
            realised: Vec::new(),
        }
    }
}

fn one() -> u32 {
    1
}
fn five() -> u32 {
    5
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RealisedValue {
    /// Calendar year, e.g. 2020.
    pub year: i32,
    /// Kronor for ekonomisk nytta, hours for frigjord tid, the measure's unit for kvalitativ.
    pub value: f64,
    #[serde(default)]
    pub comment: String,
}

/// A one-off investment in a given year (0 = the initiative's start year).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Investment {
    /// Year index: 0 = the initiative's start year.
    pub year: u32,
    /// Kronor (investering).
    pub amount: Estimate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Costs {
    pub investments: Vec<Investment>,
    /// Yearly running cost in kronor (driftkostnad), paid from its first to its last year.
    pub running_per_year: Estimate,
    /// First year (0 = the initiative's start year) the running cost is paid.
    pub running_first_year: u32,
    /// Last year it is paid; like a benefit's, years past the horizon are left out.
    pub running_last_year: u32,
}

impl Default for Costs {
    /// A running cost from year 1 to 5, the span of Inera's worked examples, as for benefits;
    /// an initiative created in a plan runs it to the plan's horizon instead
    /// (`Plan::new_initiative`).
    fn default() -> Self {
        Self {
            investments: Vec::new(),
            running_per_year: Estimate::default(),
            running_first_year: one(),
            running_last_year: five(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Risk {
    pub id: String,
    pub description: String,
    /// Probability (sannolikhet) 1–5.
    pub probability: u8,
    /// Consequence (konsekvens) 1–5.
    pub consequence: u8,
    #[serde(default)]
    pub mitigation: String,
}

/// Questions for *trygg digitalisering*: asked of every initiative, answered in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct SafeDigitalisation {
    pub personal_data: String,
    pub security_classification: String,
    pub legal_ethical: String,
}

/// A readiness rating 1–5 (0 = not yet rated) with a comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Rating {
    /// 1–5, or 0 while not yet rated.
    pub score: u8,
    pub comment: String,
}

/// Readiness on the four success factors of seed 000.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Readiness {
    pub ownership: Rating,
    pub competence: Rating,
    pub it_environment: Rating,
    pub information_handling: Rating,
}

/// Agenda 2030's three dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sustainability {
    Ekonomisk,
    Social,
    Ekologisk,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Analysis {
    pub goal_ids: Vec<String>,
    /// Links to areas of any of the plan's strategies, by id (docs/domain.md §3.6).
    pub area_ids: Vec<String>,
    pub agenda2030: Vec<Sustainability>,
    pub benefits: Vec<Benefit>,
    pub costs: Costs,
    pub risks: Vec<Risk>,
    pub safe_digitalisation: SafeDigitalisation,
    pub readiness: Readiness,
    /// The named owner (verksamhetsägare), one of SKR's must-pass requirements.
    pub owner: String,
    /// How the initiative will be financed and maintained, one of SKR's must-pass requirements.
    pub financing_plan: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    Prioriterad,
    Avslagen,
    Vilande,
    Aterremitterad,
}

/// One decision. Decisions form a history: a new one never overwrites an old one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Decision {
    pub id: String,
    pub outcome: DecisionOutcome,
    /// ISO date, e.g. "2024-03-12".
    pub date: String,
    #[serde(default)]
    pub forum: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub period: String,
    /// Kronor granted, if the decision names a sum.
    #[serde(default)]
    pub budget: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Initiative {
    pub id: String,
    pub title: String,
    /// The calendar year that is the initiative's year 0: its investments, running cost and
    /// benefits count from it, whatever the plan's first year (docs/domain.md §5.5).
    pub start_year: i32,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub need: Need,
    #[serde(default)]
    pub analysis: Analysis,
    /// Criterion id → score 1–5. Criteria not yet scored are absent.
    #[serde(default)]
    pub scores: std::collections::BTreeMap<String, u8>,
    #[serde(default)]
    pub decisions: Vec<Decision>,
    #[serde(default)]
    pub created: String,
    #[serde(default)]
    pub modified: String,
    /// Present when the initiative is prepared together with other organisations, with its
    /// members and split key (docs/domain.md §7). Not written when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint: Option<super::joint::Joint>,
    /// Present when the initiative is one organisation's share of a joint initiative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint_link: Option<super::joint::JointLink>,
}

/// The start year of an initiative made outside a plan: the first year of a blank plan's default
/// period, so that the two line up. A plan gives its own first year (`Plan::new_initiative`).
pub const DEFAULT_START_YEAR: i32 = 2025;

impl Initiative {
    pub fn new(id: String, title: &str, now: &str) -> Self {
        Self {
            id,
            title: title.to_string(),
            start_year: DEFAULT_START_YEAR,
            stage: Stage::Behov,
            need: Need::default(),
            analysis: Analysis::default(),
            scores: Default::default(),
            decisions: Vec::new(),
            created: now.to_string(),
            modified: now.to_string(),
            joint: None,
            joint_link: None,
        }
    }

    /// The decision in force: the latest one recorded.
    pub fn benefit(&self, id: &str) -> Option<&Benefit> {
        self.analysis.benefits.iter().find(|b| b.id == id)
    }

    pub fn benefit_mut(&mut self, id: &str) -> Option<&mut Benefit> {
        self.analysis.benefits.iter_mut().find(|b| b.id == id)
    }

    pub fn current_decision(&self) -> Option<&Decision> {
        self.decisions.last()
    }

    /// Whether the decision in force is *avslagen*: such an initiative is neither ranked nor
    /// proposed by the budget scenario (docs/domain.md §2.6).
    pub fn is_rejected(&self) -> bool {
        self.current_decision()
            .is_some_and(|d| d.outcome == DecisionOutcome::Avslagen)
    }

    /// Whether the decision in force is *prioriterad*: already decided, so the views mark it.
    pub fn is_prioritised(&self) -> bool {
        self.current_decision()
            .is_some_and(|d| d.outcome == DecisionOutcome::Prioriterad)
    }
}
