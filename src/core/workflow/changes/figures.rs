//! The key figures that moved: rank, weighted score and NPV of each initiative in both plans,
//! each plan computed with its own criteria and parameters.

use std::collections::HashMap;

use super::types::{Figures, FiguresMoved};
use crate::core::calc::base_year::in_plan;
use crate::core::calc::cashflow::Variant;
use crate::core::calc::ranking::rank;
use crate::core::calc::score::weighted_score;
use crate::core::{Initiative, Plan};

/// NPVs closer than this (kronor) count as equal: recalculation noise is not a change.
const NPV_TOLERANCE: f64 = 0.5;
/// Scores closer than this count as equal, the precision the ranking decides on.
const SCORE_TOLERANCE: f64 = 1e-6;

/// Each ranked initiative's rank by its id: looked up once per initiative, so a comparison of
/// two 1 000-initiative plans stays linear.
fn ranks(plan: &Plan) -> HashMap<String, usize> {
    rank(plan)
        .into_iter()
        .map(|r| (r.initiative_id, r.rank))
        .collect()
}

fn figures_of(plan: &Plan, ranked: &HashMap<String, usize>, i: &Initiative) -> Figures {
    Figures {
        rank: ranked.get(&i.id).copied(),
        score: weighted_score(i, &plan.framework.criteria).total,
        npv: in_plan(plan, i, Variant::Expected).npv,
    }
}

fn moved_between(a: &Figures, b: &Figures) -> bool {
    let score_moved = match (a.score, b.score) {
        (Some(x), Some(y)) => (x - y).abs() > SCORE_TOLERANCE,
        (x, y) => x.is_some() != y.is_some(),
    };
    let npv_moved = !((a.npv - b.npv).abs() <= NPV_TOLERANCE || a.npv.is_nan() && b.npv.is_nan());
    a.rank != b.rank || score_moved || npv_moved
}

pub(super) fn moved(old: &Plan, new: &Plan) -> Vec<FiguresMoved> {
    let (old_ranked, new_ranked) = (ranks(old), ranks(new));
    let old_by_id: HashMap<&str, &Initiative> =
        old.initiatives.iter().map(|i| (i.id.as_str(), i)).collect();
    new.initiatives
        .iter()
        .filter_map(|n| {
            let o = *old_by_id.get(n.id.as_str())?;
            let (before, after) = (
                figures_of(old, &old_ranked, o),
                figures_of(new, &new_ranked, n),
            );
            moved_between(&before, &after).then(|| FiguresMoved {
                id: n.id.clone(),
                title: n.title.clone(),
                old: before,
                new: after,
            })
        })
        .collect()
}
