//! The plan: one organisation's framework, parameters, initiatives and handlingsplan.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::ids::IdSource;
use super::initiative::DEFAULT_START_YEAR;
use super::redeployment::Redeployment;
use super::{Activity, CalcParams, Framework, Initiative};
use crate::core::document::DocumentSettings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Region,
    #[default]
    Kommun,
    Annan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Organisation {
    pub name: String,
    pub kind: OrgKind,
}

/// The years a plan covers, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Period {
    pub start_year: i32,
    pub end_year: i32,
}

impl Default for Period {
    fn default() -> Self {
        Self::starting(DEFAULT_START_YEAR)
    }
}

/// One organisation's framework, parameters, initiatives and handlingsplan: the unit that is
/// stored, exported and shared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Plan {
    /// Kept across export and import, so that a plan and its copies can be merged by id.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub organisation: Organisation,
    #[serde(default)]
    pub period: Period,
    /// ISO 8601 time, e.g. "2024-01-01T08:00:00.000Z".
    #[serde(default)]
    pub created: String,
    /// ISO 8601 time of the last change.
    #[serde(default)]
    pub modified: String,
    /// When the plan was last exported, so the plan list can remind the user to export.
    #[serde(default)]
    pub last_exported: Option<String>,
    #[serde(default)]
    pub framework: Framework,
    #[serde(default)]
    pub params: CalcParams,
    #[serde(default)]
    pub initiatives: Vec<Initiative>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// The plan this one was revised from (docs/domain.md §6); None for a plan made anew.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised_from: Option<RevisedFrom>,
    /// The year the parameters were set for, while they await review after a revision
    /// (docs/domain.md §5.1, §6); None once the user has gone through them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params_to_review: Option<i32>,
    /// Freed time put to other use, recorded per year (docs/domain.md §4.2); empty in older
    /// files, which recorded none.
    #[serde(default)]
    pub redeployments: Vec<Redeployment>,
    /// The fastställda versions, oldest first as recorded; empty in a plan never decided and in
    /// every version's own snapshot.
    #[serde(default)]
    pub versions: Vec<FixedVersion>,
    /// The editable "Uppdaterat från föregående version" text the beslutsunderlag shows; empty
    /// when the user has written none (docs/domain.md §6).
    #[serde(default)]
    pub change_summary: String,
    /// Which initiatives the decision document proposes and its texts in the user's own words
    /// (docs/domain.md §2.9); not written while empty.
    #[serde(default, skip_serializing_if = "DocumentSettings::is_empty")]
    pub document: DocumentSettings,
}

impl Plan {
    /// An empty plan with default parameters and no framework.
    pub fn blank(id: String, name: &str, now: &str) -> Self {
        Self {
            id,
            name: name.to_string(),
            organisation: Organisation::default(),
            period: Period::default(),
            created: now.to_string(),
            modified: now.to_string(),
            last_exported: None,
            framework: Framework::default(),
            params: CalcParams::default(),
            initiatives: Vec::new(),
            activities: Vec::new(),
            revised_from: None,
            params_to_review: None,
            redeployments: Vec::new(),
            versions: Vec::new(),
            change_summary: String::new(),
            document: DocumentSettings::default(),
        }
    }

    /// A copy with a new id and name. Everything inside keeps its ids, so a copy can later be
    /// merged back into its original by id.
    pub fn duplicate(&self, ids: &mut dyn IdSource, name: &str, now: &str) -> Self {
        Self {
            id: ids.next_id(),
            name: name.to_string(),
            created: now.to_string(),
            modified: now.to_string(),
            last_exported: None,
            ..self.clone()
        }
    }

    /// Renames after [`clean_name`]; on error the plan is untouched.
    pub fn rename(&mut self, name: &str, now: &str) -> Result<(), PlanError> {
        self.name = clean_name(name)?;
        self.modified = now.to_string();
        Ok(())
    }

    /// A new initiative that starts in the plan's first year and pays its running cost to the
    /// end of the plan's horizon, the defaults a user expects before saying otherwise.
    pub fn new_initiative(&self, id: String, title: &str, now: &str) -> Initiative {
        let mut initiative = Initiative::new(id, title, now);
        initiative.start_year = self.period.start_year;
        initiative.analysis.costs.running_last_year = self.params.horizon_years.value;
        initiative
    }

    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiatives.iter().find(|i| i.id == id)
    }

    pub fn initiative_mut(&mut self, id: &str) -> Option<&mut Initiative> {
        self.initiatives.iter_mut().find(|i| i.id == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("the name is empty")]
    EmptyName,
    #[error("not a year between 2000 and 2100")]
    YearInvalid,
    #[error("the last year is before the first")]
    YearOrder,
}

/// Trims a name as typed and refuses an empty one, so that no plan is left nameless in the list.
pub fn clean_name(name: &str) -> Result<String, PlanError> {
    let name = name.trim();
    if name.is_empty() {
        Err(PlanError::EmptyName)
    } else {
        Ok(name.to_string())
    }
}

/// Reads a year as typed; plans outside 2000–2100 are taken to be typing mistakes.
pub fn parse_year(text: &str) -> Result<i32, PlanError> {
    let year: i32 = text.trim().parse().map_err(|_| PlanError::YearInvalid)?;
    if (2000..=2100).contains(&year) {
        Ok(year)
    } else {
        Err(PlanError::YearInvalid)
    }
}

impl Period {
    /// A three-year plan from `year`, the usual length of a handlingsplan (seed 002).
    pub fn starting(year: i32) -> Self {
        Self {
            start_year: year,
            end_year: year + 2,
        }
    }

    /// Checks the two years as typed; each error is returned for its own field.
    pub fn parse(start: &str, end: &str) -> Result<Self, (Option<PlanError>, Option<PlanError>)> {
        match (parse_year(start), parse_year(end)) {
            (Ok(s), Ok(e)) if e >= s => Ok(Self {
                start_year: s,
                end_year: e,
            }),
            (Ok(_), Ok(_)) => Err((None, Some(PlanError::YearOrder))),
            (s, e) => Err((s.err(), e.err())),
        }
    }
}

/// What a plan revised into next year remembers of the plan it came from (docs/domain.md §6):
/// the plan a revision continues: its id (to link to it when it is in the same browser), its
/// name and period as they were (to name it when it is not), and the fastställd version it
/// continues from, if it had one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RevisedFrom {
    pub plan_id: String,
    pub name: String,
    pub period: Period,
    /// The id of the previous plan's latest fastställd version; None when it had none.
    #[serde(default)]
    pub version_id: Option<String>,
}

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
