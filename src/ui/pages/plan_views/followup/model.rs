//! The follow-up's small rules, kept out of the view so they are tested natively: which years
//! can be followed up, which year is shown first, and how a typed outcome or realised value is
//! written into the plan.

use crate::core::calc::MAX_HORIZON_YEARS;
use crate::core::model::initiative::RealisedValue;
use crate::core::{Plan, YearOutcome};

/// What a benefit was expected to give in a year: the core's rule, the one its totals add up.
pub use crate::core::portfolio::expected_in_year;

/// Recorded years outside this range are taken to be corrupt and not offered, so one stray
/// entry cannot fill the year list with centuries.
const SANE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The years the user can follow up: the plan's period, extended to this year while benefits are
/// still expected (within the calculation horizon), and to every year that already has an
/// outcome or a realised value, so nothing recorded becomes unreachable.
pub fn follow_up_years(plan: &Plan, this_year: i32) -> Vec<i32> {
    let start = plan.period.start_year;
    let end = plan.period.end_year.max(start);
    let horizon = plan.params.horizon_years.value.min(MAX_HORIZON_YEARS) as i32;
    let mut lo = start;
    let mut hi = end.max(this_year.min(start.saturating_add(horizon)));
    let recorded = plan
        .activities
        .iter()
        .flat_map(|a| a.outcomes.iter().map(|o| o.year))
        .chain(
            plan.initiatives
                .iter()
                .flat_map(|i| i.analysis.benefits.iter())
                .flat_map(|b| b.realised.iter().map(|r| r.year)),
        )
        .filter(|y| SANE_YEARS.contains(y));
    for year in recorded {
        lo = lo.min(year);
        hi = hi.max(year);
    }
    (lo..=hi).collect()
}

/// The year select's options (value and text) and the year chosen first, for `plan` (None when
/// the plan is gone: this year alone).
pub fn year_options(plan: Option<&Plan>, this_year: i32) -> (Vec<(String, String)>, i32) {
    let (years, first) = plan
        .map(|p| (follow_up_years(p, this_year), default_year(p, this_year)))
        .unwrap_or_else(|| (vec![this_year], this_year));
    let options = years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    (options, first)
}

/// The year shown first: this year while the plan runs, else the plan's last (or first) year.
pub fn default_year(plan: &Plan, this_year: i32) -> i32 {
    let start = plan.period.start_year;
    this_year.min(plan.period.end_year).max(start)
}

/// Writes the year's outcome as typed. Blank text removes the year's outcome, so an emptied field
/// leaves no empty row behind; the list stays in year order.
pub fn set_outcome(outcomes: &mut Vec<YearOutcome>, year: i32, text: &str) {
    if text.trim().is_empty() {
        outcomes.retain(|o| o.year != year);
        return;
    }
    match outcomes.iter_mut().find(|o| o.year == year) {
        Some(o) => o.text = text.to_string(),
        None => {
            outcomes.push(YearOutcome {
                year,
                text: text.to_string(),
            });
            outcomes.sort_by_key(|o| o.year);
        }
    }
}

/// The value and comment in force for the year: the latest entry, as in the core's totals.
pub fn realised_for(list: &[RealisedValue], year: i32) -> Option<&RealisedValue> {
    list.iter().rev().find(|r| r.year == year)
}

/// Writes the year's realised value with its comment. None removes every entry of the year: an
/// older entry must not silently come back into force when the user empties the field.
pub fn set_realised(list: &mut Vec<RealisedValue>, year: i32, value: Option<f64>, comment: &str) {
    let Some(value) = value else {
        list.retain(|r| r.year != year);
        return;
    };
    match list.iter_mut().rev().find(|r| r.year == year) {
        Some(r) => {
            r.value = value;
            r.comment = comment.to_string();
        }
        None => list.push(RealisedValue {
            year,
            value,
            comment: comment.to_string(),
        }),
    }
}

/// Changes the comment of the year's entry; false when there is no value yet to attach it to.
pub fn set_comment(list: &mut [RealisedValue], year: i32, comment: &str) -> bool {
    match list.iter_mut().rev().find(|r| r.year == year) {
        Some(r) => {
            r.comment = comment.to_string();
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::example::example_plan;

    #[test]
    fn years_cover_the_period_this_year_within_the_horizon_and_recorded_years() {
        let plan = example_plan();
        // 2019–2021, horizon 5: this year extends the list to 2024 at most. The e-blomman
        // activity has an outcome for 2018, before the plan's period, so 2018 is offered too.
        assert_eq!(follow_up_years(&plan, 2020), vec![2018, 2019, 2020, 2021]);
        assert_eq!(
            follow_up_years(&plan, 2030),
            (2018..=2024).collect::<Vec<_>>()
        );
        let mut plan = plan;
        plan.activities[14].outcomes.push(YearOutcome {
            year: 1850,
            text: "fel".into(),
        });
        assert_eq!(
            follow_up_years(&plan, 2019)[0],
            2018,
            "a corrupt year is not offered"
        );
    }

    #[test]
    fn the_default_year_is_this_year_within_the_plan() {
        let plan = example_plan();
        assert_eq!(default_year(&plan, 2020), 2020);
        assert_eq!(default_year(&plan, 2026), 2021);
        assert_eq!(default_year(&plan, 2010), 2019);
    }

    #[test]
    fn outcomes_are_set_replaced_and_removed_when_blank() {
        let mut list = Vec::new();
        set_outcome(&mut list, 2021, "Klart ");
        set_outcome(&mut list, 2019, "Start");
        assert_eq!(
            list.iter().map(|o| o.year).collect::<Vec<_>>(),
            vec![2019, 2021]
        );
        assert_eq!(list[1].text, "Klart ", "kept as typed while typing");
        set_outcome(&mut list, 2021, "Klart i tid");
        assert_eq!(list[1].text, "Klart i tid");
        set_outcome(&mut list, 2021, "  ");
        assert_eq!(list.len(), 1);
    }

    #[test]
    fn realised_values_follow_the_latest_entry_and_empty_removes_all() {
        let mut list = vec![
            RealisedValue {
                year: 2020,
                value: 1.0,
                comment: String::new(),
            },
            RealisedValue {
                year: 2020,
                value: 2.0,
                comment: "rättad".into(),
            },
        ];
        assert_eq!(realised_for(&list, 2020).map(|r| r.value), Some(2.0));
        set_realised(&mut list, 2020, Some(3.0), "ny");
        assert_eq!(list[1].value, 3.0);
        assert_eq!(list[0].value, 1.0);
        assert!(set_comment(&mut list, 2020, "kommentar"));
        assert!(!set_comment(&mut list, 2021, "ingen"));
        set_realised(&mut list, 2021, Some(5.0), "");
        set_realised(&mut list, 2020, None, "");
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].year, 2021);
    }
}
