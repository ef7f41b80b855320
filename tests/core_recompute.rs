//! "Räkna om med våra siffror": parameter differences, key figures both ways, NPV ranks, adopt.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::content::example::example_plan;
use beredning::core::format::recompute::{adopt, compare, param_diffs, ParamDiff, ParamKey};
use beredning::core::model::initiative::{
    Benefit, BenefitKind, Estimate, Initiative, Investment, TimeBasis,
};
use beredning::core::{CalcParams, Plan};

const SIGNING: &str = "ex-25";

fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 0.01,
        "{actual} is not {expected} (to the öre)"
    );
}

fn row<'a>(
    c: &'a beredning::core::format::recompute::Comparison,
    id: &str,
) -> &'a beredning::core::format::recompute::FigureRow {
    c.rows.iter().find(|r| r.id == id).expect("row exists")
}

/// The worked example's annuity: Σ_{t=1..n} 1/1,03^t, written out so the figure is checkable.
fn annuity_3_percent(years: u32) -> f64 {
    (1..=years).map(|t| 1.0 / 1.03f64.powi(t as i32)).sum()
}

#[test]
fn equal_parameters_give_no_differences_and_the_same_figures_both_ways() {
    let plan = example_plan();
    let c = compare(&plan, &plan.params.clone());
    assert!(c.diffs.is_empty());
    assert_eq!(c.rows.len(), plan.initiatives.len());
    for r in &c.rows {
        assert_eq!(r.npv_theirs, r.npv_ours, "{}", r.title);
        assert_eq!(r.freed_value_theirs, r.freed_value_ours);
        assert_eq!(r.rank_theirs, r.rank_ours);
    }
    // Sources and years alone are not a difference: they change no figure.
    let mut ours = plan.params.clone();
    ours.monthly_salary.source = "SCB".into();
    ours.monthly_salary.year = Some(2025);
    assert!(param_diffs(&plan.params, &ours).is_empty());
}

#[test]
fn the_worked_example_under_the_plans_own_parameters() {
    let plan = example_plan();
    let c = compare(&plan, &plan.params.clone());
    let r = row(&c, SIGNING);
    // 40 000 / 142 × 1,54 = 433,80 kr/h; × 500 h = 216 901,41 kr a year.
    close(c.hourly_theirs, 433.802_816_901);
    close(r.freed_value_theirs, 216_901.408_450_704);
    // −300 000 + 216 901,41 × 4,579 707 = 693 344,94 kr (domain.md).
    close(r.npv_theirs, 693_344.939_194_307);
    close(
        r.npv_theirs,
        -300_000.0 + 216_901.408_450_704 * annuity_3_percent(5),
    );
}

#[test]
fn a_higher_salary_and_a_shorter_horizon_recompute_by_hand() {
    let plan = example_plan();
    let mut ours = plan.params.clone();
    ours.monthly_salary.value = 45_000.0;
    ours.horizon_years.value = 4;
    let c = compare(&plan, &ours);
    assert_eq!(
        c.diffs,
        vec![
            ParamDiff {
                key: ParamKey::MonthlySalary,
                theirs: 40_000.0,
                ours: 45_000.0
            },
            ParamDiff {
                key: ParamKey::Horizon,
                theirs: 5.0,
                ours: 4.0
            },
        ]
    );
    let r = row(&c, SIGNING);
    // 45 000 / 142 × 1,54 = 488,03 kr/h; × 500 h = 244 014,08 kr a year.
    close(c.hourly_ours, 488.028_169_014);
    close(r.freed_value_ours, 244_014.084_507_042);
    // Four benefit years: −300 000 + 244 014,08 × 3,717 098 = 607 024,36 kr.
    close(r.npv_ours, 607_024.363_784_361);
    close(
        r.npv_ours,
        -300_000.0 + 244_014.084_507_042 * annuity_3_percent(4),
    );
    // Their side is unchanged.
    close(r.npv_theirs, 693_344.939_194_307);
}

