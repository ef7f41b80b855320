//! The follow-up as a sheet: one row per benefit of the initiatives in the follow-up, with its
//! owner, baseline and target, and for each year what was expected next to what was realised.
//! The benefit classes stay apart (a unit column says kronor or hours), as in the view.

use super::{add_year, shown, Cell, Sheet};
use crate::core::calc::calendar::calendar_span;
use crate::core::model::initiative::{Benefit, BenefitKind, Initiative};
use crate::core::portfolio::{expected_in_year, in_follow_up};
use crate::core::Plan;

pub struct FollowUpLabels<'a> {
    pub sheet: &'a str,
    /// Initiative, benefit, class, unit, owner, baseline, target.
    pub columns: [&'a str; 7],
    /// Headers of a year's two columns; `{year}` is replaced by the year.
    pub expected_year: fn(i32) -> String,
    pub realised_year: fn(i32) -> String,
    /// Cash, freed time, qualitative.
    pub classes: [&'a str; 3],
    /// Kronor, hours.
    pub units: [&'a str; 2],
    pub untitled_initiative: &'a str,
    pub untitled_benefit: &'a str,
}

/// The plan's period, every year a benefit is expected in, and every year with a realised
/// value, so nothing recorded is left out of the file.
fn years(plan: &Plan, benefits: &[(&Initiative, &Benefit)]) -> Vec<i32> {
    let mut years: Vec<i32> = (plan.period.start_year..=plan.period.end_year).collect();
    for (i, b) in benefits {
        if let Some((first, last)) = calendar_span(plan, i, b.first_year, b.last_year) {
            for year in first..=last {
                add_year(&mut years, year);
            }
        }
        for r in &b.realised {
            add_year(&mut years, r.year);
        }
    }
    years
}

pub fn follow_up_sheet(plan: &Plan, labels: &FollowUpLabels) -> Sheet {
    let benefits: Vec<(&Initiative, &Benefit)> = plan
        .initiatives
        .iter()
        .filter(|i| in_follow_up(i))
        .flat_map(|i| i.analysis.benefits.iter().map(move |b| (i, b)))
        .collect();
    let years = years(plan, &benefits);
    let mut columns: Vec<String> = labels.columns.iter().map(|c| c.to_string()).collect();
    for &y in &years {
        columns.push((labels.expected_year)(y));
        columns.push((labels.realised_year)(y));
    }
    let rows = benefits
        .iter()
        .map(|(i, b)| {
            let (class, unit) = match b.kind {
                BenefitKind::Ekonomisk { .. } => (labels.classes[0], Some(labels.units[0])),
                BenefitKind::FrigjordTid { .. } => (labels.classes[1], Some(labels.units[1])),
                BenefitKind::Kvalitativ { .. } => (labels.classes[2], None),
            };
            let mut row = vec![
                Cell::text(shown(&i.title, labels.untitled_initiative)),
                Cell::text(shown(&b.title, labels.untitled_benefit)),
                Cell::text(class),
                unit.map_or(Cell::Empty, Cell::text),
                Cell::text_or_empty(&b.owner),
                Cell::text_or_empty(&b.baseline),
                Cell::text_or_empty(&b.target),
            ];
            for &year in &years {
                row.push(match (&b.kind, expected_in_year(plan, i, b, year)) {
                    (BenefitKind::Kvalitativ { .. }, _) | (_, None) => Cell::Empty,
                    (_, Some(value)) => Cell::amount(value),
                });
                // The latest entry for a year is in force: a later one is a correction.
                let realised = b.realised.iter().rev().find(|r| r.year == year);
                row.push(match (&b.kind, realised) {
                    (_, None) => Cell::Empty,
                    (BenefitKind::Kvalitativ { .. }, Some(r)) => Cell::text_or_empty(&r.comment),
                    (_, Some(r)) => Cell::number(r.value),
                });
            }
            row
        })
        .collect();
    Sheet {
        name: labels.sheet.to_string(),
        columns,
        rows,
    }
}
