//! The calculation core: number input, cash flows, risk, scores, gates and ranking.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::calc::numfmt;
use beredning::core::calc::*;
use beredning::core::content::example::example_plan;
use beredning::core::model::initiative::{
    Benefit, BenefitKind, Estimate, Initiative, Investment, Risk, TimeBasis,
};
use beredning::core::{CalcParams, Criterion, Plan};
use proptest::prelude::*;

// ---------------------------------------------------------------- helpers

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn benefit(kind: BenefitKind, first_year: u32, last_year: u32) -> Benefit {
    let mut b = Benefit::new("b".into(), "b", kind);
    b.first_year = first_year;
    b.last_year = last_year;
    b
}

fn cash(amount: Estimate, first: u32, last: u32) -> Benefit {
    benefit(
        BenefitKind::Ekonomisk {
            kronor_per_year: amount,
        },
        first,
        last,
    )
}

fn freed(cases: Estimate, minutes: Estimate, share: f64, first: u32, last: u32) -> Benefit {
    benefit(
        BenefitKind::FrigjordTid {
            time: TimeBasis::Cases {
                cases_per_year: cases,
                minutes_per_case: minutes,
            },
            realised_share_percent: share,
            use_of_time: String::new(),
        },
        first,
        last,
    )
}

fn qualitative() -> Benefit {
    benefit(
        BenefitKind::Kvalitativ {
            description: "Bättre kvalitet".into(),
        },
        1,
        5,
    )
}

fn initiative(benefits: Vec<Benefit>, investments: &[(u32, Estimate)], running: f64) -> Initiative {
    let mut i = Initiative::new("i-1".into(), "Test", "2024-01-01");
    i.analysis.benefits = benefits;
    i.analysis.costs.investments = investments
        .iter()
        .map(|&(year, amount)| Investment { year, amount })
        .collect();
    i.analysis.costs.running_per_year = Estimate::new(running);
    i
}

fn params(rate: f64, horizon: u32) -> CalcParams {
    let mut p = CalcParams::default();
    p.discount_rate_percent.value = rate;
    p.horizon_years.value = horizon;
    p
}

fn e(v: f64) -> Estimate {
    Estimate::new(v)
}

fn worked_example() -> Initiative {
    initiative(
        vec![freed(e(2_000.0), e(15.0), 100.0, 1, 5)],
        &[(0, e(300_000.0))],
        0.0,
    )
}

const WORKED_NPV: f64 = 693_344.939_194_307;

// ---------------------------------------------------------------- numparse

#[test]
fn parses_swedish_and_english_notation() {
    let ok = [
        ("1234", 1234.0),
        ("1 234 567,5", 1_234_567.5),
        ("1\u{a0}234", 1234.0),
        ("1\u{202f}234,25", 1234.25),
        ("3.5", 3.5),
        ("3,5 %", 3.5),
        ("3,5\u{a0}%", 3.5),
        ("100kr", 100.0),
        ("100 KR", 100.0),
        ("12 h", 12.0),
        ("5 St", 5.0),
        ("  42  ", 42.0),
        ("-5", -5.0),
        ("\u{2212}1 234,5 kr", -1234.5),
        (",5", 0.5),
        ("007", 7.0),
        ("123 456 789", 123_456_789.0),
    ];
    for (text, want) in ok {
        assert_eq!(parse_number(text), Ok(want), "{text:?}");
    }
    let zero = parse_number("-0").unwrap();
    assert!(zero == 0.0 && zero.is_sign_positive());
}

#[test]
fn refuses_ambiguous_or_malformed_input() {
    assert_eq!(parse_number(""), Err(NumberError::Empty));
    assert_eq!(parse_number(" \u{a0} "), Err(NumberError::Empty));
    let bad = [
        "abc",
        "1,2,3",
        "1.234,5",
        "1e5",
        "1E5",
        "12 34",
        "1234 567",
        "1  234",
        "5,",
        "inf",
        "NaN",
        "-",
        "kr",
        "--5",
        "+5",
        "1 234,567 8",
        "5 kr kr",
        "- 5",
        "1,5.",
    ];
    for text in bad {
        assert_eq!(parse_number(text), Err(NumberError::NotANumber), "{text:?}");
    }
    let huge = "9".repeat(400);
    assert_eq!(parse_number(&huge), Err(NumberError::NotANumber));
}

