//! "Räkna om med våra siffror": an imported plan's key figures under its own parameters and
//! under ours, side by side, so plans from different organisations become comparable.
//!
//! Choices, so that every view and test reads the same figures:
//! - NPV is the headline figure the app shows everywhere ("Nettonuvärde"): the expected variant,
//!   with the value of freed time included ([`CashFlow::npv`]).
//! - The freed-time value is the peak yearly value ([`CashFlow::peak_freed_value`]), the
//!   "kronor a year" the walkthrough quotes for a benefit; with the usual benefit that applies
//!   every year from year 1 it is simply the yearly value.
//! - The rank is by NPV (high first; then title, then id, so it is stable), among the plan's
//!   initiatives that have any amount to calculate on. The prioritised list ranks by weighted
//!   score first, and scores do not depend on calculation parameters; NPV is what moves when
//!   parameters change. An initiative with no priced benefit and no cost has no rank.
//! - A parameter differs when its value differs; sources and years are shown but, as they do not
//!   change any figure, do not count as a difference.

use crate::core::calc::base_year::{base_year, discounted_to};
use crate::core::calc::{cash_flow, hourly_cost, Variant};
use crate::core::model::initiative::BenefitKind;
use crate::core::{CalcParams, Initiative, Plan};

/// Which calculation parameter differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKey {
    MonthlySalary,
    Uplift,
    HoursPerMonth,
    DiscountRate,
    Horizon,
    PriceYear,
}

impl ParamKey {
    /// In the order the parameter page shows them.
    pub const ALL: [ParamKey; 6] = [
        ParamKey::MonthlySalary,
        ParamKey::Uplift,
        ParamKey::HoursPerMonth,
        ParamKey::DiscountRate,
        ParamKey::Horizon,
        ParamKey::PriceYear,
    ];

    /// The parameter's value as a number, so all six can be compared and listed alike.
    pub fn value(self, params: &CalcParams) -> f64 {
        match self {
            ParamKey::MonthlySalary => params.monthly_salary.value,
            ParamKey::Uplift => params.uplift.value,
            ParamKey::HoursPerMonth => params.hours_per_month.value,
            ParamKey::DiscountRate => params.discount_rate_percent.value,
            ParamKey::Horizon => f64::from(params.horizon_years.value),
            ParamKey::PriceYear => f64::from(params.price_year.value),
        }
    }

    /// The parameter's (source, year), shown beside its value.
    pub fn source(self, params: &CalcParams) -> (&str, Option<i32>) {
        let (source, year) = match self {
            ParamKey::MonthlySalary => (&params.monthly_salary.source, params.monthly_salary.year),
            ParamKey::Uplift => (&params.uplift.source, params.uplift.year),
            ParamKey::HoursPerMonth => {
                (&params.hours_per_month.source, params.hours_per_month.year)
            }
            ParamKey::DiscountRate => (
                &params.discount_rate_percent.source,
                params.discount_rate_percent.year,
            ),
            ParamKey::Horizon => (&params.horizon_years.source, params.horizon_years.year),
            ParamKey::PriceYear => (&params.price_year.source, params.price_year.year),
        };
        (source.as_str(), year)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParamDiff {
    pub key: ParamKey,
    pub theirs: f64,
    pub ours: f64,
}

/// One initiative's key figures both ways.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub id: String,
    pub title: String,
    pub npv_theirs: f64,
    pub npv_ours: f64,
    pub freed_value_theirs: f64,
    pub freed_value_ours: f64,
    pub rank_theirs: Option<usize>,
    pub rank_ours: Option<usize>,
}

/// Sums over all initiatives, both ways.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Totals {
    pub npv_theirs: f64,
    pub npv_ours: f64,
    pub freed_value_theirs: f64,
    pub freed_value_ours: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    pub diffs: Vec<ParamDiff>,
    /// In the plan's order.
    pub rows: Vec<FigureRow>,
    pub totals: Totals,
    /// How many initiatives have a rank (the same both ways): "rank 2 of `ranked`".
    pub ranked: usize,
    /// Hourly cost of staff time under each parameter set, the figure most differences act on.
    pub hourly_theirs: f64,
    pub hourly_ours: f64,
    /// (the plan's price year, ours). Amounts are not price-adjusted between them: a plan
    /// carries no price index, so the same kronor are recomputed and the view says so
    /// (docs/domain.md §5.5).
    pub price_years: (i32, i32),
}

impl Comparison {
    /// Whether the two price years differ, so the figures are in different years' prices.
    pub fn price_years_differ(&self) -> bool {
        self.price_years.0 != self.price_years.1
    }
}

/// The parameters whose values differ, in [`ParamKey::ALL`] order.
pub fn param_diffs(theirs: &CalcParams, ours: &CalcParams) -> Vec<ParamDiff> {
    ParamKey::ALL
        .into_iter()
        .map(|key| ParamDiff {
            key,
            theirs: key.value(theirs),
            ours: key.value(ours),
        })
        .filter(|d| d.theirs != d.ours)
        .collect()
}

