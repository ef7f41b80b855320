//! Benefits and costs year by year, and the key figures a decision forum asks for: net present
//! value, payback year and benefit-cost ratio (docs/domain.md, "Calculation conventions").
//!
//! Freed time is carried in its own columns next to cash all the way through, because seed 000
//! warns that freed time is hard to realise: every total exists both with and without it.

use crate::core::model::initiative::{BenefitKind, Initiative, TimeBasis};
use crate::core::CalcParams;

use super::usable::finite_or_zero;
pub use super::variant::{has_any_range, Variant};

/// The longest horizon calculated. A corrupt or mistyped horizon must not allocate billions of
/// rows; no public-sector calculation looks further than this.
pub const MAX_HORIZON_YEARS: u32 = 100;

/// Inera's hourly cost of staff time: salary / hours × uplift. Zero when the hours are not
/// positive or the result is not finite, so a half-filled parameter form cannot give NaN totals.
pub fn hourly_cost(params: &CalcParams) -> f64 {
    let hours = params.hours_per_month.value;
    if hours.is_nan() || hours <= 0.0 {
        return 0.0;
    }
    finite_or_zero(params.monthly_salary.value / hours * params.uplift.value)
}

/// Hours freed a year before any realisation share: the time exists whether or not it is used.
pub fn freed_hours(time: &TimeBasis, v: Variant) -> f64 {
    match time {
        TimeBasis::Cases {
            cases_per_year,
            minutes_per_case,
        } => finite_or_zero(cases_per_year.pick(v, false) * minutes_per_case.pick(v, false) / 60.0),
        TimeBasis::Hours { hours_per_year } => hours_per_year.pick(v, false),
    }
}

/// The yearly kronor value of freed time that is expected to be realised. Other benefit kinds
/// give 0 so callers can sum over all benefits. The share is clamped to 0–100 %, since more than
/// all of the time cannot be realised.
pub fn freed_value(kind: &BenefitKind, params: &CalcParams, v: Variant) -> f64 {
    match kind {
        BenefitKind::FrigjordTid {
            time,
            realised_share_percent,
            ..
        } => {
            let share = finite_or_zero(*realised_share_percent).clamp(0.0, 100.0) / 100.0;
            finite_or_zero(freed_hours(time, v) * hourly_cost(params) * share)
        }
        _ => 0.0,
    }
}

/// 1 / (1 + r/100)^year. A rate at or below −100 % (or non-finite) has no meaning as a discount
/// rate and would divide by zero or flip signs, so it is treated as no discounting (factor 1);
/// the parameter form is expected to refuse such a rate before it gets here.
pub fn discount_factor(rate_percent: f64, year: u32) -> f64 {
    let base = 1.0 + rate_percent / 100.0;
    if !rate_percent.is_finite() || base <= 0.0 {
        return 1.0;
    }
    let exponent = i32::try_from(year).unwrap_or(i32::MAX);
    finite_or_zero(1.0 / base.powi(exponent))
}

/// One year of the calculation; year 0 is the initiative's start year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearRow {
    /// Years from the initiative's start year (0 = the start year).
    pub year: u32,
    /// The calendar year of the row: the start year plus `year`.
    pub calendar_year: i32,
    pub cash_benefit: f64,
    pub freed_hours: f64,
    pub freed_value: f64,
    pub investment: f64,
    pub running_cost: f64,
    pub net: f64,
    pub cumulative_net: f64,
    pub discount_factor: f64,
    pub present_value: f64,
}

/// A full calculation for one variant. Totals (`*_total`) are undiscounted sums within the
/// horizon, the figures a budget owner recognises; `pv_*` and `npv*` are discounted.
#[derive(Clone, Debug, PartialEq)]
pub struct CashFlow {
    pub rows: Vec<YearRow>,
    /// The calendar year of year 0, the initiative's start year.
    pub start_year: i32,
    /// The calendar year every present value is discounted to: the start year as computed by
    /// [`cash_flow`], the plan's base year after `base_year::in_plan` (docs/domain.md §5.6).
    pub discounted_to: i32,
    pub npv: f64,
    /// NPV without the value of freed time: what reaches a budget line.
    pub npv_cash_only: f64,
    /// The first year whose cumulative net is strictly positive (so break-even at exactly 0 is
    /// not payback). With no costs and a positive benefit this is the first benefit year. Years
    /// when the cumulative net later turns negative again do not move it.
    pub payback_year: Option<u32>,
    /// The same rule on the cumulative cash net (economic benefit minus costs, freed time left
    /// out): the year the money is back on a budget line (docs/domain.md §5.7).
    pub payback_year_cash_only: Option<u32>,
    /// PV of benefits (cash and freed time) / PV of costs; None when PV costs are not positive,
    /// because the ratio then has no meaning.
    pub benefit_cost_ratio: Option<f64>,
    /// PV of economic benefit alone / PV of costs (docs/domain.md §5.8); None as above.
    pub benefit_cost_ratio_cash_only: Option<f64>,
    /// PV of the economic benefit alone.
    pub pv_cash_benefits: f64,
    pub pv_benefits: f64,
    pub pv_costs: f64,
    pub freed_hours_per_year_max: f64,
    pub freed_value_total: f64,
    pub cash_benefit_total: f64,
    pub investment_total: f64,
}