#[test]
fn helpers_check_sign_range_and_wholeness() {
    assert_eq!(parse_non_negative("-1"), Err(NumberError::Negative));
    assert_eq!(parse_non_negative("0"), Ok(0.0));
    assert_eq!(
        parse_in_range("7", 1.0, 5.0),
        Err(NumberError::OutOfRange { min: 1.0, max: 5.0 })
    );
    assert_eq!(
        parse_in_range("abc", 1.0, 5.0),
        Err(NumberError::NotANumber)
    );
    assert_eq!(parse_percent("50 %"), Ok(50.0));
    assert_eq!(parse_percent("100"), Ok(100.0));
    let pct = Err(NumberError::OutOfRange {
        min: 0.0,
        max: 100.0,
    });
    assert_eq!(parse_percent("100,1"), pct);
    assert_eq!(parse_percent("-1"), pct);
    assert_eq!(parse_score("3"), Ok(3));
    assert_eq!(parse_score("3,0"), Ok(3));
    assert_eq!(parse_score("2,5"), Err(NumberError::NotWhole));
    let score = Err(NumberError::OutOfRange { min: 1.0, max: 5.0 });
    assert_eq!(parse_score("0"), score);
    assert_eq!(parse_score("6"), score);
    assert_eq!(parse_score(""), Err(NumberError::Empty));
    assert_eq!(parse_whole("50", 0, 50), Ok(50));
    assert_eq!(parse_whole("0", 0, 50), Ok(0));
    assert_eq!(
        parse_whole("51", 0, 50),
        Err(NumberError::OutOfRange {
            min: 0.0,
            max: 50.0
        })
    );
    assert_eq!(
        parse_whole("-1", 0, 50),
        Err(NumberError::OutOfRange {
            min: 0.0,
            max: 50.0
        })
    );
    assert_eq!(parse_whole("4 294 967 295", 0, u32::MAX), Ok(u32::MAX));
}

proptest! {
    #[test]
    fn formatted_numbers_parse_back(v in -1e12f64..1e12) {
        let parsed = parse_number(&numfmt::number(v, 2)).unwrap();
        prop_assert!(close(parsed, v, 0.005 + v.abs() * 1e-12), "{v} -> {parsed}");
        let kr = parse_number(&numfmt::kronor(v)).unwrap();
        prop_assert!(close(kr, v, 0.5 + v.abs() * 1e-12));
        let pct = parse_number(&numfmt::percent(v, 1)).unwrap();
        prop_assert!(close(pct, v, 0.05 + v.abs() * 1e-12));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC*") {
        let _ = parse_number(&text);
        let _ = parse_score(&text);
        let _ = parse_whole(&text, 0, 50);
    }

    #[test]
    fn number_like_text_never_panics(text in "[0-9 ,.\\-\u{2212}\u{a0}\u{202f}krhsteE%]{0,20}") {
        if let Ok(v) = parse_number(&text) {
            prop_assert!(v.is_finite());
        }
        let _ = parse_in_range(&text, f64::NAN, f64::INFINITY);
    }
}

// ---------------------------------------------------------------- cash flow

#[test]
fn hourly_cost_follows_inera() {
    let p = CalcParams::default();
    assert!(close(hourly_cost(&p), 433.802_816_901_408_45, 1e-9));
    for hours in [0.0, -142.0, f64::NAN] {
        let mut p = CalcParams::default();
        p.hours_per_month.value = hours;
        assert_eq!(hourly_cost(&p), 0.0);
    }
    let mut p = CalcParams::default();
    p.monthly_salary.value = f64::INFINITY;
    assert_eq!(hourly_cost(&p), 0.0);
}

#[test]
fn estimates_pick_the_pessimistic_or_optimistic_end() {
    let est = Estimate {
        expected: 10.0,
        low: Some(5.0),
        high: Some(20.0),
    };
    assert_eq!(est.pick(Variant::Low, false), 5.0);
    assert_eq!(est.pick(Variant::High, false), 20.0);
    assert_eq!(est.pick(Variant::Low, true), 20.0);
    assert_eq!(est.pick(Variant::High, true), 5.0);
    assert_eq!(est.pick(Variant::Expected, true), 10.0);
    let only = e(10.0);
    for v in Variant::ALL {
        assert_eq!(only.pick(v, false), 10.0);
        assert_eq!(only.pick(v, true), 10.0);
    }
    assert_eq!(e(f64::NAN).pick(Variant::Expected, false), 0.0);
}

