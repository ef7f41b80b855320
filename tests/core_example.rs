//! The example plan tells seed 002's story (docs/domain.md §6): the 2018–2019 plan fastställd
//! with its follow-up (bilaga 2), then the 2019–2021 plan as its revision with the complete
//! bilaga 1. The texts are checked against the document itself: the fixtures are its two
//! appendices as extracted, bilaga 2 without the text of its footnotes (which stands between
//! two rows). Whitespace is not compared, since the extract breaks lines where the page did.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::content::example::{example_plan, FOLLOWED_UP_YEAR};
use beredning::core::format::import::import_text;
use beredning::core::format::{self, FORMAT_VERSION};
use beredning::core::portfolio::followup_report::follow_up_report;
use beredning::core::workflow::changes::plan_changes;
use beredning::core::workflow::versions::{changed_since, version_in_force};
use beredning::core::{Activity, ActivityStatus, GoalKind, Period, Plan};

const BILAGA_1: &str = include_str!("fixtures/seed-002-bilaga-1.txt");
const BILAGA_2: &str = include_str!("fixtures/seed-002-bilaga-2.txt");

/// Footnote markers the document writes after a word, which the example leaves out.
const FOOTNOTE_MARKERS: [(&str, &str); 6] = [
    ("LIKA2", "LIKA"),
    ("(GDPR)3", "(GDPR)"),
    ("tjänstedesign4", "tjänstedesign"),
    ("plattform)5", "plattform)"),
    ("e-arkiv6", "e-arkiv"),
    ("mobiltäckning7", "mobiltäckning"),
];

/// The one edit in bilaga 1: two parties on two lines of one Ansvarig cell get a comma.
const RESPONSIBLE_ON_ONE_LINE: [(&str, &str); 1] = [(
    "respektivekommunKulturutveckling",
    "respektivekommun,Kulturutveckling",
)];

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The document's text without whitespace, with the example's `edits` made.
fn document(text: &str, edits: &[(&str, &str)]) -> String {
    edits.iter().fold(squash(text), |text, (from, to)| {
        assert_eq!(text.matches(from).count(), 1, "{from} once in the document");
        text.replace(from, to)
    })
}

/// The Status cell as the document writes it: the remark where it says more than the status.
fn status_cell(a: &Activity) -> &str {
    match (a.note.as_str(), a.status) {
        ("", ActivityStatus::Pagar) => "Pågår",
        ("", ActivityStatus::Beslutad) => "Beslutad",
        ("", ActivityStatus::Ny) => "Ny",
        ("", status) => panic!("bilaga 1 has no status {status:?}"),
        (note, _) => note,
    }
}

fn previous(plan: &Plan) -> &Plan {
    &version_in_force(plan).expect("a version in force").plan
}

#[test]
fn the_2018_2019_version_holds_every_row_of_bilaga_2_verbatim() {
    let plan = example_plan();
    let old = previous(&plan);
    assert_eq!(old.activities.len(), 7, "bilaga 2 has seven rows");
    let rows: String = old
        .activities
        .iter()
        .map(|a| {
            assert_eq!(a.outcomes.len(), 1, "{}: one Utfall", a.title);
            assert_eq!(a.outcomes[0].year, FOLLOWED_UP_YEAR);
            format!("{}{}{}", a.title, a.period, a.outcomes[0].text)
        })
        .collect();
    // Every row, in order, Aktivitet then Period then Utfall, with nothing left out or added.
    assert_eq!(squash(&rows), document(BILAGA_2, &FOOTNOTE_MARKERS));
    // Each grouped under one of the plan's inriktningsmål.
    for a in &old.activities {
        let goal = old
            .framework
            .goals
            .iter()
            .find(|g| a.goal_id.as_deref() == Some(g.id.as_str()));
        assert_eq!(
            goal.map(|g| g.kind),
            Some(GoalKind::Inriktningsmal),
            "{}",
            a.title
        );
    }
}

#[test]
fn the_2018_2019_version_is_decided_and_followed_up_in_its_report() {
    let plan = example_plan();
    let version = version_in_force(&plan).expect("a version in force");
    assert_eq!(plan.versions.len(), 1);
    assert_eq!(version.forum, "Regionala ledningsgruppen");
    assert!(version.note.starts_with("Handlingsplan 2018–2019"));
    assert!(
        version.reference.starts_with("Exempel"),
        "the seed gives no reference: the text says it is an example, not a § number"
    );
    assert!(version.plan.versions.is_empty(), "versions never nest");
    let old = &version.plan;
    assert_eq!(
        old.period,
        Period {
            start_year: 2018,
            end_year: 2019
        }
    );
    assert_eq!(
        old.framework.goals, plan.framework.goals,
        "the same goals, matched by id"
    );
    assert_eq!(old.framework.criteria, plan.framework.criteria);

    let report = follow_up_report(old, FOLLOWED_UP_YEAR);
    let rows: Vec<_> = report.goals.iter().flat_map(|s| &s.rows).collect();
    assert_eq!(rows.len(), 7);
    assert!(
        report.goals.iter().all(|s| s.goal_id.is_some()),
        "no Övrigt"
    );
    for a in &old.activities {
        let row = rows
            .iter()
            .find(|r| r.activity_id == a.id)
            .expect("in the report");
        assert_eq!(
            (row.title.as_str(), row.period.as_str()),
            (a.title.as_str(), a.period.as_str())
        );
        assert_eq!(row.outcome.as_deref(), Some(a.outcomes[0].text.as_str()));
    }
    // The mobile coverage survey, planned for 2019 instead, is the year's one late activity.
    assert_eq!(report.deviations.len(), 1, "{:?}", report.deviations);
}

