//! The weighted criteria score, 0–100.
//!
//! The score is absolute: it depends only on the initiative's own scores and the plan's
//! criteria, never on other initiatives, because users distrust scores that change when another
//! item is added (docs/domain.md). Every part is kept so the forum can see where the points came from.

use super::usable::non_negative;
use crate::core::{Criterion, Initiative};

/// One criterion's share of the total.
#[derive(Clone, Debug, PartialEq)]
pub struct ScorePart {
    pub criterion_id: String,
    /// The weight used: negative and non-finite weights count as 0.
    pub weight: f64,
    /// The score given, if it is a valid 1–5; anything else counts as not yet scored.
    pub score: Option<u8>,
    /// Contribution to the 0–100 total; the parts of a complete score sum to the total.
    pub points: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScoreBreakdown {
    /// One part per criterion, in the framework's order.
    pub parts: Vec<ScorePart>,
    /// None until every criterion with weight > 0 is scored 1–5, or when the weights sum to 0:
    /// a partial score would rank an initiative on the criteria that happened to be filled in.
    pub total: Option<f64>,
}

/// total = Σ wᵢ·(sᵢ − 1)/4 / Σ wᵢ × 100, so all 1s give 0 and all 5s give 100.
pub fn weighted_score(i: &Initiative, criteria: &[Criterion]) -> ScoreBreakdown {
    let weights: Vec<f64> = criteria.iter().map(|c| non_negative(c.weight)).collect();
    // Absurd weights are divided by the largest first so the sum stays finite; only ratios
    // matter. Ordinary weights are left as typed so that hand-checkable cases come out exact.
    let max = weights.iter().copied().fold(0.0, f64::max);
    let scale = if max > 1e150 { max } else { 1.0 };
    let sum: f64 = weights.iter().map(|w| w / scale).sum();

    let mut complete = sum > 0.0;
    let mut weighted = 0.0;
    let parts = criteria
        .iter()
        .zip(&weights)
        .map(|(c, &weight)| {
            let score = i.scores.get(&c.id).copied().filter(|s| (1..=5).contains(s));
            let fraction = score.map(|s| f64::from(s - 1) / 4.0);
            if fraction.is_none() && weight > 0.0 {
                complete = false;
            }
            let w = weight / scale;
            let contribution = w * fraction.unwrap_or(0.0);
            weighted += contribution;
            let points = if sum > 0.0 {
                contribution * 100.0 / sum
            } else {
                0.0
            };
            ScorePart {
                criterion_id: c.id.clone(),
                weight,
                score,
                points,
            }
        })
        .collect();
    let total = complete.then(|| (weighted * 100.0 / sum).clamp(0.0, 100.0));
    ScoreBreakdown { parts, total }
}