#[test]
fn worked_example_of_domain_md() {
    let i = worked_example();
    let flow = cash_flow(&i, &params(3.0, 5), Variant::Expected);
    assert_eq!(flow.rows.len(), 6);
    assert_eq!(flow.rows[0].investment, 300_000.0);
    assert_eq!(flow.rows[0].net, -300_000.0);
    assert_eq!(flow.rows[0].freed_value, 0.0);
    for row in &flow.rows[1..] {
        assert!(close(row.freed_hours, 500.0, 1e-9));
        assert!(close(row.freed_value, 216_901.41, 0.005));
    }
    assert!(close(flow.npv, WORKED_NPV, 1e-6), "{}", flow.npv);
    assert!(close(flow.npv, 693_345.0, 1.0));
    assert_eq!(flow.payback_year, Some(2));
    assert!(close(flow.rows[1].cumulative_net, -83_098.59, 0.01));
    assert_eq!(flow.npv_cash_only, -300_000.0);
    assert!(close(flow.benefit_cost_ratio.unwrap(), 3.311_149_797, 1e-8));
    assert!(close(flow.freed_hours_per_year_max, 500.0, 1e-9));
    assert!(close(flow.freed_value_total, 5.0 * 216_901.408_450_7, 0.01));
    assert_eq!(flow.investment_total, 300_000.0);
    assert_eq!(flow.cash_benefit_total, 0.0);
    assert!(close(
        flow.rows[5].discount_factor,
        1.0 / 1.03f64.powi(5),
        1e-12
    ));
}

#[test]
fn example_plan_first_initiative_is_the_worked_example() {
    let plan = example_plan();
    let first = &plan.initiatives[0];
    for p in [&plan.params, &CalcParams::default()] {
        let flow = cash_flow(first, p, Variant::Expected);
        assert!(close(flow.npv, WORKED_NPV, 1e-6), "{}", flow.npv);
        assert_eq!(flow.payback_year, Some(2));
    }
    let keys = key_figures(first, &plan.params);
    let (low, high) = (keys.low.unwrap(), keys.high.unwrap());
    assert!(low.npv < keys.expected.npv && keys.expected.npv < high.npv);
    // Low: 9 minutes and 400 000 kr; high: 18 minutes and 250 000 kr.
    assert!(close(low.rows[1].freed_hours, 300.0, 1e-9));
    assert_eq!(low.investment_total, 400_000.0);
    assert_eq!(high.investment_total, 250_000.0);
}

#[test]
fn key_figures_omit_low_and_high_without_ranges() {
    let keys = key_figures(&worked_example(), &CalcParams::default());
    assert!(keys.low.is_none() && keys.high.is_none());
    let mut i = worked_example();
    i.analysis.costs.running_per_year.low = Some(0.0);
    let keys = key_figures(&i, &CalcParams::default());
    assert!(keys.low.is_some() && keys.high.is_some());
}

#[test]
fn horizon_zero_has_only_year_zero() {
    let flow = cash_flow(&worked_example(), &params(3.0, 0), Variant::Expected);
    assert_eq!(flow.rows.len(), 1);
    assert_eq!(flow.npv, -300_000.0);
    assert_eq!(flow.payback_year, None);
}

#[test]
fn rate_zero_is_a_plain_sum() {
    let i = initiative(vec![cash(e(100.0), 1, 5)], &[(0, e(250.0))], 20.0);
    let flow = cash_flow(&i, &params(0.0, 5), Variant::Expected);
    assert!(flow.rows.iter().all(|r| r.discount_factor == 1.0));
    assert_eq!(flow.npv, 5.0 * 100.0 - 250.0 - 5.0 * 20.0);
    assert_eq!(flow.npv, flow.rows[5].cumulative_net);
    assert_eq!(flow.payback_year, Some(4));
    assert_eq!(flow.rows[0].running_cost, 0.0);
    assert_eq!(flow.rows[1].running_cost, 20.0);
}

