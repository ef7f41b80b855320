//! Merging an imported plan ("theirs") into an open one ("mine"), initiative by initiative,
//! matched by id.
//!
//! Two initiatives with the same id conflict when anything but their `modified` time differs:
//! a copy that was only opened and saved again elsewhere must not ask the user to choose.
//! Only initiatives travel. What hangs off an incoming initiative comes with it: the goals it
//! links to (taken from theirs' framework when mine lacks them; links to goals neither plan has
//! are dropped) and its handlingsplan activities (matched by id, never duplicated). Criterion
//! scores are kept as they are even when mine has no such criterion: they are not counted there
//! and do no harm, and the preview names those criteria so the user knows.

mod carry;
mod copy;
mod matching;
mod summary;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::core::model::ids::IdSource;
use crate::core::{Initiative, Plan};

use self::carry::{carry_activities, carry_goal_links, Carried};
use self::copy::{copy_initiative, UsedIds};
pub use self::matching::same_content;
use self::matching::{missing_goals, unknown_criteria};
pub use self::summary::MergeSummary;

/// What the user chose for an initiative that exists on both sides but differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    #[default]
    KeepMine,
    TakeTheirs,
    KeepBoth,
}

/// An initiative with the same id on both sides whose contents differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub id: String,
    pub mine_title: String,
    pub theirs_title: String,
}

/// What a merge would do, shown before anything is applied.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MergePreview {
    pub conflicts: Vec<Conflict>,
    /// (id, title) of initiatives only in the imported plan; they are added.
    pub added: Vec<(String, String)>,
    /// Initiatives that are the same on both sides.
    pub identical: usize,
    /// (id, name) of goals in theirs' framework that added or conflicting initiatives link to
    /// and mine lacks: they are added to mine when such an initiative is taken.
    pub goals_missing: Vec<(String, String)>,
    /// (id, name) of criteria that added or conflicting initiatives are scored on and mine lacks.
    /// The scores are kept but do not count in mine; the name is theirs' (or the id if unknown).
    pub unknown_criteria: Vec<(String, String)>,
}

/// Which initiatives of theirs are new, the same, or in conflict. Initiatives repeated within
/// theirs are looked at once (the first wins), as in [`apply`].
pub fn preview(mine: &Plan, theirs: &Plan) -> MergePreview {
    let mine_by_id: HashMap<&str, &Initiative> = mine
        .initiatives
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let mut out = MergePreview::default();
    let mut incoming: Vec<&Initiative> = Vec::new();
    let mut seen = HashSet::new();
    for t in &theirs.initiatives {
        if !seen.insert(t.id.as_str()) {
            continue;
        }
        match mine_by_id.get(t.id.as_str()) {
            None => {
                out.added.push((t.id.clone(), t.title.clone()));
                incoming.push(t);
            }
            Some(m) if same_content(m, t) => out.identical += 1,
            Some(m) => {
                out.conflicts.push(Conflict {
                    id: t.id.clone(),
                    mine_title: m.title.clone(),
                    theirs_title: t.title.clone(),
                });
                incoming.push(t);
            }
        }
    }
    out.goals_missing = missing_goals(mine, theirs, &incoming);
    out.unknown_criteria = unknown_criteria(mine, theirs, &incoming);
    out
}

/// Returns the merged plan; `mine` is untouched so that the caller can offer undo. A kept-both
/// copy keeps theirs' title unchanged; use [`apply_with_suffix`] to mark it.
pub fn apply(
    mine: &Plan,
    theirs: &Plan,
    choices: &BTreeMap<String, Choice>,
    ids: &mut dyn IdSource,
    now: &str,
) -> (Plan, MergeSummary) {
    apply_with_suffix(mine, theirs, choices, ids, now, "")
}

/// As [`apply`], with `copy_suffix` (e.g. the UI's "(importerad)") appended to the title of each
/// kept-both copy, so the two same-named initiatives can be told apart. The core holds no
/// Swedish, so the caller supplies the words; an empty suffix leaves the title as it is.
/// Conflicts without a choice keep mine, the harmless default.
pub fn apply_with_suffix(
    mine: &Plan,
    theirs: &Plan,
    choices: &BTreeMap<String, Choice>,
    ids: &mut dyn IdSource,
    now: &str,
    copy_suffix: &str,
) -> (Plan, MergeSummary) {
    let mut plan = mine.clone();
    let mut summary = MergeSummary::default();
    let mut used = UsedIds::of(mine, theirs);
    let index: HashMap<String, usize> = plan
        .initiatives
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.clone(), n))
        .collect();
    let mut carried: Vec<Carried> = Vec::new();
    let mut copies: Vec<(usize, Initiative)> = Vec::new();
    let mut seen = HashSet::new();
    for t in &theirs.initiatives {
        if !seen.insert(t.id.as_str()) {
            continue;
        }
        let Some(&at) = index.get(&t.id) else {
            plan.initiatives.push(t.clone());
            summary.added += 1;
            carried.push(Carried::same(&t.id));
            continue;
        };
        if same_content(&plan.initiatives[at], t) {
            summary.identical += 1;
            continue;
        }
        match choices.get(&t.id).copied().unwrap_or_default() {
            Choice::KeepMine => summary.kept += 1,
            Choice::TakeTheirs => {
                plan.initiatives[at] = t.clone();
                summary.replaced += 1;
                carried.push(Carried::same(&t.id));
            }
            Choice::KeepBoth => {
                let copy = copy_initiative(t, ids, &mut used, copy_suffix, now);
                carried.push(Carried::copied(&t.id, &copy.id));
                copies.push((at, copy));
                summary.duplicated += 1;
            }
        }
    }
    // Each copy goes right after mine's initiative, so the two are seen together. Later
    // positions first, so earlier insertions do not shift them.
    copies.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    for (at, copy) in copies {
        plan.initiatives.insert(at + 1, copy);
    }
    carry_goal_links(&mut plan, theirs, &carried, &mut summary);
    carry_activities(&mut plan, theirs, &carried, ids, &mut used, &mut summary);
    plan.modified = now.to_string();
    (plan, summary)
}
