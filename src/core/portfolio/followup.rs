//! Follow-up of the plan as a whole: for one calendar year, what was expected and what was
//! realised, with cash, freed time and qualitative benefits kept apart (seed 000: "mäts och
//! följs upp via effekterna frigjord tid samt ekonomisk nytta").

use crate::core::calc::calendar::calendar_span;
use crate::core::calc::cashflow::{freed_hours, hourly_cost, Variant};
use crate::core::calc::usable::finite_or_zero;
use crate::core::model::initiative::{Benefit, BenefitKind, DecisionOutcome, Initiative, Stage};
use crate::core::model::redeployment::in_year;
use crate::core::Plan;

/// Expected against realised for one calendar year, per benefit class.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClassTotals {
    /// Kronor a year of cash benefits expected in the year.
    pub expected_cash: f64,
    /// Kronor recorded as realised for the year.
    pub realised_cash: f64,
    /// Hours a year of freed time expected, before the realisation share.
    pub expected_freed_hours: f64,
    /// Hours recorded as freed for the year.
    pub realised_freed_hours: f64,
    /// Qualitative benefits that apply in the year (or have a result recorded for it).
    pub qualitative_count: usize,
    /// Of those, the ones with a result recorded for the year.
    pub qualitative_with_results: usize,
}

/// What became of freed time in one calendar year. Seed 000 warns that freed time summed over
/// many small cases is rarely realised, so the ledger shows each step from plan to kronor, and
/// the last two steps only from what the user recorded (docs/domain.md §4.2).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FreedTimeLedger {
    /// Hours a year the plan expected to free.
    pub planned_hours: f64,
    /// Hours recorded as actually freed (the benefits' *utfall*).
    pub freed_hours: f64,
    /// Hours recorded as put to other use (`Plan::redeployments` of the year); None when
    /// nothing is recorded for the year, which is not the same as zero hours.
    pub redeployed_hours: Option<f64>,
    /// Redeployed hours × the plan's hourly cost; None when nothing is recorded.
    pub realised_kronor: Option<f64>,
    /// How many records the year has.
    pub records: usize,
}
/// Whether an initiative belongs in the follow-up: its decision in force prioritised it, or it
/// has no decision but has reached the handlingsplan (plans imported from documents often carry
/// no decision record). Anything with a realised value recorded is included too, so a value the
/// user typed in never silently goes missing from the totals.
pub fn in_follow_up(i: &Initiative) -> bool {
    let committed = match i.current_decision() {
        Some(d) => d.outcome == DecisionOutcome::Prioriterad,
        None => i.stage >= Stage::Handlingsplan,
    };
    committed || i.analysis.benefits.iter().any(|b| !b.realised.is_empty())
}

/// What the benefit was expected to give in the calendar `year`, in its own unit (kronor a year
/// for a cash benefit, hours a year before the realisation share for freed time, 0 for a
/// qualitative one), or None when the year is outside the benefit's first..=last year counted
/// from the initiative's own start year, or past the horizon, as in the cash flow
/// ([`calendar_span`]). Public so the follow-up view shows, per benefit, exactly what these
/// totals add up.
pub fn expected_in_year(
    plan: &Plan,
    initiative: &Initiative,
    b: &Benefit,
    year: i32,
) -> Option<f64> {
    let applies = calendar_span(plan, initiative, b.first_year, b.last_year)
        .is_some_and(|(first, last)| (first..=last).contains(&year));
    applies.then(|| match &b.kind {
        BenefitKind::Ekonomisk { kronor_per_year } => {
            kronor_per_year.pick(Variant::Expected, false)
        }
        BenefitKind::FrigjordTid { time, .. } => freed_hours(time, Variant::Expected),
        BenefitKind::Kvalitativ { .. } => 0.0,
    })
}

/// The value recorded for the calendar year: the latest entry when several were recorded, as a
/// later entry is a correction (as with decisions, the latest is in force). Non-finite values
/// count as 0 so a corrupt entry cannot poison a total.
pub fn realised_in(b: &Benefit, year: i32) -> Option<f64> {
    let value = b.realised.iter().rev().find(|r| r.year == year)?.value;
    Some(if value.is_finite() { value } else { 0.0 })
}

/// Each benefit of the initiatives in the follow-up, with what it was expected to give in `year`.
fn benefits(plan: &Plan, year: i32) -> impl Iterator<Item = (&Benefit, Option<f64>)> {
    plan.initiatives
        .iter()
        .filter(|i| in_follow_up(i))
        .flat_map(|i| i.analysis.benefits.iter().map(move |b| (i, b)))
        .map(move |(i, b)| (b, expected_in_year(plan, i, b, year)))
}

/// Expected and realised totals for one calendar year. Realised values count whether or not the
/// year is one the benefit was expected in: what happened, happened.
pub fn totals(plan: &Plan, year: i32) -> ClassTotals {
    let mut t = ClassTotals::default();
    for (b, expected) in benefits(plan, year) {
        let realised = realised_in(b, year);
        match &b.kind {
            BenefitKind::Ekonomisk { .. } => {
                t.expected_cash += expected.unwrap_or(0.0);
                t.realised_cash += realised.unwrap_or(0.0);
            }
            BenefitKind::FrigjordTid { .. } => {
                t.expected_freed_hours += expected.unwrap_or(0.0);
                t.realised_freed_hours += realised.unwrap_or(0.0);
            }
            BenefitKind::Kvalitativ { .. } => {
                if expected.is_some() || realised.is_some() {
                    t.qualitative_count += 1;
                }
                if realised.is_some() {
                    t.qualitative_with_results += 1;
                }
            }
        }
    }
    t.expected_cash = finite_or_zero(t.expected_cash);
    t.realised_cash = finite_or_zero(t.realised_cash);
    t.expected_freed_hours = finite_or_zero(t.expected_freed_hours);
    t.realised_freed_hours = finite_or_zero(t.realised_freed_hours);
    t
}

/// The freed-time ledger for one calendar year; see [`FreedTimeLedger`].
pub fn freed_time_ledger(plan: &Plan, year: i32) -> FreedTimeLedger {
    let mut ledger = FreedTimeLedger::default();
    for (b, expected) in benefits(plan, year) {
        if let BenefitKind::FrigjordTid { .. } = &b.kind {
            ledger.planned_hours += expected.unwrap_or(0.0);
            ledger.freed_hours += realised_in(b, year).unwrap_or(0.0);
        }
    }
    ledger.planned_hours = finite_or_zero(ledger.planned_hours);
    ledger.freed_hours = finite_or_zero(ledger.freed_hours);
    let records: Vec<f64> = in_year(&plan.redeployments, year)
        .map(|r| finite_or_zero(r.hours).max(0.0))
        .collect();
    ledger.records = records.len();
    if !records.is_empty() {
        let hours = finite_or_zero(records.iter().sum());
        ledger.redeployed_hours = Some(hours);
        ledger.realised_kronor = Some(finite_or_zero(hours * hourly_cost(&plan.params)));
    }
    ledger
}