#[test]
fn no_benefits_gives_minus_costs() {
    let i = initiative(vec![], &[(0, e(1_000.0))], 100.0);
    let flow = cash_flow(&i, &params(0.0, 3), Variant::Expected);
    assert_eq!(flow.npv, -1_300.0);
    assert_eq!(flow.payback_year, None);
    assert_eq!(flow.benefit_cost_ratio, Some(0.0));
}

#[test]
fn qualitative_benefits_add_no_money() {
    let i = initiative(vec![qualitative()], &[], 0.0);
    let flow = cash_flow(&i, &params(3.0, 5), Variant::Expected);
    assert_eq!(flow.npv, 0.0);
    assert_eq!(flow.pv_benefits, 0.0);
    assert_eq!(flow.payback_year, None);
    assert_eq!(flow.benefit_cost_ratio, None);
    assert!(!has_any_range(&i));
}

#[test]
fn negative_net_never_pays_back() {
    let i = initiative(vec![cash(e(50_000.0), 1, 5)], &[(0, e(1_000_000.0))], 0.0);
    let flow = cash_flow(&i, &params(3.0, 5), Variant::Expected);
    assert!(flow.npv < 0.0);
    assert_eq!(flow.payback_year, None);
    assert!(flow.benefit_cost_ratio.unwrap() < 1.0);
}

#[test]
fn realised_share_scales_freed_value_only() {
    let full = initiative(vec![freed(e(2_000.0), e(15.0), 100.0, 1, 5)], &[], 0.0);
    let half = initiative(vec![freed(e(2_000.0), e(15.0), 50.0, 1, 5)], &[], 0.0);
    let p = params(3.0, 5);
    let (f, h) = (
        cash_flow(&full, &p, Variant::Expected),
        cash_flow(&half, &p, Variant::Expected),
    );
    assert!(close(h.freed_value_total * 2.0, f.freed_value_total, 1e-6));
    assert!(close(h.npv * 2.0, f.npv, 1e-6));
    assert_eq!(h.freed_hours_per_year_max, f.freed_hours_per_year_max);
    let over = freed(e(2_000.0), e(15.0), 150.0, 1, 5);
    let under = freed(e(2_000.0), e(15.0), -10.0, 1, 5);
    assert_eq!(
        freed_value(&over.kind, &p, Variant::Expected),
        f.rows[1].freed_value
    );
    assert_eq!(freed_value(&under.kind, &p, Variant::Expected), 0.0);
    assert_eq!(freed_value(&qualitative().kind, &p, Variant::Expected), 0.0);
}

#[test]
fn freed_hours_from_cases_or_hours() {
    let hours = TimeBasis::Hours {
        hours_per_year: Estimate {
            expected: 120.0,
            low: Some(80.0),
            high: None,
        },
    };
    assert_eq!(freed_hours(&hours, Variant::Expected), 120.0);
    assert_eq!(freed_hours(&hours, Variant::Low), 80.0);
    assert_eq!(freed_hours(&hours, Variant::High), 120.0);
    let cases = TimeBasis::Cases {
        cases_per_year: e(600.0),
        minutes_per_case: e(5.0),
    };
    assert_eq!(freed_hours(&cases, Variant::Expected), 50.0);
}

#[test]
fn benefit_years_are_cut_at_the_horizon() {
    let i = initiative(vec![cash(e(100.0), 3, 10)], &[], 0.0);
    let flow = cash_flow(&i, &params(0.0, 5), Variant::Expected);
    let years: Vec<u32> = flow
        .rows
        .iter()
        .filter(|r| r.cash_benefit > 0.0)
        .map(|r| r.year)
        .collect();
    assert_eq!(years, vec![3, 4, 5]);
    assert_eq!(flow.cash_benefit_total, 300.0);
    assert_eq!(flow.payback_year, Some(3));
    let backwards = initiative(vec![cash(e(100.0), 4, 2)], &[], 0.0);
    assert_eq!(
        cash_flow(&backwards, &params(0.0, 5), Variant::Expected).npv,
        0.0
    );
}