impl CashFlow {
    /// The largest yearly value of freed time: the "kronor a year" people quote for a benefit.
    pub fn peak_freed_value(&self) -> f64 {
        self.rows.iter().map(|r| r.freed_value).fold(0.0, f64::max)
    }

    /// The largest yearly cash benefit, quoted the same way.
    pub fn peak_cash_benefit(&self) -> f64 {
        self.rows.iter().map(|r| r.cash_benefit).fold(0.0, f64::max)
    }
}

/// Calculates years 0..=horizon (horizon capped at [`MAX_HORIZON_YEARS`]) from the initiative's
/// own start year, and discounts to that year, as Inera's template does. A benefit counts in
/// first_year..=last_year, the running cost in its own first..=last year, investments in their
/// own year; anything after the horizon is left out, as in Inera's template. Qualitative benefits
/// add no money. Where initiatives are compared or summed, use `base_year::in_plan`, which
/// discounts to the plan's base year instead.
pub fn cash_flow(initiative: &Initiative, params: &CalcParams, v: Variant) -> CashFlow {
    let horizon = params.horizon_years.value.min(MAX_HORIZON_YEARS);
    let rate = params.discount_rate_percent.value;
    let analysis = &initiative.analysis;
    let costs_by_year = costs_by_year(initiative, horizon, v);

    // Each benefit's yearly figures are the same every year it applies, so compute them once.
    let yearly: Vec<(u32, u32, f64, f64, f64)> = analysis
        .benefits
        .iter()
        .filter_map(|b| {
            let (cash, hours, value) = match &b.kind {
                BenefitKind::Ekonomisk { kronor_per_year } => {
                    (kronor_per_year.pick(v, false), 0.0, 0.0)
                }
                BenefitKind::FrigjordTid { time, .. } => {
                    (0.0, freed_hours(time, v), freed_value(&b.kind, params, v))
                }
                BenefitKind::Kvalitativ { .. } => return None,
            };
            Some((b.first_year, b.last_year, cash, hours, value))
        })
        .collect();

    let mut rows = Vec::with_capacity(horizon as usize + 1);
    let mut cumulative = 0.0;
    let mut cumulative_cash = 0.0;
    let mut flow = CashFlow {
        rows: Vec::new(),
        start_year: initiative.start_year,
        discounted_to: initiative.start_year,
        npv: 0.0,
        npv_cash_only: 0.0,
        payback_year: None,
        payback_year_cash_only: None,
        benefit_cost_ratio: None,
        benefit_cost_ratio_cash_only: None,
        pv_cash_benefits: 0.0,
        pv_benefits: 0.0,
        pv_costs: 0.0,
        freed_hours_per_year_max: 0.0,
        freed_value_total: 0.0,
        cash_benefit_total: 0.0,
        investment_total: 0.0,
    };
    for (year, year_costs) in (0..=horizon).zip(costs_by_year) {
        let active = yearly.iter().filter(|(f, l, ..)| (*f..=*l).contains(&year));
        let (cash_benefit, hours, value) = active.fold((0.0, 0.0, 0.0), |acc, b| {
            (acc.0 + b.2, acc.1 + b.3, acc.2 + b.4)
        });
        let YearCosts {
            calendar_year,
            investment,
            running_cost,
        } = year_costs;
        let costs = investment + running_cost;
        let net = cash_benefit + value - costs;
        cumulative += net;
        let factor = discount_factor(rate, year);
        cumulative_cash += cash_benefit - costs;
        if flow.payback_year.is_none() && cumulative > 0.0 {
            flow.payback_year = Some(year);
        }
        if flow.payback_year_cash_only.is_none() && cumulative_cash > 0.0 {
            flow.payback_year_cash_only = Some(year);
        }
        flow.pv_cash_benefits += cash_benefit * factor;
        flow.npv += net * factor;
        flow.npv_cash_only += (cash_benefit - costs) * factor;
        flow.pv_benefits += (cash_benefit + value) * factor;
        flow.pv_costs += costs * factor;
        flow.freed_hours_per_year_max = flow.freed_hours_per_year_max.max(hours);
        flow.freed_value_total += value;
        flow.cash_benefit_total += cash_benefit;
        flow.investment_total += investment;
        rows.push(YearRow {
            year,
            calendar_year,
            cash_benefit,
            freed_hours: hours,
            freed_value: value,
            investment,
            running_cost,
            net,
            cumulative_net: cumulative,
            discount_factor: factor,
            present_value: net * factor,
        });
    }
    flow.rows = rows;
    flow.benefit_cost_ratio = (flow.pv_costs > 0.0).then(|| flow.pv_benefits / flow.pv_costs);
    flow.benefit_cost_ratio_cash_only =
        (flow.pv_costs > 0.0).then(|| flow.pv_cash_benefits / flow.pv_costs);
    flow
}

