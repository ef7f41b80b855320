//! What changed between two plans: every kind of change is found, nothing when nothing changed.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::content::example::{example_plan, large_plan};
use beredning::core::model::initiative::{Decision, DecisionOutcome};
use beredning::core::workflow::changes::{plan_changes, InitiativeField, Value};
use beredning::core::{ActivityStatus, Plan};
use proptest::prelude::*;

fn base() -> Plan {
    example_plan()
}

#[test]
fn equal_plans_have_no_changes() {
    let p = base();
    assert!(plan_changes(&p, &p).is_empty());
}

#[test]
fn bookkeeping_fields_are_not_changes() {
    let old = base();
    let mut new = old.clone();
    new.modified = "2030-01-01T00:00:00.000Z".into();
    new.last_exported = Some("2030-01-01T00:00:00.000Z".into());
    new.change_summary = "Uppdaterat".into();
    assert!(plan_changes(&old, &new).is_empty());
}

#[test]
fn a_changed_title_is_reported_old_to_new() {
    let old = base();
    let mut new = old.clone();
    new.initiatives[0].title = "Ny titel".into();
    let c = plan_changes(&old, &new);
    assert_eq!(c.initiatives_changed.len(), 1);
    let f = &c.initiatives_changed[0].fields[0];
    assert_eq!(f.field, InitiativeField::Title);
    assert_eq!(f.old, Value::Text(old.initiatives[0].title.clone()));
    assert_eq!(f.new, Value::Text("Ny titel".into()));
    assert!(c.initiatives_added.is_empty() && c.initiatives_removed.is_empty());
}

#[test]
fn added_and_removed_initiatives_are_reported_once() {
    let old = base();
    let mut new = old.clone();
    let removed = new.initiatives.remove(0);
    let mut added = new.initiatives[0].clone();
    added.id = "added-one".into();
    new.initiatives.push(added);
    let c = plan_changes(&old, &new);
    assert_eq!(c.initiatives_removed.len(), 1);
    assert_eq!(c.initiatives_removed[0].id, removed.id);
    assert_eq!(c.initiatives_added.len(), 1);
    assert_eq!(c.initiatives_added[0].id, "added-one");
}

#[test]
fn a_new_decision_and_a_changed_outcome_are_reported() {
    let old = base();
    let mut new = old.clone();
    new.initiatives[0].decisions.push(Decision {
        id: "d-new".into(),
        outcome: DecisionOutcome::Vilande,
        date: "2026-03-01".into(),
        forum: String::new(),
        reason: String::new(),
        responsible: String::new(),
        period: String::new(),
        budget: None,
    });
    let c = plan_changes(&old, &new);
    assert_eq!(c.decisions.len(), 1);
    assert_eq!(c.decisions[0].old, None);
    assert_eq!(
        c.decisions[0].new,
        (DecisionOutcome::Vilande, "2026-03-01".into())
    );
}

#[test]
fn activities_added_removed_and_status_changes_are_reported() {
    let old = base();
    let mut new = old.clone();
    let gone = new.activities.remove(0);
    new.activities[0].status = if new.activities[0].status == ActivityStatus::Avbruten {
        ActivityStatus::Genomford
    } else {
        ActivityStatus::Avbruten
    };
    let mut extra = new.activities[0].clone();
    extra.id = "act-new".into();
    new.activities.push(extra);
    let c = plan_changes(&old, &new);
    assert_eq!(c.activities_removed.len(), 1);
    assert_eq!(c.activities_removed[0].id, gone.id);
    assert_eq!(c.activities_added.len(), 1);
    assert_eq!(c.activity_status.len(), 1);
    assert_eq!(c.activity_status[0].old, old.activities[1].status);
}

#[test]
fn goals_and_criteria_changes_are_reported() {
    let old = base();
    let mut new = old.clone();
    new.framework.goals[0].name = "Nytt mål".into();
    let removed_goal = new.framework.goals.remove(1);
    new.framework.criteria[0].weight += 5.0;
    new.framework.criteria[1].name = "Nytt kriterium".into();
    let c = plan_changes(&old, &new);
    assert_eq!(c.goals_renamed.len(), 1);
    assert_eq!(c.goals_renamed[0].new, "Nytt mål");
    assert_eq!(c.goals_removed[0].id, removed_goal.id);
    assert_eq!(c.criteria_weights.len(), 1);
    assert_eq!(c.criteria_weights[0].old + 5.0, c.criteria_weights[0].new);
    assert_eq!(c.criteria_renamed.len(), 1);
    // A weight change moves scores, so the key figures report it too.
    assert!(!c.figures.is_empty());
}

#[test]
fn a_changed_discount_rate_moves_npv_under_each_plans_own_parameters() {
    let old = base();
    let mut new = old.clone();
    new.params.discount_rate_percent.value += 2.0;
    let c = plan_changes(&old, &new);
    assert!(c
        .figures
        .iter()
        .any(|f| (f.old.npv - f.new.npv).abs() > 1.0));
    assert!(c.initiatives_changed.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]
    #[test]
    fn a_plan_compared_with_itself_has_no_changes(n in 1usize..30) {
        let p = large_plan(n);
        prop_assert!(plan_changes(&p, &p).is_empty());
    }

    #[test]
    fn removing_one_initiative_is_reported_once(n in 2usize..30, pick in 0usize..30) {
        let old = large_plan(n);
        let mut new = old.clone();
        let gone = new.initiatives.remove(pick % n);
        let c = plan_changes(&old, &new);
        prop_assert_eq!(c.initiatives_removed.len(), 1);
        prop_assert_eq!(&c.initiatives_removed[0].id, &gone.id);
        prop_assert!(c.initiatives_added.is_empty());
        let back = plan_changes(&new, &old);
        prop_assert_eq!(back.initiatives_added.len(), 1);
        prop_assert!(back.initiatives_removed.is_empty());
    }
}