#[test]
fn investments_are_discounted_in_their_year_and_cut_at_the_horizon() {
    let i = initiative(vec![], &[(1, e(100_000.0)), (9, e(5.0))], 0.0);
    let flow = cash_flow(&i, &params(3.0, 5), Variant::Expected);
    assert!(close(flow.npv, -100_000.0 / 1.03, 1e-6));
    assert_eq!(flow.investment_total, 100_000.0);
    assert_eq!(flow.rows[1].present_value, flow.npv);
}

#[test]
fn invalid_rates_and_garbage_inputs_do_not_panic() {
    let i = worked_example();
    let plain = cash_flow(&i, &params(0.0, 5), Variant::Expected).npv;
    for rate in [-100.0, -150.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let flow = cash_flow(&i, &params(rate, 5), Variant::Expected);
        assert_eq!(flow.npv, plain, "rate {rate}");
    }
    assert_eq!(discount_factor(1e308, 3), 0.0);
    let weird = initiative(
        vec![
            cash(e(f64::NAN), 0, u32::MAX),
            freed(e(f64::INFINITY), e(f64::NEG_INFINITY), f64::NAN, 0, 3),
            cash(e(f64::MAX), 0, u32::MAX),
        ],
        &[(u32::MAX, e(f64::NAN)), (0, e(f64::MAX))],
        f64::MIN,
    );
    let flow = cash_flow(&weird, &params(3.0, u32::MAX), Variant::Low);
    assert_eq!(flow.rows.len(), MAX_HORIZON_YEARS as usize + 1);
    let _ = key_figures(&weird, &params(-1e300, 7));
}

fn arb_estimate() -> impl Strategy<Value = (f64, f64, f64)> {
    (0.0..1e6f64, 0.0..1e6f64, 0.0..1e6f64).prop_map(|(a, b, c)| {
        let mut v = [a, b, c];
        v.sort_by(f64::total_cmp);
        (v[0], v[1], v[2])
    })
}

fn ranged((low, expected, high): (f64, f64, f64)) -> Estimate {
    Estimate {
        expected,
        low: Some(low),
        high: Some(high),
    }
}

proptest! {
    #[test]
    fn more_benefit_never_lowers_npv(
        base in 0.0..1e6f64, extra in 0.0..1e6f64, hours in 0.0..1e4f64,
        inv in 0.0..1e7f64, running in 0.0..1e5f64, rate in -50.0..50.0f64,
        horizon in 0u32..20, first in 0u32..10, len in 0u32..10,
    ) {
        let make = |amount: f64| {
            let time = BenefitKind::FrigjordTid {
                time: TimeBasis::Hours { hours_per_year: e(hours) },
                realised_share_percent: 60.0,
                use_of_time: String::new(),
            };
            initiative(
                vec![cash(e(amount), first, first + len), benefit(time, 1, 4)],
                &[(0, e(inv))],
                running,
            )
        };
        let p = params(rate, horizon);
        let before = cash_flow(&make(base), &p, Variant::Expected).npv;
        let after = cash_flow(&make(base + extra), &p, Variant::Expected).npv;
        prop_assert!(after >= before - 1e-6 * before.abs().max(1.0));
    }

    #[test]
    fn higher_rate_never_raises_benefit_only_npv(
        amount in 0.0..1e7f64, r1 in -90.0..100.0f64, dr in 0.0..50.0f64,
        horizon in 0u32..30, first in 0u32..5,
    ) {
        let i = initiative(vec![cash(e(amount), first, first + 10)], &[], 0.0);
        let low_rate = cash_flow(&i, &params(r1, horizon), Variant::Expected).npv;
        let high_rate = cash_flow(&i, &params(r1 + dr, horizon), Variant::Expected).npv;
        prop_assert!(high_rate <= low_rate + 1e-9 * low_rate.abs().max(1.0));
    }

    #[test]
    fn low_expected_high_are_ordered(
        cashb in arb_estimate(), cases in arb_estimate(), minutes in arb_estimate(),
        inv in arb_estimate(), running in arb_estimate(), rate in 0.0..20.0f64,
        horizon in 0u32..10,
    ) {
        let mut i = initiative(
            vec![cash(ranged(cashb), 1, 5), freed(ranged(cases), ranged(minutes), 70.0, 0, 8)],
            &[(0, ranged(inv))],
            0.0,
        );
        i.analysis.costs.running_per_year = ranged(running);
        let keys = key_figures(&i, &params(rate, horizon));
        let (low, high) = (keys.low.unwrap().npv, keys.high.unwrap().npv);
        let tol = 1e-9 * keys.expected.npv.abs().max(1.0);
        prop_assert!(low <= keys.expected.npv + tol && keys.expected.npv <= high + tol);
    }

    #[test]
    fn cash_flow_never_panics(
        amount in any::<f64>(), share in any::<f64>(), rate in any::<f64>(),
        horizon in any::<u32>(), first in any::<u32>(), last in any::<u32>(), year in any::<u32>(),
    ) {
        let i = initiative(
            vec![cash(e(amount), first, last), freed(e(amount), e(amount), share, first, last)],
            &[(year, e(amount))],
            amount,
        );
        let keys = key_figures(&i, &params(rate, horizon));
        prop_assert!(keys.expected.rows.len() <= MAX_HORIZON_YEARS as usize + 1);
    }
}

