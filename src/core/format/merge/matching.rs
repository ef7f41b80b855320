//! How the two sides are compared: what counts as the same initiative, and which goals and
//! criteria of theirs mine lacks.

use std::collections::HashSet;

use crate::core::{Initiative, Plan};

/// True when the two initiatives differ in nothing but `modified`. The destructuring names every
/// field, so a field added to [`Initiative`] later cannot be silently left out of the comparison.
pub fn same_content(a: &Initiative, b: &Initiative) -> bool {
    let Initiative {
        id,
        title,
        start_year,
        stage,
        need,
        analysis,
        scores,
        decisions,
        created,
        modified: _,
        joint,
        joint_link,
    } = a;
    *id == b.id
        && *title == b.title
        && *start_year == b.start_year
        && *stage == b.stage
        && *need == b.need
        && *analysis == b.analysis
        && *scores == b.scores
        && *decisions == b.decisions
        && *created == b.created
        && *joint == b.joint
        && *joint_link == b.joint_link
}

/// Goals in theirs' framework that `incoming` links to and mine lacks, in order of first link.
pub fn missing_goals(
    mine: &Plan,
    theirs: &Plan,
    incoming: &[&Initiative],
) -> Vec<(String, String)> {
    let mut seen = HashSet::new();
    incoming
        .iter()
        .flat_map(|i| i.analysis.goal_ids.iter())
        .filter(|id| mine.framework.goal(id).is_none() && seen.insert(id.as_str()))
        .filter_map(|id| theirs.framework.goal(id))
        .map(|g| (g.id.clone(), g.name.clone()))
        .collect()
}

/// Criteria `incoming` is scored on that mine lacks, named as theirs names them.
pub fn unknown_criteria(
    mine: &Plan,
    theirs: &Plan,
    incoming: &[&Initiative],
) -> Vec<(String, String)> {
    let known: HashSet<&str> = mine
        .framework
        .criteria
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let mut seen = HashSet::new();
    incoming
        .iter()
        .flat_map(|i| i.scores.keys())
        .filter(|id| !known.contains(id.as_str()) && seen.insert(id.as_str()))
        .map(|id| {
            let name = theirs
                .framework
                .criteria
                .iter()
                .find(|c| c.id == *id)
                .map_or_else(|| id.clone(), |c| c.name.clone());
            (id.clone(), name)
        })
        .collect()
}
