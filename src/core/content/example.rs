//! The example plan a new user meets: Region Västmanland's handlingsplan 2019–2021 for the
//! regional digital agenda (seed 002), with a handful of initiatives at different stages. It
//! tells a plan's year (docs/domain.md §6): the 2018–2019 plan was fastställd with its follow-up
//! (bilaga 2), and the 2019–2021 plan is its revision, with the complete bilaga 1 of ongoing work.
//! It is real enough to learn the tool on, and its first initiative is docs/domain.md's worked
//! example. The data lives in the modules below, one per part of the document.

mod bilaga2;
mod handlingsplan;
mod initiatives;

use crate::core::content::criteria::default_criteria;
use crate::core::content::strategies::{default_mapping, national_strategies, STRATEGY_2017};
use crate::core::model::ids::{IdSource, SequentialIds};
use crate::core::model::summary::PlanSummary;
use crate::core::workflow::revision::close_finished;
use crate::core::{Framework, Goal, GoalKind, OrgKind, Organisation, Period, Plan};

pub use bilaga2::FOLLOWED_UP_YEAR;
use initiatives::{example_initiatives, CREATED, FIRST_YEAR};

/// The example plan's id on first start. Copies get fresh ids.
pub const EXAMPLE_PLAN_ID: &str = "exempelplan";

const EXAMPLE_NAME: &str = "Handlingsplan regional digital agenda 2019–2021";
const EXAMPLE_ORGANISATION: &str = "Region Västmanland";
const LAST_YEAR: i32 = 2021;
/// How many initiatives the example holds (`tests/core_example.rs` checks it against the plan).
const EXAMPLE_INITIATIVES: usize = 5;

/// The example plan's line in the plan list, known without building the plan: a first visit
/// draws it before the chunk that builds and stores the example has arrived.
pub fn example_summary() -> PlanSummary {
    PlanSummary {
        id: EXAMPLE_PLAN_ID.into(),
        name: EXAMPLE_NAME.into(),
        organisation: Some(EXAMPLE_ORGANISATION.into()),
        period: Some((FIRST_YEAR, LAST_YEAR)),
        initiatives: Some(EXAMPLE_INITIATIVES),
        modified: CREATED.into(),
        last_exported: None,
    }
}

/// The four inriktningsmål of seed 002, in the document's order.
pub const INRIKTNINGSMAL: [&str; 4] = [
    "Främja samverkan mellan aktörerna i länet",
    "Öka kunskapen om och användningen av digitaliseringen och dess möjligheter",
    "Främja samverkan och samarbete för bredbandsfrågor",
    "Främja implementering av digitala lösningar",
];

/// The first id the initiatives take: they kept their numbers when the activities got a
/// sequence of their own, since links and files name them (`ex-25` is the worked example).
const FIRST_INITIATIVE_ID: u32 = 25;

/// The example plan, the same every time it is built.
pub fn example_plan() -> Plan {
    let mut ids = SequentialIds::new("ex");
    let goals: Vec<Goal> = INRIKTNINGSMAL
        .iter()
        .map(|name| Goal {
            id: ids.next_id(),
            name: (*name).to_string(),
            kind: GoalKind::Inriktningsmal,
            description: String::new(),
            area_id: None,
        })
        .collect();
    let criteria = default_criteria(&mut ids);
    // A 2019 plan, made under the 2017 strategy: it reads by 2017.
    let framework = Framework {
        goals,
        criteria,
        strategies: national_strategies(),
        lens: Some(STRATEGY_2017.to_string()),
        area_mapping: default_mapping(),
    };

    // The 2018–2019 plan, fastställd with its follow-up; the revision carries its activities
    // over, the finished ones kept for the follow-up record only.
    let followed_up = bilaga2::activities(&framework.goals);
    let (version, revised_from) = bilaga2::decided_version(&framework, followed_up.clone());
    let mut carried = followed_up;
    close_finished(&mut carried);
    if let Some(mobile) = carried.get_mut(bilaga2::CARRIED_TO_2019) {
        mobile.period = "2019".into();
    }

    let mut initiatives_ids = SequentialIds::starting_at("ex", FIRST_INITIATIVE_ID);
    let initiatives =
        example_initiatives(&mut initiatives_ids, &framework.goals, &framework.criteria);
    let mut activities = handlingsplan::activities(&framework.goals);
    // The prioritised library initiative carries out bilaga 1's library row.
    let library_row = handlingsplan::UNDER_GOALS.len() + handlingsplan::LIBRARY_ROW;
    if let (Some(activity), Some(lib)) = (activities.get_mut(library_row), initiatives.get(1)) {
        activity.initiative_id = Some(lib.id.clone());
    }
    activities.extend(carried);

    let mut params = crate::core::CalcParams::default();
    params.price_year.value = 2019;
    params.price_year.year = Some(2019);

    Plan {
        id: EXAMPLE_PLAN_ID.to_string(),
        name: EXAMPLE_NAME.into(),
        organisation: Organisation {
            name: EXAMPLE_ORGANISATION.into(),
            kind: OrgKind::Region,
        },
        period: Period {
            start_year: FIRST_YEAR,
            end_year: LAST_YEAR,
        },
        created: CREATED.into(),
        modified: CREATED.into(),
        last_exported: None,
        framework,
        params,
        initiatives,
        activities,
        // The parameters were gone through for 2019 when the plan was revised.
        revised_from: Some(revised_from),
        params_to_review: None,
        redeployments: Vec::new(),
        versions: vec![version],
        change_summary: String::new(),
        document: Default::default(),
    }
}

/// A plan of `n` initiatives made from the example's, with varied scores and figures (seeded, so
/// always the same), for the benchmark and for tests that need a big plan with every benefit
/// class many times over. The app uses it only for the import's warm-up at idle
/// (`format::shared::warm_up`), so it is in the import's chunk, not the first download.
pub fn large_plan(n: usize) -> Plan {
    let mut plan = example_plan();
    let templates = plan.initiatives.clone();
    let criteria: Vec<String> = plan
        .framework
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let mut seed: u64 = 0x5eed;
    let mut next = move |m: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % m
    };
    plan.initiatives = (0..n)
        .map(|k| {
            let mut i = templates[k % templates.len()].clone();
            i.id = format!("gen-{k}");
            i.title = format!("{} ({k})", i.title);
            for c in &criteria {
                i.scores.insert(c.clone(), 1 + next(5) as u8);
            }
            for b in &mut i.analysis.benefits {
                b.id = format!("gen-{k}-{}", b.id);
            }
            if let Some(inv) = i.analysis.costs.investments.first_mut() {
                inv.amount.expected = 50_000.0 + next(2_000) as f64 * 1_000.0;
            }
            i
        })
        .collect();
    plan
}