// ---------------------------------------------------------------- risk

fn risk(probability: u8, consequence: u8, id: &str) -> Risk {
    Risk {
        id: id.into(),
        description: String::new(),
        probability,
        consequence,
        mitigation: String::new(),
    }
}

#[test]
fn risk_score_is_probability_times_consequence_clamped() {
    assert_eq!(risk_score(&risk(2, 3, "a")), 6);
    assert_eq!(risk_score(&risk(5, 5, "a")), 25);
    assert_eq!(risk_score(&risk(0, 0, "a")), 1);
    assert_eq!(risk_score(&risk(255, 255, "a")), 25);
}

#[test]
fn highest_risk_prefers_the_first_on_ties() {
    let mut i = initiative(vec![], &[], 0.0);
    assert!(highest_risk(&i).is_none());
    i.analysis.risks = vec![
        risk(2, 3, "a"),
        risk(3, 4, "b"),
        risk(4, 3, "c"),
        risk(1, 1, "d"),
    ];
    assert_eq!(highest_risk(&i).map(|r| r.id.as_str()), Some("b"));
    let plan = example_plan();
    assert_eq!(highest_risk(&plan.initiatives[4]).map(risk_score), Some(16));
}

// ---------------------------------------------------------------- score

fn criteria(weights: &[f64]) -> Vec<Criterion> {
    weights
        .iter()
        .enumerate()
        .map(|(n, &weight)| Criterion {
            id: format!("c{n}"),
            name: format!("C{n}"),
            weight,
            description: String::new(),
            rubric: Vec::new(),
            inverted_wording: false,
            role: None,
        })
        .collect()
}

fn scored(criteria: &[Criterion], scores: &[u8]) -> Initiative {
    let mut i = initiative(vec![], &[], 0.0);
    i.scores = criteria
        .iter()
        .zip(scores)
        .map(|(c, &s)| (c.id.clone(), s))
        .collect();
    i
}

#[test]
fn weighted_score_by_hand() {
    // 25·¾ + 20·¾ + 25·¾ + 15·½ + 15·¾ = 71,25 of 100.
    let plan = example_plan();
    let b = weighted_score(&plan.initiatives[0], &plan.framework.criteria);
    assert_eq!(b.total, Some(71.25));
    let sum: f64 = b.parts.iter().map(|p| p.points).sum();
    assert!(close(sum, 71.25, 1e-9));
    assert_eq!(b.parts[3].score, Some(3));
    assert!(close(b.parts[3].points, 7.5, 1e-9));
    let c = criteria(&[25.0, 20.0, 25.0, 15.0, 15.0]);
    assert_eq!(
        weighted_score(&scored(&c, &[3, 4, 5, 2, 4]), &c).total,
        Some(67.5)
    );
}

