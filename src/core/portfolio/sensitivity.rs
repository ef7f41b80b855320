//! How firm the ranking is: would a place change if one criterion's weight were set a fifth
//! lower or higher? Weights are judgements, and a forum should know which places hang on one.

use super::table::score_key;
use crate::core::calc::base_year::in_plan;
use crate::core::calc::cashflow::Variant;
use crate::core::calc::gates::can_prioritise;
use crate::core::calc::score::weighted_score;
use crate::core::calc::usable::non_negative;
use crate::core::Plan;

/// The factors each weight is multiplied by, one criterion at a time: ±20 %, a change two
/// people could easily disagree by.
pub const WEIGHT_FACTORS: [f64; 2] = [0.8, 1.2];

/// The range of places one ranked initiative takes over all the weight scenarios.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sensitivity {
    pub initiative_id: String,
    /// The place with the plan's own weights, as in `calc::rank`.
    pub base_rank: usize,
    pub min_rank: usize,
    pub max_rank: usize,
    /// The place moves in at least one scenario.
    pub unstable: bool,
}

/// What ranking needs of one initiative, computed once for all scenarios.
struct Candidate<'a> {
    id: &'a str,
    title_key: String,
    npv: f64,
    /// Per criterion, (score − 1) / 4 for a valid 1–5 score.
    fractions: Vec<Option<f64>>,
}

/// One entry per ranked initiative, in base rank order. Criteria without a usable weight are
/// skipped, since scaling zero changes nothing. Each initiative's NPV and scores are read once;
/// a scenario is a re-weighting and a sort.
pub fn sensitivity(plan: &Plan) -> Vec<Sensitivity> {
    let criteria = &plan.framework.criteria;
    let candidates: Vec<Candidate> = plan
        .initiatives
        .iter()
        .filter(|i| can_prioritise(i, &plan.framework))
        .filter(|i| weighted_score(i, criteria).total.is_some())
        .map(|i| Candidate {
            id: &i.id,
            title_key: i.title.to_lowercase(),
            npv: in_plan(plan, i, Variant::Expected).npv,
            fractions: criteria
                .iter()
                .map(|c| {
                    let score = i.scores.get(&c.id).copied().filter(|s| (1..=5).contains(s));
                    score.map(|s| f64::from(s - 1) / 4.0)
                })
                .collect(),
        })
        .collect();
    let weights: Vec<f64> = criteria.iter().map(|c| c.weight).collect();
    let base = ranks(&candidates, &weights);
    let mut span: Vec<Option<(usize, usize)>> = base.iter().map(|r| r.map(|r| (r, r))).collect();
    for (k, &weight) in weights.iter().enumerate() {
        if non_negative(weight) == 0.0 {
            continue;
        }
        for factor in WEIGHT_FACTORS {
            let mut scenario = weights.clone();
            // Kept finite: an infinite weight would count as no weight at all.
            scenario[k] = (weight * factor).min(f64::MAX);
            for (s, r) in span.iter_mut().zip(ranks(&candidates, &scenario)) {
                if let (Some((low, high)), Some(r)) = (s.as_mut(), r) {
                    *low = (*low).min(r);
                    *high = (*high).max(r);
                }
            }
        }
    }
    let mut out: Vec<Sensitivity> = candidates
        .iter()
        .zip(base.iter().zip(&span))
        .filter_map(|(c, (base, span))| {
            let (base, (min_rank, max_rank)) = ((*base)?, (*span)?);
            Some(Sensitivity {
                initiative_id: c.id.to_string(),
                base_rank: base,
                min_rank,
                max_rank,
                unstable: min_rank != max_rank,
            })
        })
        .collect();
    out.sort_by_key(|s| s.base_rank);
    out
}

/// The weighted score with these weights, computed with the same operations in the same order
/// as `calc::score::weighted_score`, so the base scenario reproduces `calc::rank` bit for bit.
fn score(fractions: &[Option<f64>], weights: &[f64]) -> Option<f64> {
    let max = weights.iter().map(|w| non_negative(*w)).fold(0.0, f64::max);
    let scale = if max > 1e150 { max } else { 1.0 };
    let sum: f64 = weights.iter().map(|w| non_negative(*w) / scale).sum();
    let mut complete = sum > 0.0;
    let mut weighted = 0.0;
    for (fraction, weight) in fractions.iter().zip(weights) {
        let weight = non_negative(*weight);
        if fraction.is_none() && weight > 0.0 {
            complete = false;
        }
        weighted += weight / scale * fraction.unwrap_or(0.0);
    }
    complete.then(|| (weighted * 100.0 / sum).clamp(0.0, 100.0))
}

/// Ranks (1-based) per candidate, in the ranking's order: score, NPV, title, id. None for a
/// candidate whose score is incomplete under these weights.
fn ranks(candidates: &[Candidate], weights: &[f64]) -> Vec<Option<usize>> {
    let keys: Vec<Option<i64>> = candidates
        .iter()
        .map(|c| score(&c.fractions, weights).map(score_key))
        .collect();
    let mut order: Vec<usize> = (0..candidates.len())
        .filter(|&k| keys[k].is_some())
        .collect();
    order.sort_by(|&a, &b| {
        let (ca, cb) = (&candidates[a], &candidates[b]);
        keys[b]
            .cmp(&keys[a])
            .then_with(|| cb.npv.total_cmp(&ca.npv))
            .then_with(|| ca.title_key.cmp(&cb.title_key))
            .then_with(|| ca.id.cmp(cb.id))
    });
    let mut ranks = vec![None; candidates.len()];
    for (place, k) in order.into_iter().enumerate() {
        ranks[k] = Some(place + 1);
    }
    ranks
}
