//! A joint initiative's split between organisations: hand-computed examples of every key, the
//! refusals, the rounding rule as a property, and one organisation's share taken in as an
//! initiative of its own plan.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::content::example::example_plan;
use beredning::core::model::ids::SequentialIds;
use beredning::core::model::initiative::{Estimate, Investment};
use beredning::core::model::{Joint, Member, Plan, SplitKey};
use beredning::core::portfolio::joint_share::{share_initiative, ShareSource};
use beredning::core::portfolio::split::{apportion, fractions, split, totals, SplitError, Totals};
use proptest::prelude::*;

fn member(name: &str, population: f64) -> Member {
    Member {
        population: Some(population),
        population_source: "SCB, folkmängd 31 december".into(),
        population_year: Some(2024),
        ..Member::named(name)
    }
}

/// Västerås, Köping and Sala by population (156 000, 26 000 and 23 000; 205 000 in all).
fn three_by_population() -> Joint {
    Joint {
        key: SplitKey::PerInhabitant,
        members: vec![
            member("Västerås", 156_000.0),
            member("Köping", 26_000.0),
            member("Sala", 23_000.0),
        ],
    }
}

fn figures(investment: f64, running: f64, hours: f64, npv: f64) -> Totals {
    Totals {
        investment,
        running_per_year: running,
        freed_hours: hours,
        npv,
    }
}

#[test]
fn per_inhabitant_hand_computed() {
    // Exact shares of 1 000 000: 760 975,61 / 126 829,27 / 112 195,12; floors sum to 999 999 and
    // the krona left goes to the largest fractional part, Västerås (0,61).
    // Of 100 000: 76 097,56 / 12 682,93 / 11 219,51; floors sum to 99 998: Köping (0,93) and
    // Västerås (0,56) get one each.
    // Of 1 200 h: 913,17 / 152,20 / 134,63; the hour left goes to Sala (0,63).
    // Of −300 000: 228 292,68 / 38 048,78 / 33 658,54 divided as 300 000, then negated: Köping
    // (0,78) and Västerås (0,68) get one each.
    let s = split(
        &three_by_population(),
        &figures(1_000_000.0, 100_000.0, 1_200.0, -300_000.0),
    )
    .unwrap();
    let row = |i: usize| {
        let m = &s.shares[i];
        (m.investment, m.running_per_year, m.freed_hours, m.npv)
    };
    assert_eq!(row(0), (760_976, 76_098, 913, -228_293));
    assert_eq!(row(1), (126_829, 12_683, 152, -38_049));
    assert_eq!(row(2), (112_195, 11_219, 135, -33_658));
    assert_eq!(s.total.investment, 1_000_000);
    assert_eq!(s.total.npv, -300_000);
    assert!((s.shares[0].fraction - 156.0 / 205.0).abs() < 1e-12);
}

#[test]
fn equal_shares_give_ties_to_the_first_listed() {
    let joint = Joint {
        key: SplitKey::Equal,
        members: vec![Member::named("A"), Member::named("B"), Member::named("C")],
    };
    let s = split(&joint, &figures(100.0, 200.0, 0.0, 0.4)).unwrap();
    let inv: Vec<i64> = s.shares.iter().map(|m| m.investment).collect();
    assert_eq!(inv, vec![34, 33, 33]);
    let run: Vec<i64> = s.shares.iter().map(|m| m.running_per_year).collect();
    assert_eq!(run, vec![67, 67, 66]);
    // 0,4 kr rounds to 0 before it is divided.
    assert!(s.shares.iter().all(|m| m.npv == 0));
}

#[test]
fn per_user_and_own_percentages() {
    let users = Joint {
        key: SplitKey::PerUser,
        members: vec![
            Member {
                users: Some(30.0),
                ..Member::named("A")
            },
            Member {
                users: Some(10.0),
                ..Member::named("B")
            },
        ],
    };
    let s = split(&users, &figures(1_001.0, 0.0, 0.0, 0.0)).unwrap();
    // 750,75 and 250,25: the krona left goes to A (0,75 > 0,25).
    assert_eq!((s.shares[0].investment, s.shares[1].investment), (751, 250));
    let own = Joint {
        key: SplitKey::OwnPercent,
        members: vec![
            Member {
                percent: Some(50.0),
                ..Member::named("A")
            },
            Member {
                percent: Some(30.0),
                ..Member::named("B")
            },
            Member {
                percent: Some(20.0),
                ..Member::named("C")
            },
        ],
    };
    let s = split(&own, &figures(999.0, 0.0, 0.0, 0.0)).unwrap();
    // 499,5 / 299,7 / 199,8: floors 997; C (0,8) and B (0,7) get one each.
    let inv: Vec<i64> = s.shares.iter().map(|m| m.investment).collect();
    assert_eq!(inv, vec![499, 300, 200]);
}

#[test]
fn refusals_name_what_to_fix() {
    let mut joint = Joint::default();
    assert_eq!(fractions(&joint), Err(SplitError::NoMembers));
    joint.key = SplitKey::OwnPercent;
    joint.members = vec![
        Member {
            percent: Some(60.0),
            ..Member::named("A")
        },
        Member {
            percent: Some(30.0),
            ..Member::named("B")
        },
    ];
    assert_eq!(fractions(&joint), Err(SplitError::PercentSum { sum: 90.0 }));
    joint.members[1].percent = None;
    assert_eq!(
        fractions(&joint),
        Err(SplitError::MissingFigure { member: 1 })
    );
    joint.key = SplitKey::PerInhabitant;
    joint.members = vec![member("A", 0.0), member("B", 0.0)];
    assert_eq!(fractions(&joint), Err(SplitError::ZeroBasis));
    joint.members[0].population = Some(-5.0);
    assert_eq!(
        fractions(&joint),
        Err(SplitError::MissingFigure { member: 0 })
    );
    joint.members[0].population = Some(f64::NAN);
    assert_eq!(
        fractions(&joint),
        Err(SplitError::MissingFigure { member: 0 })
    );
}

