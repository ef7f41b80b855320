//! Kept-both copies: theirs' initiative under a fresh id, with fresh ids for everything inside it
//! that views address by id (benefits, risks, decisions), so no two elements share a DOM id.

use std::collections::HashSet;

use crate::core::model::ids::IdSource;
use crate::core::{Initiative, Plan};

/// Every id in use in either plan, so a fresh id is checked against all of them.
pub struct UsedIds(HashSet<String>);

/// Attempts before giving up on the id source and making an id unique by a counter. A random
/// source never needs a second try; a broken one must not hang the merge.
const MAX_TRIES: usize = 100;

impl UsedIds {
    pub fn of(mine: &Plan, theirs: &Plan) -> Self {
        let mut used = HashSet::new();
        for plan in [mine, theirs] {
            used.insert(plan.id.clone());
            used.extend(plan.framework.goals.iter().map(|g| g.id.clone()));
            used.extend(plan.framework.criteria.iter().map(|c| c.id.clone()));
            used.extend(plan.activities.iter().map(|a| a.id.clone()));
            for i in &plan.initiatives {
                used.insert(i.id.clone());
                let a = &i.analysis;
                used.extend(a.benefits.iter().map(|b| b.id.clone()));
                used.extend(a.risks.iter().map(|r| r.id.clone()));
                used.extend(i.decisions.iter().map(|d| d.id.clone()));
            }
        }
        Self(used)
    }

    /// A new id from `ids` that no element of either plan (or an earlier copy) has.
    pub fn fresh(&mut self, ids: &mut dyn IdSource) -> String {
        let mut id = ids.next_id();
        let mut tries = 1;
        while self.0.contains(&id) && tries < MAX_TRIES {
            id = ids.next_id();
            tries += 1;
        }
        let base = id.clone();
        let mut n = 2;
        while self.0.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.0.insert(id.clone());
        id
    }
}

/// Theirs' initiative as a new one beside mine, marked with `suffix` when one is given.
pub fn copy_initiative(
    theirs: &Initiative,
    ids: &mut dyn IdSource,
    used: &mut UsedIds,
    suffix: &str,
    now: &str,
) -> Initiative {
    let mut copy = theirs.clone();
    copy.id = used.fresh(ids);
    let suffix = suffix.trim();
    if !suffix.is_empty() {
        copy.title = format!("{} {suffix}", copy.title.trim_end());
    }
    for b in &mut copy.analysis.benefits {
        b.id = used.fresh(ids);
    }
    for r in &mut copy.analysis.risks {
        r.id = used.fresh(ids);
    }
    for d in &mut copy.decisions {
        d.id = used.fresh(ids);
    }
    copy.modified = now.to_string();
    copy
}
