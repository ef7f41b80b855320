//! Low, expected and high calculations from the optional low/high fields of Inera's template.

use super::usable::finite_or_zero;
use crate::core::model::initiative::{BenefitKind, Estimate, Initiative, TimeBasis};

/// Which end of every estimate a calculation uses.
///
/// `Low` is the pessimistic case (low benefits, high costs) and `High` the optimistic one (high
/// benefits, low costs), so that the spread between them is the honest range of outcomes rather
/// than a mix where a low cost hides a low benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    Low,
    Expected,
    High,
}

impl Variant {
    pub const ALL: [Variant; 3] = [Variant::Low, Variant::Expected, Variant::High];
}

impl Estimate {
    /// The figure `v` calls for. A missing low or high falls back to the expected figure because
    /// most users know only one number; non-finite figures count as 0.
    pub fn pick(&self, v: Variant, is_cost: bool) -> f64 {
        let pessimistic = if is_cost { self.high } else { self.low };
        let optimistic = if is_cost { self.low } else { self.high };
        let chosen = match v {
            Variant::Low => pessimistic.unwrap_or(self.expected),
            Variant::Expected => self.expected,
            Variant::High => optimistic.unwrap_or(self.expected),
        };
        finite_or_zero(chosen)
    }

    /// Whether a low or a high figure was given, i.e. whether a range is worth showing.
    pub fn has_range(&self) -> bool {
        self.low.is_some() || self.high.is_some()
    }
}

impl TimeBasis {
    fn has_range(&self) -> bool {
        match self {
            TimeBasis::Cases {
                cases_per_year,
                minutes_per_case,
            } => cases_per_year.has_range() || minutes_per_case.has_range(),
            TimeBasis::Hours { hours_per_year } => hours_per_year.has_range(),
        }
    }
}

/// Whether any benefit or cost of the initiative has a low or high figure: only then are low and
/// high calculations different from the expected one and worth showing.
pub fn has_any_range(initiative: &Initiative) -> bool {
    let analysis = &initiative.analysis;
    let benefits = analysis.benefits.iter().any(|b| match &b.kind {
        BenefitKind::Ekonomisk { kronor_per_year } => kronor_per_year.has_range(),
        BenefitKind::FrigjordTid { time, .. } => time.has_range(),
        BenefitKind::Kvalitativ { .. } => false,
    });
    let costs = analysis.costs.running_per_year.has_range()
        || analysis
            .costs
            .investments
            .iter()
            .any(|i| i.amount.has_range());
    benefits || costs
}