#[test]
fn a_higher_discount_rate_lowers_the_npv_by_hand() {
    let plan = example_plan();
    let mut ours = plan.params.clone();
    ours.monthly_salary.value = 45_000.0;
    ours.discount_rate_percent.value = 3.5;
    let c = compare(&plan, &ours);
    let keys: Vec<ParamKey> = c.diffs.iter().map(|d| d.key).collect();
    assert_eq!(keys, [ParamKey::MonthlySalary, ParamKey::DiscountRate]);
    let annuity: f64 = (1..=5).map(|t| 1.0 / 1.035f64.powi(t)).sum();
    close(
        row(&c, SIGNING).npv_ours,
        -300_000.0 + 244_014.084_507_042 * annuity,
    );
    close(row(&c, SIGNING).npv_ours, 801_736.371_901_841);
}

#[test]
fn totals_are_the_sums_of_the_rows() {
    let plan = example_plan();
    let mut ours = plan.params.clone();
    ours.uplift.value = 1.6;
    let c = compare(&plan, &ours);
    let sum = |f: fn(&beredning::core::format::recompute::FigureRow) -> f64| {
        c.rows.iter().map(f).sum::<f64>()
    };
    close(c.totals.npv_theirs, sum(|r| r.npv_theirs));
    close(c.totals.npv_ours, sum(|r| r.npv_ours));
    close(c.totals.freed_value_theirs, sum(|r| r.freed_value_theirs));
    close(c.totals.freed_value_ours, sum(|r| r.freed_value_ours));
    assert!(
        c.totals.npv_ours > c.totals.npv_theirs,
        "a higher uplift values freed time higher"
    );
}

// ------------------------------------------------------------------ ranks

fn initiative(id: &str, title: &str, benefit: BenefitKind) -> Initiative {
    let mut i = Initiative::new(id.into(), title, "2025-01-01T00:00:00Z");
    i.analysis.benefits = vec![Benefit::new(format!("{id}-b"), "nytta", benefit)];
    i.analysis.costs.investments = vec![Investment {
        year: 0,
        amount: Estimate::new(300_000.0),
    }];
    i
}

/// A: 500 freed hours a year; B: 250 000 kr a year in cash; C: nothing priced.
fn two_way_plan() -> Plan {
    let mut plan = Plan::blank("p".into(), "Plan", "2025-01-01T00:00:00Z");
    plan.initiatives = vec![
        initiative(
            "a",
            "Frigjord tid",
            BenefitKind::FrigjordTid {
                time: TimeBasis::Hours {
                    hours_per_year: Estimate::new(500.0),
                },
                realised_share_percent: 100.0,
                use_of_time: String::new(),
            },
        ),
        initiative(
            "b",
            "Kontant nytta",
            BenefitKind::Ekonomisk {
                kronor_per_year: Estimate::new(250_000.0),
            },
        ),
        Initiative::new("c".into(), "Bara behov", "2025-01-01T00:00:00Z"),
    ];
    plan
}

#[test]
fn ranks_by_npv_swap_when_a_higher_salary_values_freed_time_higher() {
    let plan = two_way_plan();
    let mut ours = plan.params.clone();
    ours.monthly_salary.value = 60_000.0;
    let c = compare(&plan, &ours);
    let (a, b, none) = (row(&c, "a"), row(&c, "b"), row(&c, "c"));
    // Theirs: A 216 901 kr a year against B 250 000 kr; B first.
    close(a.npv_theirs, 693_344.939_194_307);
    close(b.npv_theirs, -300_000.0 + 250_000.0 * annuity_3_percent(5));
    assert_eq!((a.rank_theirs, b.rank_theirs), (Some(2), Some(1)));
    // Ours: 60 000 / 142 × 1,54 × 500 = 325 352 kr a year; A first.
    close(a.freed_value_ours, 325_352.112_676_056);
    close(a.npv_ours, 1_190_017.408_791_461);
    close(b.npv_ours, b.npv_theirs);
    assert_eq!((a.rank_ours, b.rank_ours), (Some(1), Some(2)));
    // An initiative with nothing priced has no rank either way, and is not counted.
    assert_eq!((none.rank_theirs, none.rank_ours), (None, None));
    assert_eq!(c.ranked, 2);
}

