//! The ranked proposal a decision forum gets: initiatives that pass every must-pass requirement
//! and are fully scored, best first.
//!
//! Order: weighted score (high first), then expected NPV (high first), then title (case-
//! insensitive, A first), then id. Every entry gets its own consecutive rank even when score and
//! NPV are equal: a forum works down a list, and the deterministic title/id order means the list
//! looks the same every time it is shown.

use std::cmp::Ordering;

use super::base_year::in_plan;
use super::cashflow::Variant;
use super::gates::can_prioritise;
use super::score::weighted_score;
use crate::core::{Initiative, Plan};

/// One place in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankEntry {
    pub initiative_id: String,
    /// The weighted score rounded to six decimals, the figure the order was decided on, so that
    /// a list never shows a lower score above a higher one.
    pub score: f64,
    /// Expected-variant NPV, the first tie-break.
    pub npv: f64,
    /// 1-based.
    pub rank: usize,
}

/// What ordering needs of an initiative, computed once so sorting never recalculates cash flows.
struct Candidate<'a> {
    id: &'a str,
    title_key: String,
    score_key: i64,
    npv: f64,
}

/// Scores are compared at six decimals: two score sets with the same exact total can differ in
/// the last bit of floating point, and that noise must not decide a rank. Quantising (rather
/// than comparing with a tolerance) keeps the order total, which sorting requires.
fn score_key(score: f64) -> i64 {
    // Scores are clamped to 0–100, so the product fits easily; `as` saturates anyway.
    (score * 1e6).round() as i64
}

/// The candidate for `i`, if its weighted score is complete. Gates are checked by the caller.
/// The NPV is left at 0 for the caller to fill in, so it can be deferred to score ties.
fn score_only<'a>(plan: &Plan, i: &'a Initiative) -> Option<Candidate<'a>> {
    let score = weighted_score(i, &plan.framework.criteria).total?;
    Some(Candidate {
        id: &i.id,
        title_key: i.title.to_lowercase(),
        score_key: score_key(score),
        npv: 0.0,
    })
}

fn with_npv<'a>(plan: &Plan, i: &'a Initiative) -> Option<Candidate<'a>> {
    let mut c = score_only(plan, i)?;
    c.npv = in_plan(plan, i, Variant::Expected).npv;
    Some(c)
}

fn compare(a: &Candidate, b: &Candidate) -> Ordering {
    b.score_key
        .cmp(&a.score_key)
        .then_with(|| b.npv.total_cmp(&a.npv))
        .then_with(|| a.title_key.cmp(&b.title_key))
        .then_with(|| a.id.cmp(b.id))
}

/// Ranks every initiative that meets all gates and has a complete score; the others are left out
/// because SKR's process does not score an initiative before its must-pass requirements hold.
/// A rejected (*avslagen*) initiative is left out too: the forum has already said no.
pub fn rank(plan: &Plan) -> Vec<RankEntry> {
    let mut candidates: Vec<Candidate> = plan
        .initiatives
        .iter()
        .filter(|i| can_prioritise(i, &plan.framework) && !i.is_rejected())
        .filter_map(|i| with_npv(plan, i))
        .collect();
    candidates.sort_by(compare);
    candidates
        .into_iter()
        .enumerate()
        .map(|(index, c)| RankEntry {
            initiative_id: c.id.to_string(),
            score: c.score_key as f64 / 1e6,
            npv: c.npv,
            rank: index + 1,
        })
        .collect()
}

/// (rank, number ranked) for the plan's initiative with this id; see [`would_rank`]. None when
/// no initiative has the id or its score is incomplete.
pub fn rank_of(plan: &Plan, initiative_id: &str) -> Option<(usize, usize)> {
    let initiative = plan.initiative(initiative_id)?;
    would_rank(plan, initiative)
}

/// Where `initiative` ranks, or would rank, among the plan's ranked initiatives: (rank, number
/// ranked including it). Its gates are deliberately not checked, so the walkthrough can say
/// "would rank 2 of 4" while an owner is still missing; plan initiatives with the same id are
/// replaced by it, so an edited copy is compared with the others and not with itself.
/// None when its own score is incomplete.
///
/// Linear: other initiatives' NPVs are only calculated when their score ties with it.
pub fn would_rank(plan: &Plan, initiative: &Initiative) -> Option<(usize, usize)> {
    let me = with_npv(plan, initiative)?;
    let mut ahead = 0;
    let mut count = 1;
    for other in &plan.initiatives {
        if other.id == initiative.id
            || other.is_rejected()
            || !can_prioritise(other, &plan.framework)
        {
            continue;
        }
        let Some(mut c) = score_only(plan, other) else {
            continue;
        };
        count += 1;
        if c.score_key == me.score_key {
            c.npv = in_plan(plan, other, Variant::Expected).npv;
        }
        if compare(&c, &me) == Ordering::Less {
            ahead += 1;
        }
    }
    Some((ahead + 1, count))
}