/// One calendar year's costs of an initiative, undiscounted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearCosts {
    pub calendar_year: i32,
    /// One-off investments falling in the year.
    pub investment: f64,
    /// The running cost (driftkostnad) paid in the year.
    pub running_cost: f64,
}

/// The calendar year `index` years after `start`, saturating rather than overflowing on a
/// corrupt start year.
pub fn calendar_year(start: i32, index: u32) -> i32 {
    start.saturating_add(i32::try_from(index).unwrap_or(i32::MAX))
}

/// Investment and running cost per calendar year, from the initiative's start year to the end of
/// the horizon: the one place that says which year a cost falls in, read by the cash flow and by
/// yearly budget limits alike.
pub fn investment_by_year(
    initiative: &Initiative,
    params: &CalcParams,
    v: Variant,
) -> Vec<YearCosts> {
    costs_by_year(
        initiative,
        params.horizon_years.value.min(MAX_HORIZON_YEARS),
        v,
    )
}

fn costs_by_year(initiative: &Initiative, horizon: u32, v: Variant) -> Vec<YearCosts> {
    let costs = &initiative.analysis.costs;
    let running = costs.running_per_year.pick(v, true);
    let running_years = costs.running_first_year..=costs.running_last_year;
    (0..=horizon)
        .map(|year| YearCosts {
            calendar_year: calendar_year(initiative.start_year, year),
            investment: costs
                .investments
                .iter()
                .filter(|i| i.year == year)
                .map(|i| i.amount.pick(v, true))
                .sum(),
            running_cost: if running_years.contains(&year) {
                running
            } else {
                0.0
            },
        })
        .collect()
}

/// The investment of `initiative` per calendar year within the horizon, as (calendar year,
/// kronor), in year order, years without investment left out: [`investment_by_year`] as the
/// budget scenario's yearly limit reads it. Year 0 is the initiative's start year.
pub fn investment_by_calendar_year(
    initiative: &Initiative,
    params: &CalcParams,
    v: Variant,
) -> Vec<(i32, f64)> {
    investment_by_year(initiative, params, v)
        .into_iter()
        .filter(|y| y.investment != 0.0)
        .map(|y| (y.calendar_year, y.investment))
        .collect()
}

/// The three calculations a decision basis shows. Low and high are present only when some
/// estimate has a range, so the UI never shows three identical columns.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigures {
    pub expected: CashFlow,
    pub low: Option<CashFlow>,
    pub high: Option<CashFlow>,
}

/// Low and high are both present as soon as any low or high figure exists anywhere, even if
/// only one side differs from expected, so the table keeps one shape.
pub fn key_figures(initiative: &Initiative, params: &CalcParams) -> KeyFigures {
    key_figures_by(initiative, |v| cash_flow(initiative, params, v))
}

/// The three calculations, each made by `calc`, with low and high only when some estimate has a
/// range (see [`key_figures`]).
pub fn key_figures_by(initiative: &Initiative, calc: impl Fn(Variant) -> CashFlow) -> KeyFigures {
    let ranged = has_any_range(initiative);
    KeyFigures {
        expected: calc(Variant::Expected),
        low: ranged.then(|| calc(Variant::Low)),
        high: ranged.then(|| calc(Variant::High)),
    }
}
