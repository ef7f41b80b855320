//! What comes with an incoming initiative: the goals it (and its activities) link to, and its
//! handlingsplan activities.

use std::collections::{HashMap, HashSet};

use super::copy::UsedIds;
use super::summary::MergeSummary;
use crate::core::model::ids::IdSource;
use crate::core::{Activity, Goal, Plan};

/// An initiative of theirs that is now in the merged plan: under its own id, or as a copy.
pub struct Carried {
    /// Its id in theirs.
    from: String,
    /// Its id in the merged plan.
    to: String,
}

impl Carried {
    pub fn same(id: &str) -> Self {
        Self {
            from: id.to_string(),
            to: id.to_string(),
        }
    }

    pub fn copied(from: &str, to: &str) -> Self {
        Self {
            from: from.to_string(),
            to: to.to_string(),
        }
    }

    fn is_copy(&self) -> bool {
        self.from != self.to
    }
}

/// The merged plan's goals, growing as theirs' goals are brought in.
struct Goals<'a> {
    known: HashSet<String>,
    theirs: &'a [Goal],
}

impl<'a> Goals<'a> {
    fn new(plan: &Plan, theirs: &'a Plan) -> Self {
        Self {
            known: plan.framework.goals.iter().map(|g| g.id.clone()).collect(),
            theirs: &theirs.framework.goals,
        }
    }

    /// Whether a link to `id` can stay: the goal is mine already, or is brought from theirs now.
    fn keep(&mut self, id: &str, goals: &mut Vec<Goal>, summary: &mut MergeSummary) -> bool {
        if self.known.contains(id) {
            return true;
        }
        let Some(goal) = self.theirs.iter().find(|g| g.id == id) else {
            summary.links_dropped += 1;
            return false;
        };
        goals.push(goal.clone());
        self.known.insert(id.to_string());
        summary.goals_added += 1;
        true
    }
}

/// Brings in the goals the carried initiatives link to, or drops links to goals nobody has.
pub fn carry_goal_links(
    plan: &mut Plan,
    theirs: &Plan,
    carried: &[Carried],
    summary: &mut MergeSummary,
) {
    let mut goals = Goals::new(plan, theirs);
    let wanted: HashSet<&str> = carried.iter().map(|c| c.to.as_str()).collect();
    for initiative in &mut plan.initiatives {
        if !wanted.contains(initiative.id.as_str()) {
            continue;
        }
        let links = std::mem::take(&mut initiative.analysis.goal_ids);
        initiative.analysis.goal_ids = links
            .into_iter()
            .filter(|id| goals.keep(id, &mut plan.framework.goals, summary))
            .collect();
    }
}

/// Brings theirs' activities of each carried initiative: a copy's get fresh ids and point at the
/// copy; the others are matched by id, so an activity mine already has is never duplicated. It
/// is replaced by theirs' version only when it belongs to the same initiative (the user took
/// theirs); an unrelated activity that happens to share the id is left alone.
pub fn carry_activities(
    plan: &mut Plan,
    theirs: &Plan,
    carried: &[Carried],
    ids: &mut dyn IdSource,
    used: &mut UsedIds,
    summary: &mut MergeSummary,
) {
    let mut by_initiative: HashMap<&str, Vec<&Activity>> = HashMap::new();
    for a in &theirs.activities {
        if let Some(id) = a.initiative_id.as_deref() {
            by_initiative.entry(id).or_default().push(a);
        }
    }
    let mut index: HashMap<String, usize> = plan
        .activities
        .iter()
        .enumerate()
        .map(|(n, a)| (a.id.clone(), n))
        .collect();
    let mut goals = Goals::new(plan, theirs);
    for c in carried {
        for a in by_initiative.get(c.from.as_str()).into_iter().flatten() {
            let existing = (!c.is_copy()).then(|| index.get(&a.id).copied()).flatten();
            if existing.is_some_and(|at| {
                let mine = &plan.activities[at];
                mine.initiative_id != a.initiative_id || mine == *a
            }) {
                continue;
            }
            let mut a = (*a).clone();
            if let Some(goal) = a.goal_id.take() {
                if goals.keep(&goal, &mut plan.framework.goals, summary) {
                    a.goal_id = Some(goal);
                }
            }
            if let Some(at) = existing {
                plan.activities[at] = a;
                summary.activities_replaced += 1;
                continue;
            }
            if c.is_copy() {
                a.id = used.fresh(ids);
                a.initiative_id = Some(c.to.clone());
            }
            index.insert(a.id.clone(), plan.activities.len());
            plan.activities.push(a);
            summary.activities_added += 1;
        }
    }
}
