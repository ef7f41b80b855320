//! The walkthrough's rules: steps, what is missing, and recording decisions.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::calc::Gate;
use beredning::core::content::example::example_plan;
use beredning::core::model::activity::ActivityStatus;
use beredning::core::model::initiative::{
    Decision, DecisionOutcome, Initiative, Stage, TargetGroup,
};
use beredning::core::workflow::walkthrough::{
    missing, record_decision, DecisionError, Missing, Step,
};

fn decision(outcome: DecisionOutcome, forum: &str) -> Decision {
    Decision {
        id: format!("d-{forum}"),
        outcome,
        date: "2024-03-12".into(),
        forum: forum.into(),
        reason: "Motivering".into(),
        responsible: "Socialjouren".into(),
        period: "2024–2025".into(),
        budget: Some(300_000.0),
    }
}

#[test]
fn steps_have_slugs_order_and_resume_points() {
    for step in Step::ALL {
        assert_eq!(Step::from_slug(step.slug()), Some(step));
    }
    assert_eq!(Step::from_slug("okänd"), None);
    assert_eq!(Step::Need.next(), Some(Step::Analysis));
    assert_eq!(Step::Decision.next(), None);
    assert_eq!(Step::Need.previous(), None);
    assert_eq!(Step::Priority.previous(), Some(Step::Analysis));
    let mut i = Initiative::new("i".into(), "T", "now");
    assert_eq!(Step::resume(&i), Step::Need);
    i.stage = Stage::Analys;
    assert_eq!(Step::resume(&i), Step::Analysis);
    i.stage = Stage::Handlingsplan;
    assert_eq!(Step::resume(&i), Step::Decision);
}

#[test]
fn a_blank_need_lists_everything_missing_and_a_full_one_nothing() {
    let plan = example_plan();
    let mut i = Initiative::new("n".into(), " ", "now");
    assert_eq!(
        missing(Step::Need, &i, &plan),
        vec![
            Missing::Title,
            Missing::Problem,
            Missing::TargetGroup,
            Missing::ProposingUnit,
            Missing::Gate(Gate::VerifiedNeed)
        ]
    );
    i.title = "E-tjänst".into();
    i.need.problem = "Papper".into();
    i.need.target_groups = vec![TargetGroup::Invanare];
    i.need.proposing_unit = "Bygg".into();
    i.need.verified = true;
    assert!(missing(Step::Need, &i, &plan).is_empty());
}

#[test]
fn analysis_and_priority_name_the_missing_gates_and_scores() {
    let plan = example_plan();
    let archive = &plan.initiatives[4];
    let analysis = missing(Step::Analysis, archive, &plan);
    assert!(analysis.contains(&Missing::Benefits));
    assert!(analysis.contains(&Missing::Gate(Gate::NamedOwner)));
    assert!(analysis.contains(&Missing::Gate(Gate::FinancingPlan)));
    assert!(!analysis.contains(&Missing::Costs));
    let coverage = &plan.initiatives[2];
    let priority = missing(Step::Priority, coverage, &plan);
    let unscored = priority
        .iter()
        .filter(|m| matches!(m, Missing::Score(_)))
        .count();
    assert_eq!(unscored, plan.framework.criteria.len());
    assert!(missing(Step::Priority, &plan.initiatives[0], &plan).is_empty());
}

#[test]
fn a_prioritised_decision_adds_history_stage_and_one_activity() {
    let mut plan = example_plan();
    let id = plan.initiatives[0].id.clone();
    let before = plan.activities.len();
    record_decision(
        &mut plan,
        &id,
        decision(DecisionOutcome::Prioriterad, "Ledningsgrupp"),
        "a-new".into(),
    )
    .unwrap();
    let i = plan.initiative(&id).unwrap();
    assert_eq!(i.stage, Stage::Handlingsplan);
    assert_eq!(i.decisions.len(), 1);
    assert_eq!(plan.activities.len(), before + 1);
    let activity = plan.activities.last().unwrap();
    assert_eq!(activity.initiative_id.as_deref(), Some(id.as_str()));
    assert_eq!(
        (
            activity.status,
            activity.responsible.as_str(),
            activity.period.as_str()
        ),
        (ActivityStatus::Beslutad, "Socialjouren", "2024–2025")
    );
    assert_eq!(
        activity.goal_id,
        plan.initiatives[0].analysis.goal_ids.first().cloned()
    );

    // A later decision is added to the history; a renewed prioritisation adds no twin activity.
    record_decision(
        &mut plan,
        &id,
        decision(DecisionOutcome::Vilande, "Styrgrupp"),
        "a-2".into(),
    )
    .unwrap();
    record_decision(
        &mut plan,
        &id,
        decision(DecisionOutcome::Prioriterad, "Strategigrupp"),
        "a-3".into(),
    )
    .unwrap();
    let i = plan.initiative(&id).unwrap();
    let forums: Vec<_> = i.decisions.iter().map(|d| d.forum.as_str()).collect();
    assert_eq!(forums, ["Ledningsgrupp", "Styrgrupp", "Strategigrupp"]);
    assert_eq!(
        i.current_decision().map(|d| d.outcome),
        Some(DecisionOutcome::Prioriterad)
    );
    assert_eq!(plan.activities.len(), before + 1);
}

#[test]
fn outcomes_move_the_stage() {
    for (outcome, stage) in [
        (DecisionOutcome::Avslagen, Stage::Avslutad),
        (DecisionOutcome::Vilande, Stage::Beslut),
        (DecisionOutcome::Aterremitterad, Stage::Analys),
    ] {
        let mut plan = example_plan();
        let id = plan.initiatives[3].id.clone();
        let before = plan.activities.len();
        record_decision(&mut plan, &id, decision(outcome, "Forum"), "x".into()).unwrap();
        assert_eq!(plan.initiative(&id).unwrap().stage, stage);
        assert_eq!(
            plan.activities.len(),
            before,
            "only a prioritised initiative gets an activity"
        );
    }
}

#[test]
fn a_gate_blocked_initiative_cannot_be_prioritised_and_nothing_changes() {
    let mut plan = example_plan();
    let id = plan.initiatives[4].id.clone();
    let before = plan.clone();
    let result = record_decision(
        &mut plan,
        &id,
        decision(DecisionOutcome::Prioriterad, "Forum"),
        "x".into(),
    );
    assert_eq!(
        result,
        Err(DecisionError::GatesNotMet(vec![
            Gate::NamedOwner,
            Gate::FinancingPlan
        ]))
    );
    assert_eq!(plan, before);
    // It can still be sent back for more analysis.
    record_decision(
        &mut plan,
        &id,
        decision(DecisionOutcome::Aterremitterad, "Forum"),
        "x".into(),
    )
    .unwrap();
}

#[test]
fn a_decision_needs_a_date_a_forum_and_an_existing_initiative() {
    let mut plan = example_plan();
    let id = plan.initiatives[0].id.clone();
    let mut d = decision(DecisionOutcome::Vilande, "Forum");
    d.date = " ".into();
    assert_eq!(
        record_decision(&mut plan, &id, d, "x".into()),
        Err(DecisionError::NoDate)
    );
    let mut d = decision(DecisionOutcome::Vilande, "Forum");
    d.forum = String::new();
    assert_eq!(
        record_decision(&mut plan, &id, d, "x".into()),
        Err(DecisionError::NoForum)
    );
    assert_eq!(
        record_decision(
            &mut plan,
            "finns-inte",
            decision(DecisionOutcome::Vilande, "F"),
            "x".into()
        ),
        Err(DecisionError::NoInitiative)
    );
    assert_eq!(plan, example_plan());
}