#[test]
fn equal_npvs_rank_by_title_then_id() {
    let mut plan = two_way_plan();
    plan.initiatives.truncate(1);
    let mut twin = plan.initiatives[0].clone();
    twin.id = "0".into();
    twin.title = "Annan titel".into();
    plan.initiatives.push(twin);
    let c = compare(&plan, &plan.params.clone());
    assert_eq!(row(&c, "0").rank_theirs, Some(1), "A before F");
    assert_eq!(row(&c, "a").rank_theirs, Some(2));
}

#[test]
fn a_thousand_initiatives_compare_with_every_row_ranked_once() {
    let mut plan = two_way_plan();
    let template = plan.initiatives[0].clone();
    plan.initiatives = (0..1000)
        .map(|n| {
            let mut i = template.clone();
            i.id = format!("i{n}");
            i.title = format!("Initiativ {n:04}");
            i.analysis.costs.investments[0].amount = Estimate::new(1_000.0 * n as f64);
            i
        })
        .collect();
    let mut ours = plan.params.clone();
    ours.discount_rate_percent.value = 4.0;
    let c = compare(&plan, &ours);
    assert_eq!(c.rows.len(), 1000);
    let mut ranks: Vec<usize> = c.rows.iter().filter_map(|r| r.rank_ours).collect();
    ranks.sort_unstable();
    assert_eq!(ranks, (1..=1000).collect::<Vec<_>>());
    // The cheapest investment has the highest NPV.
    assert_eq!(c.rows[0].rank_ours, Some(1));
    assert_eq!(c.rows[999].rank_theirs, Some(1000));
}

#[test]
fn adopt_replaces_values_sources_and_years() {
    let mut plan = example_plan();
    let mut ours = CalcParams::default();
    ours.monthly_salary.value = 45_000.0;
    ours.monthly_salary.source = "SCB lönestatistik".into();
    ours.monthly_salary.year = Some(2025);
    ours.horizon_years.value = 6;
    let before = plan.clone();
    adopt(&mut plan, &ours);
    assert_eq!(plan.params, ours);
    assert_eq!(
        plan.initiatives, before.initiatives,
        "only the parameters change"
    );
    assert!(compare(&plan, &ours).diffs.is_empty());
}

#[test]
fn ours_default_to_the_most_recently_modified_other_plan() {
    use beredning::core::format::recompute::latest_other;
    let plan = |id: &str, modified: &str| {
        let mut p = Plan::blank(id.into(), id, "2025-01-01T00:00:00.000Z");
        p.modified = modified.into();
        p
    };
    let plans = vec![
        plan("open", "2025-09-01T00:00:00.000Z"),
        plan("old", "2025-02-01T00:00:00.000Z"),
        plan("new", "2025-03-01T12:00:00.000Z"),
        plan("tie", "2025-03-01T12:00:00.000Z"),
    ];
    assert_eq!(
        latest_other(&plans, "open").map(|p| p.id.as_str()),
        Some("new")
    );
    assert_eq!(latest_other(&plans[..1], "open"), None, "no other plan");
}

#[test]
fn the_price_years_of_both_sides_are_reported_and_never_adjusted() {
    let plan = example_plan();
    let mut ours = plan.params.clone();
    let theirs = plan.params.price_year.value;
    let same = compare(&plan, &ours);
    assert_eq!(same.price_years, (theirs, theirs));
    assert!(!same.price_years_differ());

    ours.price_year.value = theirs + 7;
    let c = compare(&plan, &ours);
    assert_eq!(c.price_years, (theirs, theirs + 7));
    assert!(c.price_years_differ());
    // Only the price year differs: the same kronor both ways, as the view says.
    assert_eq!(c.totals.npv_theirs, c.totals.npv_ours);
}