/// Whether the initiative has any amount to calculate on: a priced benefit or a cost.
fn is_priced(i: &Initiative) -> bool {
    let a = &i.analysis;
    a.benefits
        .iter()
        .any(|b| !matches!(b.kind, BenefitKind::Kvalitativ { .. }))
        || !a.costs.investments.is_empty()
        || a.costs.running_per_year.expected != 0.0
}

/// NPV rank (1 = highest) of each initiative, None for unpriced ones. Each cash flow is
/// calculated once by the caller; here only the sort happens.
fn ranks(initiatives: &[Initiative], priced: &[bool], npv: &[f64]) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..initiatives.len()).filter(|&k| priced[k]).collect();
    let titles: Vec<String> = initiatives.iter().map(|i| i.title.to_lowercase()).collect();
    order.sort_by(|&a, &b| {
        npv[b]
            .total_cmp(&npv[a])
            .then_with(|| titles[a].cmp(&titles[b]))
            .then_with(|| initiatives[a].id.cmp(&initiatives[b].id))
    });
    let mut out = vec![None; initiatives.len()];
    for (place, k) in order.into_iter().enumerate() {
        out[k] = Some(place + 1);
    }
    out
}

/// (NPV at the plan's base year, peak freed value) of each initiative under `params`.
fn figures(plan: &Plan, params: &CalcParams) -> Vec<(f64, f64)> {
    plan.initiatives
        .iter()
        .map(|i| {
            let flow = cash_flow(i, params, Variant::Expected);
            let flow = discounted_to(flow, params.discount_rate_percent.value, base_year(plan));
            (flow.npv, flow.peak_freed_value())
        })
        .collect()
}

/// Every initiative's key figures under the plan's parameters and under `ours`. Each cash flow
/// is calculated once per parameter set (once in all when the values are equal), so a plan of
/// a thousand initiatives compares in a blink.
pub fn compare(plan: &Plan, ours: &CalcParams) -> Comparison {
    let diffs = param_diffs(&plan.params, ours);
    let theirs_figures = figures(plan, &plan.params);
    let ours_figures = if diffs.is_empty() {
        theirs_figures.clone()
    } else {
        figures(plan, ours)
    };
    let priced: Vec<bool> = plan.initiatives.iter().map(is_priced).collect();
    let npv = |f: &[(f64, f64)]| f.iter().map(|x| x.0).collect::<Vec<_>>();
    let rank_theirs = ranks(&plan.initiatives, &priced, &npv(&theirs_figures));
    let rank_ours = ranks(&plan.initiatives, &priced, &npv(&ours_figures));
    let mut totals = Totals::default();
    let rows = plan
        .initiatives
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let (t, o) = (theirs_figures[k], ours_figures[k]);
            totals.npv_theirs += t.0;
            totals.npv_ours += o.0;
            totals.freed_value_theirs += t.1;
            totals.freed_value_ours += o.1;
            FigureRow {
                id: i.id.clone(),
                title: i.title.clone(),
                npv_theirs: t.0,
                npv_ours: o.0,
                freed_value_theirs: t.1,
                freed_value_ours: o.1,
                rank_theirs: rank_theirs[k],
                rank_ours: rank_ours[k],
            }
        })
        .collect();
    Comparison {
        diffs,
        rows,
        totals,
        ranked: priced.iter().filter(|p| **p).count(),
        hourly_theirs: hourly_cost(&plan.params),
        hourly_ours: hourly_cost(ours),
        price_years: (plan.params.price_year.value, ours.price_year.value),
    }
}

/// Replaces the plan's parameters with ours (values, sources and years): our sources go with
/// our values, or the plan would claim a source for a figure it does not come from.
pub fn adopt(plan: &mut Plan, ours: &CalcParams) {
    plan.params = ours.clone();
}

/// The plan whose parameters are "ours" until the user picks another: the most recently
/// modified of the other plans, the one they are most likely working in. Modified times are ISO
/// 8601, so they order as text; on a tie the earlier plan in the list wins.
pub fn latest_other<'a, P: Dated>(plans: &'a [P], except: &str) -> Option<&'a P> {
    plans
        .iter()
        .filter(|p| p.id() != except)
        .fold(None, |best: Option<&P>, p| match best {
            Some(b) if b.modified() >= p.modified() => Some(b),
            _ => Some(p),
        })
}

/// What [`latest_other`] needs of a plan, so that it also works on summaries of plans.
pub trait Dated {
    fn id(&self) -> &str;
    fn modified(&self) -> &str;
}

impl Dated for Plan {
    fn id(&self) -> &str {
        &self.id
    }
    fn modified(&self) -> &str {
        &self.modified
    }
}

/// Another plan as a source of "our" parameters: what the comparison shows of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    pub modified: String,
    pub params: CalcParams,
}

impl Candidate {
    pub fn of(plan: &Plan) -> Self {
        Self {
            id: plan.id.clone(),
            name: plan.name.clone(),
            modified: plan.modified.clone(),
            params: plan.params.clone(),
        }
    }
}

impl Dated for Candidate {
    fn id(&self) -> &str {
        &self.id
    }
    fn modified(&self) -> &str {
        &self.modified
    }
}