#[test]
fn weighted_score_extremes_and_gaps() {
    let c = criteria(&[3.0, 7.0, 1.3]);
    assert_eq!(weighted_score(&scored(&c, &[1, 1, 1]), &c).total, Some(0.0));
    assert_eq!(
        weighted_score(&scored(&c, &[5, 5, 5]), &c).total,
        Some(100.0)
    );
    let partial = weighted_score(&scored(&c, &[5, 5]), &c);
    assert_eq!(partial.total, None);
    assert_eq!(partial.parts.len(), 3);
    assert_eq!(partial.parts[2].score, None);
    assert_eq!(weighted_score(&scored(&c, &[5, 0, 5]), &c).total, None);
    assert_eq!(weighted_score(&scored(&c, &[5, 9, 5]), &c).total, None);
    // An unweighted criterion need not be scored; negative weights count as 0.
    let c = criteria(&[1.0, 0.0, -5.0, f64::NAN]);
    let b = weighted_score(&scored(&c, &[5]), &c);
    assert_eq!(b.total, Some(100.0));
    assert_eq!(b.parts[2].weight, 0.0);
    let zero = criteria(&[0.0, -1.0]);
    assert_eq!(weighted_score(&scored(&zero, &[5, 5]), &zero).total, None);
    assert_eq!(weighted_score(&scored(&[], &[]), &[]).total, None);
    let huge = criteria(&[f64::MAX, f64::MAX]);
    assert_eq!(
        weighted_score(&scored(&huge, &[5, 1]), &huge).total,
        Some(50.0)
    );
}

#[test]
fn weighted_score_ignores_other_initiatives() {
    let mut plan = example_plan();
    let before = weighted_score(&plan.initiatives[0], &plan.framework.criteria);
    let mut other = plan.initiatives[1].clone();
    other.id = "other".into();
    other.scores.values_mut().for_each(|s| *s = 5);
    plan.initiatives.push(other);
    assert_eq!(
        weighted_score(&plan.initiatives[0], &plan.framework.criteria),
        before
    );
}

// ---------------------------------------------------------------- gates

#[test]
fn example_plan_gates() {
    let plan = example_plan();
    let fw = &plan.framework;
    let archive = &plan.initiatives[4];
    assert!(archive.title.contains("e-arkiv"));
    assert_eq!(
        missing_gates(archive, fw),
        vec![Gate::NamedOwner, Gate::FinancingPlan]
    );
    assert!(!can_prioritise(archive, fw));
    let library = &plan.initiatives[1];
    assert!(missing_gates(library, fw).is_empty() && can_prioritise(library, fw));
    assert_eq!(
        missing_gates(&plan.initiatives[2], fw),
        vec![Gate::VerifiedNeed, Gate::NamedOwner, Gate::FinancingPlan]
    );
}

#[test]
fn blank_text_and_dangling_goals_do_not_pass() {
    let plan = example_plan();
    let mut i = plan.initiatives[1].clone();
    i.analysis.owner = "  \u{a0}".into();
    i.analysis.goal_ids = vec!["deleted-goal".into()];
    assert!(!gate_met(Gate::NamedOwner, &i, &plan.framework));
    assert!(!gate_met(Gate::GoalLink, &i, &plan.framework));
    i.analysis.goal_ids.push(plan.framework.goals[2].id.clone());
    assert!(gate_met(Gate::GoalLink, &i, &plan.framework));
    assert_eq!(Gate::ALL.len(), 4);
}

// ---------------------------------------------------------------- ranking

fn ids(entries: &[RankEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.initiative_id.as_str()).collect()
}

