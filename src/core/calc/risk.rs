//! Risk scores on the usual 5 × 5 matrix, so every initiative's risks compare on one scale.

use crate::core::model::initiative::{Initiative, Risk};

/// Probability × consequence, 1–25. Inputs are clamped to 1–5 first so that a corrupt file
/// (0 or 255) cannot give a score outside the matrix or overflow.
pub fn risk_score(r: &Risk) -> u8 {
    r.probability.clamp(1, 5) * r.consequence.clamp(1, 5)
}

/// The risk a forum should hear about first. On equal scores the first listed wins, because the
/// user's own order is the best tie-break there is.
pub fn highest_risk(i: &Initiative) -> Option<&Risk> {
    i.analysis
        .risks
        .iter()
        .fold(None, |best: Option<&Risk>, r| match best {
            Some(b) if risk_score(b) >= risk_score(r) => Some(b),
            _ => Some(r),
        })
}