fn any_joint() -> impl Strategy<Value = Joint> {
    let key = prop::sample::select(SplitKey::ALL.to_vec());
    (key, prop::collection::vec(0.0f64..1e7, 1..=30)).prop_map(|(key, values)| {
        let mut values = values;
        if values.iter().all(|v| *v == 0.0) {
            values[0] = 1.0;
        }
        let sum: f64 = values.iter().sum();
        let members = values
            .iter()
            .enumerate()
            .map(|(i, v)| Member {
                population: Some(*v),
                users: Some(v.floor()),
                // Percentages that add up to 100 (within the tolerance) for any figures.
                percent: Some(v / sum * 100.0),
                ..Member::named(&format!("Kommun {i}"))
            })
            .collect();
        Joint { key, members }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn shares_add_up_exactly_and_lie_within_a_krona(
        joint in any_joint(),
        investment in 0.0f64..1e12,
        running in 0.0f64..1e9,
        hours in 0.0f64..1e7,
        npv in -1e12f64..1e12,
    ) {
        let fractions = match fractions(&joint) {
            Ok(f) => f,
            // Floor-rounded users may all be zero; that refusal is the right answer.
            Err(SplitError::ZeroBasis) => return Ok(()),
            Err(e) => return Err(TestCaseError::fail(format!("{e:?}"))),
        };
        let s = split(&joint, &Totals { investment, running_per_year: running, freed_hours: hours, npv }).unwrap();
        type Pick = fn(&beredning::core::portfolio::split::Share) -> i64;
        let picks: [Pick; 4] = [|m| m.investment, |m| m.running_per_year, |m| m.freed_hours, |m| m.npv];
        for pick in picks {
            let total = pick(&s.total);
            let parts: Vec<i64> = s.shares.iter().map(pick).collect();
            prop_assert_eq!(parts.iter().sum::<i64>(), total);
            for (part, fraction) in parts.iter().zip(&fractions) {
                let exact = total as f64 * fraction;
                prop_assert!((*part as f64 - exact).abs() < 1.0 + 1e-6 * exact.abs().max(1.0),
                    "share {} against exact {}", part, exact);
            }
        }
    }

    #[test]
    fn apportion_sums_for_any_fractions(total in -1_000_000_000i64..1_000_000_000, raw in prop::collection::vec(0.0f64..1.0, 1..=30)) {
        let sum: f64 = raw.iter().sum();
        prop_assume!(sum > 0.0);
        let f: Vec<f64> = raw.iter().map(|r| r / sum).collect();
        prop_assert_eq!(apportion(total, &f).iter().sum::<i64>(), total);
    }
}

fn with_joint_initiative() -> (Plan, String) {
    let mut plan = example_plan();
    let initiative = &mut plan.initiatives[0];
    initiative.analysis.costs.investments = vec![Investment {
        year: 0,
        amount: Estimate::new(300_000.0),
    }];
    initiative.joint = Some(three_by_population());
    let id = initiative.id.clone();
    (plan, id)
}

#[test]
fn a_share_taken_in_is_scaled_and_linked() {
    let (plan, id) = with_joint_initiative();
    let initiative = plan.initiative(&id).unwrap();
    let target = Plan::blank("own".into(), "Köpings plan", "2025-01-01T00:00:00Z");
    let source = ShareSource {
        plan: &plan,
        initiative,
        member: 1,
    };
    let mut ids = SequentialIds::new("s");
    let share = share_initiative(&source, &target, "Andel", &mut ids, "now").unwrap();
    let link = share.joint_link.as_ref().unwrap();
    assert_eq!(
        (
            link.plan_id.as_str(),
            link.initiative_id.as_str(),
            link.member.as_str()
        ),
        (plan.id.as_str(), id.as_str(), "Köping")
    );
    assert!((link.share_percent - 26.0 / 205.0 * 100.0).abs() < 1e-9);
    assert_eq!(
        share.analysis.costs.investments[0].amount.expected,
        300_000.0 * 26.0 / 205.0
    );
    assert!(share.analysis.goal_ids.is_empty());
    assert!(share.joint.is_none());
    // Same parameters: the share's NPV is the exact share of the joint NPV.
    let mut same = plan.clone();
    same.initiatives = vec![share.clone()];
    let joint_npv = totals(&plan, initiative).npv;
    let share_npv = totals(&same, &share).npv;
    assert!(
        (share_npv - joint_npv * 26.0 / 205.0).abs() < 1e-6,
        "{share_npv} vs {joint_npv}"
    );
    // An organisation that is not in the list is refused.
    let missing = ShareSource {
        plan: &plan,
        initiative,
        member: 7,
    };
    assert!(share_initiative(&missing, &target, "Andel", &mut ids, "now").is_err());
}

#[test]
fn joint_data_travels_in_the_plan_file() {
    let (plan, id) = with_joint_initiative();
    let json = beredning::core::format::to_json(&plan, None, true);
    assert!(json.contains("\"per_inhabitant\""));
    let back = beredning::core::format::import::import_text(&json)
        .unwrap()
        .plan;
    assert_eq!(
        back.initiative(&id).unwrap().joint,
        Some(three_by_population())
    );
    // An initiative that is not joint writes no joint fields at all.
    let plain = example_plan();
    let json = beredning::core::format::to_json(&plain, None, true);
    assert!(!json.contains("\"joint"));
}
