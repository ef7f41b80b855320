//! The handlingsplan's groups as the page shows them: [`activity_groups`] from the core, with a
//! heading numbered as in the plan document ("1. Främja samverkan …") and ids for the page.
//! The follow-up goes through activities in the same layout, over the whole record.

use crate::core::portfolio::activity_groups::{
    activity_groups, handlingsplan_groups, ActivityGroup,
};
use crate::core::Plan;
use crate::ui::text::t;

/// One group as shown: a goal, or the work outside the goals.
#[derive(Clone, PartialEq)]
pub struct Group {
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
pub type Layout = Vec<(Group, Vec<String>)>;

/// The handlingsplan's layout: without the activities a revision closed.
pub fn layout(plan: &Plan) -> Layout {
    shown(handlingsplan_groups(plan))
}

/// The follow-up record's layout: every activity the plan records.
pub fn record_layout(plan: &Plan) -> Layout {
    shown(activity_groups(plan))
}

fn shown(groups: Vec<ActivityGroup>) -> Layout {
    groups
        .into_iter()
        .map(|g| {
            let group = match g.index {
                Some(i) => Group {
                    key: g.goal_id,
                    heading: format!("{}. {}", i + 1, g.name),
                    name: g.name,
                    dom_id: format!("goal-{i}"),
                },
                None => Group {
                    key: None,
                    heading: t().outside_goals.to_string(),
                    name: t().outside_goals.to_string(),
                    dom_id: "outside".to_string(),
                },
            };
            (group, g.activity_ids)
        })
        .collect()
}