#[test]
fn example_plan_ranking() {
    let plan = example_plan();
    let ranked = rank(&plan);
    let want: Vec<&str> = [0, 1, 3]
        .iter()
        .map(|&n| plan.initiatives[n].id.as_str())
        .collect();
    assert_eq!(ids(&ranked), want);
    assert_eq!(
        ranked.iter().map(|e| e.rank).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert_eq!(ranked[0].score, 71.25);
    assert!(close(ranked[0].npv, WORKED_NPV, 1e-6));
    assert_eq!(rank_of(&plan, &plan.initiatives[0].id), Some((1, 3)));
    assert_eq!(rank_of(&plan, &plan.initiatives[3].id), Some((3, 3)));
    // The gate-blocked e-arkiv (53,75) would come last; the unscored need has no place.
    assert_eq!(rank_of(&plan, &plan.initiatives[4].id), Some((4, 4)));
    assert_eq!(rank_of(&plan, &plan.initiatives[2].id), None);
    assert_eq!(rank_of(&plan, "no-such-id"), None);
}

#[test]
fn would_rank_an_edited_or_new_initiative() {
    let plan = example_plan();
    let mut archive = plan.initiatives[4].clone();
    // The same scores as the first initiative: equal score, lower NPV.
    archive.scores = plan.initiatives[0].scores.clone();
    assert_eq!(would_rank(&plan, &archive), Some((2, 4)));
    archive.scores.values_mut().for_each(|s| *s = 4);
    assert_eq!(would_rank(&plan, &archive), Some((1, 4)));
    // An edited copy of a ranked initiative replaces it rather than competing with it.
    let mut signing = plan.initiatives[0].clone();
    signing.scores.values_mut().for_each(|s| *s = 1);
    assert_eq!(would_rank(&plan, &signing), Some((3, 3)));
}

fn tied_plan(specs: &[(&str, &str, f64)]) -> Plan {
    let mut plan = example_plan();
    let template = plan.initiatives[1].clone();
    plan.initiatives = specs
        .iter()
        .map(|&(id, title, amount)| {
            let mut i = template.clone();
            i.id = id.into();
            i.title = title.into();
            i.analysis.benefits = vec![cash(e(amount), 1, 5)];
            i
        })
        .collect();
    plan
}

#[test]
fn ties_break_on_npv_then_title_then_id() {
    let plan = tied_plan(&[
        ("z", "beta", 100.0),
        ("y", "Alpha", 100.0),
        ("x", "alpha", 100.0),
        ("w", "Zeta", 900.0),
    ]);
    let ranked = rank(&plan);
    assert_eq!(ids(&ranked), vec!["w", "x", "y", "z"]);
    assert_eq!(
        ranked.iter().map(|e| e.rank).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
    for entry in &ranked {
        assert_eq!(rank_of(&plan, &entry.initiative_id), Some((entry.rank, 4)));
    }
}

#[test]
fn unranked_initiatives_do_not_move_the_others() {
    let mut plan = example_plan();
    let before = rank(&plan);
    let mut new = Initiative::new("new".into(), "Ny idé", "2024-01-01");
    new.scores = plan.initiatives[0].scores.clone();
    plan.initiatives.push(new);
    assert_eq!(rank(&plan), before);
}

#[test]
fn a_thousand_initiatives_rank_consistently() {
    let mut plan = example_plan();
    let template = plan.initiatives[1].clone();
    let ids_of: Vec<String> = plan
        .framework
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect();
    plan.initiatives = (0..1_000u32)
        .map(|n| {
            let mut i = template.clone();
            i.id = format!("i{n:04}");
            i.title = format!("Initiativ {}", n % 37);
            for (k, id) in ids_of.iter().enumerate() {
                i.scores
                    .insert(id.clone(), ((n / 5u32.pow(k as u32)) % 5 + 1) as u8);
            }
            i
        })
        .collect();
    let ranked = rank(&plan);
    assert_eq!(ranked.len(), 1_000);
    assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
    for entry in ranked.iter().step_by(97) {
        assert_eq!(
            rank_of(&plan, &entry.initiative_id),
            Some((entry.rank, 1_000))
        );
    }
}

proptest! {
    #[test]
    fn would_rank_agrees_with_rank(
        scores in proptest::collection::vec((1u8..=5, 1u8..=5, 0.0..3.0f64), 1..12),
    ) {
        let mut plan = example_plan();
        let template = plan.initiatives[3].clone();
        let crit: Vec<String> = plan.framework.criteria.iter().map(|c| c.id.clone()).collect();
        plan.initiatives = scores
            .iter()
            .enumerate()
            .map(|(n, &(a, b, money))| {
                let mut i = template.clone();
                i.id = format!("id{n}");
                i.title = format!("T{}", n % 3);
                for (k, id) in crit.iter().enumerate() {
                    i.scores.insert(id.clone(), if k % 2 == 0 { a } else { b });
                }
                i.analysis.benefits = vec![cash(e(money.floor() * 1e5), 1, 5)];
                i
            })
            .collect();
        let ranked = rank(&plan);
        prop_assert_eq!(ranked.len(), scores.len());
        for entry in &ranked {
            prop_assert_eq!(
                rank_of(&plan, &entry.initiative_id),
                Some((entry.rank, ranked.len()))
            );
        }
    }
}