#[test]
fn the_current_plan_holds_all_eight_rows_of_bilaga_1_verbatim() {
    let plan = example_plan();
    let ongoing: Vec<&Activity> = plan
        .activities
        .iter()
        .filter(|a| a.goal_id.is_none())
        .collect();
    assert_eq!(ongoing.len(), 8, "bilaga 1 has eight rows");
    let rows: String = ongoing
        .iter()
        .map(|a| format!("{}{}{}{}", a.title, a.period, a.responsible, status_cell(a)))
        .collect();
    assert_eq!(squash(&rows), document(BILAGA_1, &RESPONSIBLE_ON_ONE_LINE));
    let notes: Vec<&str> = ongoing.iter().map(|a| a.note.as_str()).collect();
    assert!(notes.contains(&"Beslutad? Är detta genomfört under 2018?"));
    assert_eq!(
        notes
            .iter()
            .filter(|n| **n == "Beslutad, ska påbörjas")
            .count(),
        2
    );
    assert!(ongoing.iter().all(|a| a.in_handlingsplan()));
}

#[test]
fn the_current_plan_is_the_revision_of_the_2018_2019_version() {
    let plan = example_plan();
    let version = version_in_force(&plan).expect("a version in force");
    let from = plan.revised_from.as_ref().expect("revised from 2018–2019");
    assert_eq!(from.version_id.as_deref(), Some(version.id.as_str()));
    assert_eq!(
        (from.plan_id.as_str(), from.period),
        (version.plan.id.as_str(), version.plan.period)
    );
    assert_eq!(from.name, version.plan.name);
    assert_eq!(
        plan.params_to_review, None,
        "the parameters were gone through for 2019"
    );
    assert!(changed_since(&plan, version));

    // Bilaga 2's activities travel with their ids and Utfall; the finished ones are kept for
    // the follow-up record only, the open ones stay in the handlingsplan.
    for old in &version.plan.activities {
        let now = plan
            .activities
            .iter()
            .find(|a| a.id == old.id)
            .expect("carried over");
        assert_eq!(
            (&now.title, &now.outcomes, now.status),
            (&old.title, &old.outcomes, old.status)
        );
        let finished = old.status == ActivityStatus::Genomford;
        assert_eq!(now.in_handlingsplan(), !finished, "{}", old.title);
    }
    // "Planeras att genomföras under 2019 och är därför även med i handlingsplanen för 2019-2021."
    let mobile = plan
        .activities
        .iter()
        .find(|a| {
            a.outcomes
                .iter()
                .any(|o| o.text.starts_with("Planeras att genomföras under 2019"))
        })
        .expect("the mobile coverage survey");
    assert_eq!(mobile.period, "2019");
    assert!(mobile.in_handlingsplan());

    // What changed since: the 2019–2021 plan's own activities and its initiatives are new;
    // nothing of 2018–2019 was dropped.
    let changes = plan_changes(&version.plan, &plan);
    assert_eq!(changes.activities_added.len(), 10 + 8);
    assert_eq!(changes.initiatives_added.len(), plan.initiatives.len());
    assert!(changes.activities_removed.is_empty());
    assert!(changes.goals_added.is_empty() && changes.goals_removed.is_empty());
    assert!(changes.criteria_added.is_empty() && changes.criteria_weights.is_empty());
}

#[test]
fn the_example_passes_the_import_checks_and_round_trips_unchanged() {
    let plan = example_plan();
    let text = format::to_json(&plan, None, true);
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(value["format_version"], FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 4);
    let imported = import_text(&text).expect("the example imports without problems");
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(imported.source_version, 4);
    assert_eq!(imported.plan, plan);
    assert_eq!(example_plan(), plan, "the same every time it is built");
}

/// The plan list draws the example from its summary before the plan is built (a first visit):
/// the summary must be the plan's.
#[test]
fn the_example_summary_is_the_example_plans() {
    use beredning::core::content::example::example_summary;
    use beredning::core::model::summary::PlanSummary;
    assert_eq!(example_summary(), PlanSummary::of(&example_plan()));
}
