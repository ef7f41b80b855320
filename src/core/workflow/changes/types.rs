//! The shapes of a comparison's result, shared by the comparing modules.

use std::collections::HashSet;

use crate::core::model::initiative::DecisionOutcome;
use crate::core::model::{ActivityStatus, Stage};

/// A value before or after a change, plain enough for the text layer to word.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Stage(Stage),
    /// No value: an empty field or an unset score.
    Missing,
}

/// Which part of an initiative changed; the text layer gives each a readable name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InitiativeField {
    Title,
    StartYear,
    Stage,
    Problem,
    Owner,
    /// The score on the criterion with this id.
    Score(String),
    Goals,
    Benefits,
    Costs,
    Risks,
    Readiness,
    /// Need fields other than the problem (situation, target groups, proposer, contact …).
    NeedDetails,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    pub field: InitiativeField,
    pub old: Value,
    pub new: Value,
}

/// An item by its id and its name in the plan it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InitiativeChange {
    pub id: String,
    /// The title in the newer plan.
    pub title: String,
    pub fields: Vec<FieldChange>,
}

/// A decision recorded since the older plan, or one whose outcome or date was changed.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionChange {
    pub initiative_id: String,
    pub initiative_title: String,
    /// None when the decision is new.
    pub old: Option<(DecisionOutcome, String)>,
    pub new: (DecisionOutcome, String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatusChange {
    pub id: String,
    pub title: String,
    pub old: ActivityStatus,
    pub new: ActivityStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Renamed {
    pub id: String,
    pub old: String,
    pub new: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WeightChange {
    pub id: String,
    pub name: String,
    pub old: f64,
    pub new: f64,
}

/// Rank, weighted score and NPV of an initiative in one plan, each computed with that plan's
/// own criteria and parameters. Rank and score are None when the initiative is not ranked or
/// not fully scored.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub rank: Option<usize>,
    pub score: Option<f64>,
    pub npv: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FiguresMoved {
    pub id: String,
    pub title: String,
    pub old: Figures,
    pub new: Figures,
}

/// Everything that differs between two plans; every list is empty when nothing changed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PlanChanges {
    pub initiatives_added: Vec<Named>,
    pub initiatives_removed: Vec<Named>,
    pub initiatives_changed: Vec<InitiativeChange>,
    pub decisions: Vec<DecisionChange>,
    pub activities_added: Vec<Named>,
    pub activities_removed: Vec<Named>,
    pub activity_status: Vec<StatusChange>,
    pub activities_renamed: Vec<Renamed>,
    pub goals_added: Vec<Named>,
    pub goals_removed: Vec<Named>,
    pub goals_renamed: Vec<Renamed>,
    pub criteria_added: Vec<Named>,
    pub criteria_removed: Vec<Named>,
    pub criteria_renamed: Vec<Renamed>,
    pub criteria_weights: Vec<WeightChange>,
    pub figures: Vec<FiguresMoved>,
}

impl PlanChanges {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// Added and removed items of two lists matched by id.
pub(super) fn added_removed<T>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> Named,
) -> (Vec<Named>, Vec<Named>) {
    let old_keys: Vec<Named> = old.iter().map(&key).collect();
    let new_keys: Vec<Named> = new.iter().map(&key).collect();
    // Sets of ids, so that two lists of a thousand items are matched in linear time.
    let ids = |keys: &[Named]| -> HashSet<String> { keys.iter().map(|k| k.id.clone()).collect() };
    let (old_ids, new_ids) = (ids(&old_keys), ids(&new_keys));
    let added = new_keys
        .iter()
        .filter(|n| !old_ids.contains(&n.id))
        .cloned()
        .collect();
    let removed = old_keys
        .into_iter()
        .filter(|o| !new_ids.contains(&o.id))
        .collect();
    (added, removed)
}
