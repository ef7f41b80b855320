//! The guided walkthrough's rules (seed 003, Figure 1): which steps there are, what each still
//! lacks, and what recording a decision does to the initiative and the plan.

use crate::core::calc::{missing_gates, weighted_score, Gate};
use crate::core::model::activity::{Activity, ActivityStatus};
use crate::core::model::initiative::{Decision, DecisionOutcome, Initiative, Stage};
use crate::core::Plan;

/// The four steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Need,
    Analysis,
    Priority,
    Decision,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Need, Step::Analysis, Step::Priority, Step::Decision];

    /// The part of the URL that names the step, in Swedish as users see it in the address bar.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Need => "behov",
            Step::Analysis => "analys",
            Step::Priority => "prioritering",
            Step::Decision => "beslut",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The stage an initiative has reached once the user works on this step. Opening the
    /// decision step decides nothing, so it leaves the stage at analysis: only a recorded
    /// decision moves an initiative on ([`record_decision`]).
    pub fn stage(self) -> Stage {
        match self {
            Step::Need => Stage::Behov,
            Step::Analysis | Step::Priority | Step::Decision => Stage::Analys,
        }
    }

    /// Where to resume an initiative: the step that matches how far it has come.
    pub fn resume(initiative: &Initiative) -> Self {
        match initiative.stage {
            Stage::Behov => Step::Need,
            Stage::Analys => Step::Analysis,
            _ => Step::Decision,
        }
    }

    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self as usize + 1).copied()
    }

    pub fn previous(self) -> Option<Self> {
        (self as usize)
            .checked_sub(1)
            .and_then(|i| Self::ALL.get(i).copied())
    }
}

/// Something a step still lacks. Missing things never block saving; only the gates block
/// prioritisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    Title,
    Problem,
    TargetGroup,
    ProposingUnit,
    Benefits,
    Costs,
    Gate(Gate),
    /// A criterion (by id) not yet scored 1–5.
    Score(String),
    Decision,
}

/// What the given step still lacks for this initiative.
pub fn missing(step: Step, initiative: &Initiative, plan: &Plan) -> Vec<Missing> {
    let mut out = Vec::new();
    match step {
        Step::Need => {
            let need = &initiative.need;
            if initiative.title.trim().is_empty() {
                out.push(Missing::Title);
            }
            if need.problem.trim().is_empty() {
                out.push(Missing::Problem);
            }
            if need.target_groups.is_empty() {
                out.push(Missing::TargetGroup);
            }
            if need.proposing_unit.trim().is_empty() {
                out.push(Missing::ProposingUnit);
            }
            if !need.verified {
                out.push(Missing::Gate(Gate::VerifiedNeed));
            }
        }
        Step::Analysis => {
            if initiative.analysis.benefits.is_empty() {
                out.push(Missing::Benefits);
            }
            let costs = &initiative.analysis.costs;
            if costs.investments.is_empty() && costs.running_per_year.expected == 0.0 {
                out.push(Missing::Costs);
            }
            out.extend(
                missing_gates(initiative, &plan.framework)
                    .into_iter()
                    .filter(|g| *g != Gate::VerifiedNeed)
                    .map(Missing::Gate),
            );
        }
        Step::Priority => {
            let breakdown = weighted_score(initiative, &plan.framework.criteria);
            out.extend(
                breakdown
                    .parts
                    .into_iter()
                    .filter(|p| p.score.is_none() && p.weight > 0.0)
                    .map(|p| Missing::Score(p.criterion_id)),
            );
            out.extend(
                missing_gates(initiative, &plan.framework)
                    .into_iter()
                    .map(Missing::Gate),
            );
        }
        Step::Decision => {
            if initiative.decisions.is_empty() {
                out.push(Missing::Decision);
            }
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    #[error("no such initiative")]
    NoInitiative,
    #[error("must-pass requirements are not met")]
    GatesNotMet(Vec<Gate>),
    #[error("the date is missing")]
    NoDate,
    #[error("the forum is missing")]
    NoForum,
}

/// Records a decision: appended to the history (never overwriting), the stage follows the
/// outcome, and a prioritised initiative gets its activity in the handlingsplan.
pub fn record_decision(
    plan: &mut Plan,
    initiative_id: &str,
    decision: Decision,
    activity_id: String,
) -> Result<(), DecisionError> {
    if decision.date.trim().is_empty() {
        return Err(DecisionError::NoDate);
    }
    if decision.forum.trim().is_empty() {
        return Err(DecisionError::NoForum);
    }
    let framework = plan.framework.clone();
    let initiative = plan
        .initiative_mut(initiative_id)
        .ok_or(DecisionError::NoInitiative)?;
    if decision.outcome == DecisionOutcome::Prioriterad {
        let missing = missing_gates(initiative, &framework);
        if !missing.is_empty() {
            return Err(DecisionError::GatesNotMet(missing));
        }
    }
    initiative.stage = match decision.outcome {
        DecisionOutcome::Prioriterad => Stage::Handlingsplan,
        DecisionOutcome::Avslagen => Stage::Avslutad,
        DecisionOutcome::Vilande => Stage::Beslut,
        DecisionOutcome::Aterremitterad => Stage::Analys,
    };
    let prioritised = decision.outcome == DecisionOutcome::Prioriterad;
    let title = initiative.title.clone();
    let goal_id = initiative
        .analysis
        .goal_ids
        .iter()
        .find(|g| framework.goal(g).is_some())
        .cloned();
    let (responsible, period) = (decision.responsible.clone(), decision.period.clone());
    initiative.decisions.push(decision);
    if prioritised {
        match plan
            .activities
            .iter_mut()
            .find(|a| a.in_handlingsplan() && a.initiative_id.as_deref() == Some(initiative_id))
        {
            // A renewed prioritisation updates the existing activity rather than adding a twin;
            // one a revision closed stays in the record as it was (docs/domain.md §6).
            Some(activity) => {
                activity.responsible = responsible;
                activity.period = period;
                if activity.status == ActivityStatus::Avbruten
                    || activity.status == ActivityStatus::Ny
                {
                    activity.status = ActivityStatus::Beslutad;
                }
            }
            None => plan.activities.push(Activity {
                id: activity_id,
                goal_id,
                title,
                period,
                responsible,
                status: ActivityStatus::Beslutad,
                initiative_id: Some(initiative_id.to_string()),
                outcomes: Vec::new(),
                note: String::new(),
                closed_in_previous_plan: false,
            }),
        }
    }
    Ok(())
}
