//! Choosing what a view reads: the plan as it is now, or one of its fastställda versions
//! (docs/domain.md §6). Shared by the changes view and the follow-up report; a choice is a key,
//! [`NOW`] or a version's id.

use std::sync::Arc;

use crate::core::workflow::versions::version_in_force;
use crate::core::Plan;
use crate::ui::text::t;

/// The key of the plan as it is now. Version ids start with "v-", so they never equal it.
pub const NOW: &str = "now";

/// The plan's versions as choices `(id, label)`, the latest recorded first, the one in force
/// marked.
pub fn version_choices(plan: &Plan) -> Vec<(String, String)> {
    let in_force = version_in_force(plan).map(|v| v.id.as_str());
    plan.versions
        .iter()
        .rev()
        .map(|v| {
            let label = (t().changes().version_option)(
                &v.decided_on,
                &v.forum,
                in_force == Some(v.id.as_str()),
            );
            (v.id.clone(), label)
        })
        .collect()
}

/// The plan now, then its versions: every choice a view offers.
pub fn all_choices(plan: &Plan) -> Vec<(String, String)> {
    std::iter::once((NOW.to_string(), t().changes().now.to_string()))
        .chain(version_choices(plan))
        .collect()
}

/// The plan a key names: the version's snapshot, or the plan itself for [`NOW`] and for a key
/// that names no version (one removed meanwhile).
pub fn chosen<'a>(plan: &'a Plan, key: &str) -> &'a Plan {
    plan.versions
        .iter()
        .find(|v| v.id == key)
        .map_or(plan, |v| &*v.plan)
}

/// A version's snapshot, shared; None for [`NOW`] or a key that names no version.
pub fn snapshot(plan: &Plan, key: &str) -> Option<Arc<Plan>> {
    plan.versions
        .iter()
        .find(|v| v.id == key)
        .map(|v| Arc::clone(&v.plan))
}

/// The label of `key` among `choices`; empty when it is not there.
pub fn label_of(choices: &[(String, String)], key: &str) -> String {
    choices
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, label)| label.clone())
        .unwrap_or_default()
}
