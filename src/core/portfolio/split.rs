//! Dividing a joint initiative's figures between its organisations by the split key
//! (*fördelningsnyckel*, docs/domain.md §7), so that the shares add up exactly to the totals.
//!
//! **Rounding rule** (docs/domain.md §7.2): each total is first rounded to whole kronor (whole
//! hours for freed time), half away from zero. That whole total is then divided by the largest
//! remainder method (Hamilton's method): every organisation gets the whole part of its exact
//! share (total × its fraction of the key), and the kronor left over go one each to the
//! organisations with the largest fractional parts; where two fractional parts are equal, the
//! organisation listed first gets the krona. So the shares always sum to the rounded total, and
//! each share lies less than 1 kr from its exact share of that total. A negative total (a
//! negative net present value) is divided as its absolute value and every share negated, so the
//! rule is the same on both sides of zero.

use crate::core::calc::base_year::in_plan;
use crate::core::calc::Variant;
use crate::core::model::{Initiative, Joint, Member, Plan, SplitKey};

/// The agreed percentages may differ from 100 by this much (rounding in what was typed).
pub const PERCENT_TOLERANCE: f64 = 0.005;

/// Why a joint initiative's figures cannot be divided; each names what the user must fix.
#[derive(Debug, Clone, PartialEq)]
pub enum SplitError {
    /// No organisation takes part yet.
    NoMembers,
    /// The key needs a figure this organisation (0-based position) does not have, or has one
    /// that is negative or not a number.
    MissingFigure { member: usize },
    /// Every organisation's figure is zero: there is nothing to divide by.
    ZeroBasis,
    /// Own percentages that do not add up to 100; `sum` is what they add up to.
    PercentSum { sum: f64 },
}

/// The four figures a joint initiative divides: what each organisation pays, gets and saves.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Totals {
    /// Investment within the horizon, undiscounted (kronor).
    pub investment: f64,
    /// Running cost a year (kronor).
    pub running_per_year: f64,
    /// Freed hours in the year with most freed time.
    pub freed_hours: f64,
    /// Net present value, discounted to the plan's first year (kronor).
    pub npv: f64,
}

/// One organisation's share: its exact fraction of the key and its whole-kronor figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub name: String,
    /// The organisation's fraction of the key, 0–1.
    pub fraction: f64,
    pub investment: i64,
    pub running_per_year: i64,
    pub freed_hours: i64,
    pub npv: i64,
}

/// Every organisation's share and the rounded totals they add up to.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub shares: Vec<Share>,
    pub total: Share,
}

/// The figures of `initiative` that a split divides, as the plan computes them.
pub fn totals(plan: &Plan, initiative: &Initiative) -> Totals {
    let flow = in_plan(plan, initiative, Variant::Expected);
    Totals {
        investment: flow.investment_total,
        running_per_year: initiative
            .analysis
            .costs
            .running_per_year
            .pick(Variant::Expected, true),
        freed_hours: flow.freed_hours_per_year_max,
        npv: flow.npv,
    }
}

/// Each organisation's fraction of the key; the fractions add up to 1.
pub fn fractions(joint: &Joint) -> Result<Vec<f64>, SplitError> {
    let members = &joint.members;
    if members.is_empty() {
        return Err(SplitError::NoMembers);
    }
    let figure: fn(&Member) -> Option<f64> = match joint.key {
        SplitKey::Equal => return Ok(vec![1.0 / members.len() as f64; members.len()]),
        SplitKey::PerInhabitant => |m| m.population,
        SplitKey::PerUser => |m| m.users,
        SplitKey::OwnPercent => |m| m.percent,
    };
    let mut values = Vec::with_capacity(members.len());
    for (member, m) in members.iter().enumerate() {
        match figure(m) {
            Some(v) if v.is_finite() && v >= 0.0 => values.push(v),
            _ => return Err(SplitError::MissingFigure { member }),
        }
    }
    let sum: f64 = values.iter().sum();
    if joint.key == SplitKey::OwnPercent && (sum - 100.0).abs() > PERCENT_TOLERANCE {
        return Err(SplitError::PercentSum { sum });
    }
    if sum <= 0.0 || !sum.is_finite() {
        return Err(SplitError::ZeroBasis);
    }
    Ok(values.into_iter().map(|v| v / sum).collect())
}

/// Divides the whole number `total` by `fractions` with the largest remainder method (see the
/// module's rounding rule). The parts always add up to `total`, whatever the fractions sum to
/// in floating point.
pub fn apportion(total: i64, fractions: &[f64]) -> Vec<i64> {
    if fractions.is_empty() {
        return Vec::new();
    }
    if total < 0 {
        return apportion(total.saturating_neg(), fractions)
            .into_iter()
            .map(|p| -p)
            .collect();
    }
    let exact: Vec<f64> = fractions.iter().map(|f| total as f64 * f).collect();
    let mut parts: Vec<i64> = exact.iter().map(|e| e.floor() as i64).collect();
    let left = i128::from(total) - parts.iter().map(|p| i128::from(*p)).sum::<i128>();
    // Largest fractional part first; the stable sort keeps the earlier organisation first on ties.
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|a, b| {
        let (ra, rb) = (exact[*a] - parts[*a] as f64, exact[*b] - parts[*b] as f64);
        rb.total_cmp(&ra)
    });
    if left >= 0 {
        // Float error can leave more than one krona per organisation; go round again then.
        for k in 0..usize::try_from(left).unwrap_or(usize::MAX) {
            parts[order[k % order.len()]] += 1;
        }
    } else {
        // The floors overshot (fractions summing above 1 in floating point): take back from the
        // smallest fractional parts first, never below zero.
        let mut over = -left;
        for index in order.iter().rev().cycle().take(order.len() * 4) {
            if over == 0 {
                break;
            }
            if parts[*index] > 0 {
                parts[*index] -= 1;
                over -= 1;
            }
        }
    }
    parts
}

/// A figure rounded to whole kronor (or hours), half away from zero; figures beyond `i64`
/// saturate rather than wrap.
pub fn whole(value: f64) -> i64 {
    if value.is_finite() {
        value.round() as i64
    } else {
        0
    }
}

/// Divides `totals` between the members of `joint` by its key.
pub fn split(joint: &Joint, totals: &Totals) -> Result<Split, SplitError> {
    let fractions = fractions(joint)?;
    let investment = apportion(whole(totals.investment), &fractions);
    let running = apportion(whole(totals.running_per_year), &fractions);
    let hours = apportion(whole(totals.freed_hours), &fractions);
    let npv = apportion(whole(totals.npv), &fractions);
    let shares = joint
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| Share {
            name: m.name.clone(),
            fraction: fractions[i],
            investment: investment[i],
            running_per_year: running[i],
            freed_hours: hours[i],
            npv: npv[i],
        })
        .collect();
    Ok(Split {
        shares,
        total: Share {
            name: String::new(),
            fraction: 1.0,
            investment: whole(totals.investment),
            running_per_year: whole(totals.running_per_year),
            freed_hours: whole(totals.freed_hours),
            npv: whole(totals.npv),
        },
    })
}
