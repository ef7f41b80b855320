//! The handlingsplan's grouping: each activity under the goal it serves, in the framework's
//! order, then one group for the work outside the goals. Used by the handlingsplan, the
//! follow-up and their pagers, so both go through activities in the same order. The follow-up
//! goes through the whole record, the handlingsplan leaves out what a revision closed
//! (docs/domain.md §6).

use crate::core::{Activity, ActivityStatus, Plan};

/// One group of the plan: a goal with its number, or the work outside the goals.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityGroup {
    /// The goal's id; None for the activities outside the goals.
    pub goal_id: Option<String>,
    /// The goal's position in the framework, from 0; None for the outside group.
    pub index: Option<usize>,
    /// The goal's name; empty for the outside group.
    pub name: String,
    /// The group's activities, in the plan's order.
    pub activity_ids: Vec<String>,
}

/// Every activity the plan records, the follow-up record's groups: [`grouped`] over them all.
pub fn activity_groups(plan: &Plan) -> Vec<ActivityGroup> {
    grouped(plan, |_| true)
}

/// The handlingsplan's groups: [`grouped`] without the activities a revision closed.
pub fn handlingsplan_groups(plan: &Plan) -> Vec<ActivityGroup> {
    grouped(plan, Activity::in_handlingsplan)
}

/// The goals in the framework's order, then the group for everything else. The last group is
/// always there, so activities whose goal was deleted from the framework are never lost.
fn grouped(plan: &Plan, keep: fn(&Activity) -> bool) -> Vec<ActivityGroup> {
    let goals = plan
        .framework
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| ActivityGroup {
            goal_id: Some(g.id.clone()),
            index: Some(i),
            name: g.name.clone(),
            activity_ids: ids_where(plan, Some(&g.id), keep),
        });
    let outside = ActivityGroup {
        goal_id: None,
        index: None,
        name: String::new(),
        activity_ids: ids_where(plan, None, keep),
    };
    goals.chain(std::iter::once(outside)).collect()
}

/// Whether the activity is shown in the group of `goal`: that goal, or, for the outside group
/// (`None`), no goal or one that no longer exists.
pub fn belongs(plan: &Plan, activity: &Activity, goal: Option<&str>) -> bool {
    match (goal, activity.goal_id.as_deref()) {
        (Some(key), Some(own)) => key == own,
        (Some(_), None) => false,
        (None, None) => true,
        (None, Some(own)) => plan.framework.goal(own).is_none(),
    }
}

/// The ids of the group's activities in the plan's order.
pub fn activity_ids(plan: &Plan, goal: Option<&str>) -> Vec<String> {
    ids_where(plan, goal, |_| true)
}

fn ids_where(plan: &Plan, goal: Option<&str>, keep: fn(&Activity) -> bool) -> Vec<String> {
    plan.activities
        .iter()
        .filter(|a| keep(a) && belongs(plan, a, goal))
        .map(|a| a.id.clone())
        .collect()
}

/// How many of the handlingsplan's activities have each status, in the statuses' order, every
/// status included; the activities a revision closed are not the plan's any more.
pub fn all_status_counts(plan: &Plan) -> [(ActivityStatus, usize); 5] {
    ActivityStatus::ALL.map(|s| {
        let n = plan
            .activities
            .iter()
            .filter(|a| a.in_handlingsplan() && a.status == s)
            .count();
        (s, n)
    })
}

/// How many activities a revision closed: kept in the follow-up record, not in the handlingsplan.
pub fn closed_in_previous_plans(plan: &Plan) -> usize {
    plan.activities
        .iter()
        .filter(|a| !a.in_handlingsplan())
        .count()
}

/// [`all_status_counts`] with the statuses that have none left out.
pub fn status_counts(plan: &Plan) -> Vec<(ActivityStatus, usize)> {
    all_status_counts(plan)
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
}
