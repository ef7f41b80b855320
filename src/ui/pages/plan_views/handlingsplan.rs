//! The handlingsplan (seed 002): the decided work as activities with *Aktivitet, Period,
//! Ansvarig, Status*, grouped under the plan's inriktningsmål, plus the ongoing work outside the
//! goals (seed 002, bilaga 1). Everything is edited in place.
//!
//! The view derives only the ids of the activities; each activity's fields read their initial
//! values once and write through [`AppState::update_plan`], and rows are keyed by activity id, so
//! typing never re-creates a row or steals focus. One pager goes through the activities of all
//! goals, 50 at a time (see [`pages`]).

mod editor;
mod pages;
mod section;

use leptos::prelude::*;

use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::{Activity, ActivityStatus, Plan};
use crate::ui::state::plan_memo;
use crate::ui::state::AppState;
use crate::ui::text::t;
use crate::ui::widgets::pager::Pager;
use pages::PlanPages;

/// One group of the plan: an inriktningsmål, numbered as in seed 002, or the work outside them.
#[derive(Clone, PartialEq)]
pub(super) struct Group {
    /// The goal's id; None for the activities outside the goals.
    pub key: Option<String>,
    /// "1. Främja samverkan …", or the heading of the work outside the goals.
    pub heading: String,
    /// The goal's own name, for "Lägg till aktivitet under …".
    pub name: String,
    /// A prefix for element ids that is unique on the page.
    pub dom_id: String,
}

/// The plan's groups with their activities' ids, in the order the pagers of the handlingsplan
/// and the follow-up go through them.
pub(super) type Layout = Vec<(Group, Vec<String>)>;

pub(super) fn layout(plan: &Plan) -> Layout {
    groups(plan)
        .into_iter()
        .map(|g| {
            let ids = activity_ids(plan, g.key.as_deref());
            (g, ids)
        })
        .collect()
}

/// The goals in the framework's order, then the group for everything else. The last group is
/// always there, so activities whose goal was deleted from the framework are never lost.
pub(super) fn groups(plan: &Plan) -> Vec<Group> {
    let mut groups: Vec<Group> = plan
        .framework
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| Group {
            key: Some(g.id.clone()),
            heading: format!("{}. {}", i + 1, g.name),
            name: g.name.clone(),
            dom_id: format!("goal-{i}"),
        })
        .collect();
    groups.push(Group {
        key: None,
        heading: t().outside_goals.to_string(),
        name: t().outside_goals.to_string(),
        dom_id: "outside".to_string(),
    });
    groups
}

/// Whether the activity is shown in the group with `key`: its goal, or, for the outside group,
/// no goal or one that no longer exists.
pub(super) fn belongs(plan: &Plan, activity: &Activity, key: Option<&str>) -> bool {
    match (key, activity.goal_id.as_deref()) {
        (Some(key), Some(goal)) => key == goal,
        (Some(_), None) => false,
        (None, None) => true,
        (None, Some(goal)) => plan.framework.goal(goal).is_none(),
    }
}

/// The ids of the group's activities in the plan's order.
pub(super) fn activity_ids(plan: &Plan, key: Option<&str>) -> Vec<String> {
    plan.activities
        .iter()
        .filter(|a| belongs(plan, a, key))
        .map(|a| a.id.clone())
        .collect()
}

/// Changes the activity with `id`, if it is still there.
pub(super) fn edit_activity(
    state: AppState,
    plan_id: StoredValue<String>,
    id: &str,
    change: impl FnOnce(&mut Activity),
) {
    state.update_plan(&plan_id.get_value(), |p| {
        if let Some(a) = p.activities.iter_mut().find(|a| a.id == id) {
            change(a);
        }
    });
}

/// The activity's title as shown in names and legends: trimmed, or a placeholder when empty, so
/// that no group or button is left without a name.
pub(super) fn shown_title(title: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        t().handlingsplan.untitled.to_string()
    } else {
        title.to_string()
    }
}

/// "Ny: 11, Beslutad: 1, …", statuses with no activities left out.
fn status_counts(plan: &Plan) -> Vec<(ActivityStatus, usize)> {
    ActivityStatus::ALL
        .into_iter()
        .map(|s| (s, plan.activities.iter().filter(|a| a.status == s).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// A fresh activity under the group's goal: status Ny, everything else to be filled in.
fn new_activity(goal_id: Option<String>) -> Activity {
    Activity::new(RandomIds.next_id(), goal_id)
}

#[component]
pub fn HandlingsplanView(plan_id: StoredValue<String>) -> impl IntoView {
    let h = t().handlingsplan;
    let pages = PlanPages::new(plan_id);
    let no_goals = plan_memo(plan_id, |p| p.framework.goals.is_empty());
    let counts = plan_memo(plan_id, status_counts);
    let summary = move || {
        counts
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|(s, n)| format!("{}: {n}", t().activity_status(s)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <p class="view-intro">{h.intro}</p>
        <Show when=move || no_goals.get().unwrap_or(false)>
            <p class="message">{h.no_goals}</p>
        </Show>
        <p class="hp-summary">{h.status_summary}" "{summary}</p>
        <section::GoalIndex pages=pages />
        <For
            each=move || pages.sections.get()
            key=|s| (s.group.key.clone(), s.group.heading.clone(), s.continued)
            children=move |s| view! { <section::GroupSection plan_id=plan_id pages=pages section=s /> }
        />
        <Pager total=pages.total page=pages.page label=h.plan_pages />
    }
}
