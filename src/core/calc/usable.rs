//! Figures as the calculations use them. A figure that cannot be computed with counts as zero,
//! so one corrupt field cannot turn a whole plan's totals into NaN.

/// `value`, or 0 when it is not finite.
pub fn finite_or_zero(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

/// `value` when finite and positive, else 0: a negative cost (a refund typed as a cost) cannot
/// fund other initiatives, and a negative weight would reward low scores, which no rubric means.
pub fn non_negative(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}
