//! The handlingsplan as a sheet: *Aktivitet, Period, Ansvarig, Status* under each inriktningsmål
//! in the framework's order, then the work outside the goals (as the handlingsplan view groups
//! them), with one *Utfall* column per year that has an outcome anywhere in the plan.

use super::{add_year, shown, Cell, Sheet};
use crate::core::{Activity, ActivityStatus, Plan};

pub struct HandlingsplanLabels<'a> {
    pub sheet: &'a str,
    /// Goal, activity, period, responsible, status.
    pub columns: [&'a str; 5],
    /// The header of a year's outcome column.
    pub outcome_year: fn(i32) -> String,
    /// The group of activities with no goal, or one the framework no longer has.
    pub outside_goals: &'a str,
    pub untitled: &'a str,
    pub status: &'a dyn Fn(ActivityStatus) -> &'a str,
}

pub fn handlingsplan_sheet(plan: &Plan, labels: &HandlingsplanLabels) -> Sheet {
    let mut years = Vec::new();
    for outcome in plan.activities.iter().flat_map(|a| &a.outcomes) {
        add_year(&mut years, outcome.year);
    }
    let mut columns: Vec<String> = labels.columns.iter().map(|c| c.to_string()).collect();
    columns.extend(years.iter().map(|&y| (labels.outcome_year)(y)));
    let goal_of = |a: &Activity| {
        a.goal_id
            .as_deref()
            .and_then(|id| plan.framework.goals.iter().position(|g| g.id == id))
    };
    // Group by goal in the framework's order, the plan's order within a goal, as on screen.
    let groups = (0..plan.framework.goals.len()).map(Some).chain([None]);
    let ordered = groups.flat_map(|group| {
        plan.activities
            .iter()
            .filter(move |a| goal_of(a) == group)
            .map(move |a| (group, a))
    });
    let rows = ordered
        .map(|(goal, a)| {
            let goal = goal
                .and_then(|i| plan.framework.goals.get(i))
                .map_or(labels.outside_goals, |g| g.name.trim());
            let mut row = vec![
                Cell::text(goal),
                Cell::text(shown(&a.title, labels.untitled)),
                Cell::text_or_empty(&a.period),
                Cell::text_or_empty(&a.responsible),
                Cell::text((labels.status)(a.status)),
            ];
            row.extend(years.iter().map(|y| {
                // The latest entry for a year is in force, as everywhere in the follow-up.
                a.outcomes
                    .iter()
                    .rev()
                    .find(|o| o.year == *y)
                    .map_or(Cell::Empty, |o| Cell::text_or_empty(&o.text))
            }));
            row
        })
        .collect();
    Sheet {
        name: labels.sheet.to_string(),
        columns,
        rows,
    }
}
