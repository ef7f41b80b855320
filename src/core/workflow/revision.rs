//! Revising a plan into next year's plan, in connection with the yearly follow-up
//! (docs/domain.md §6): the same framework and parameters, the period one year on, the open
//! activities carried over with their history, and the closed ones kept for the follow-up only.

use crate::core::model::{Activity, ActivityStatus, Period, Plan, RevisedFrom};

/// The last year a plan may reach; the same bound as a typed year (`model::plan::parse_year`).
const LAST_YEAR: i32 = 2100;

/// Why a plan cannot be revised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RevisionError {
    /// Moving the period would take it past the last year a plan may have.
    #[error("the period would end after {LAST_YEAR}")]
    PastLastYear,
}

/// Next year's version of `plan`, a new plan with the id `new_id` (the caller names it, see
/// [`revised_name`]). What it keeps and changes:
///
/// - the period moves one year on and keeps its length (2019–2021 → 2020–2022); initiatives keep
///   their start years, so every amount stays in its calendar year (docs/domain.md §5.5);
/// - the framework, the lens, the criteria and the parameters are the same; the parameters are
///   flagged for review with the year they were set for: the old plan's first year, or the year
///   an earlier revision already flagged if nobody has gone through them since;
/// - every initiative is carried over with its id, stage, decisions, realised values and Utfall,
///   so comparisons and merges between the two plans match them;
/// - activities keep their ids, status and history; those Genomförda or Avbrutna are marked
///   [`closed_in_previous_plan`](crate::core::Activity::closed_in_previous_plan): in the
///   follow-up record, not in the new handlingsplan;
/// - the fastställda versions travel with the plan, and [`RevisedFrom`] names the old plan.
pub fn revise_into_next_year(
    plan: &Plan,
    new_id: String,
    now: &str,
) -> Result<Plan, RevisionError> {
    let period = next_period(plan.period)?;
    let mut revised = plan.clone();
    revised.id = new_id;
    revised.period = period;
    revised.created = now.to_string();
    revised.modified = now.to_string();
    revised.last_exported = None;
    revised.params_to_review = Some(plan.params_to_review.unwrap_or(plan.period.start_year));
    revised.revised_from = Some(RevisedFrom {
        plan_id: plan.id.clone(),
        name: plan.name.clone(),
        period: plan.period,
        version_id: super::versions::version_in_force(plan).map(|v| v.id.clone()),
    });
    // Next year's plan starts without a summary of changes: it has none yet.
    revised.change_summary = String::new();
    // Nor a decision document: last year's förslag was decided on.
    revised.document = Default::default();
    close_finished(&mut revised.activities);
    Ok(revised)
}

/// Marks the activities a revision keeps only for the follow-up record: those Genomförda or
/// Avbrutna leave the handlingsplan (docs/domain.md §6); the others are left as they are.
pub fn close_finished(activities: &mut [Activity]) {
    for activity in activities {
        if matches!(
            activity.status,
            ActivityStatus::Genomford | ActivityStatus::Avbruten
        ) {
            activity.closed_in_previous_plan = true;
        }
    }
}

/// The period one year on, of the same length.
pub fn next_period(period: Period) -> Result<Period, RevisionError> {
    let end_year = period
        .end_year
        .checked_add(1)
        .filter(|y| *y <= LAST_YEAR)
        .ok_or(RevisionError::PastLastYear)?;
    Ok(Period {
        start_year: period.start_year.saturating_add(1),
        end_year,
    })
}

/// The revised plan's name when the old name carries its period ("Handlingsplan 2019–2021" →
/// "Handlingsplan 2020–2022"), with an en dash or a hyphen as typed; None when it does not, and
/// the caller words a name of its own.
pub fn revised_name(name: &str, old: Period, new: Period) -> Option<String> {
    ['–', '-'].into_iter().find_map(|dash| {
        let was = format!("{}{dash}{}", old.start_year, old.end_year);
        name.contains(&was)
            .then(|| name.replace(&was, &format!("{}{dash}{}", new.start_year, new.end_year)))
    })
}

/// Records that the user has gone through the parameters after a revision: the notice goes.
pub fn confirm_params_reviewed(plan: &mut Plan, now: &str) {
    plan.params_to_review = None;
    plan.modified = now.to_string();
}
