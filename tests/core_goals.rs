//! Editing a plan's own goals: names are checked, order is kept, and removing a goal moves its
//! links where the user chose, never dropping one silently.

use beredning::core::model::goal_edit::{GoalError, GoalLinks};
use beredning::core::model::ids::IdSource;
use beredning::core::{Activity, GoalKind, Initiative, Plan};

struct Seq(u32);
impl IdSource for Seq {
    fn next_id(&mut self) -> String {
        self.0 += 1;
        format!("id-{}", self.0)
    }
}

/// A blank plan with goals A, B, C; initiative 1 links to A and B, initiative 2 to A only;
/// activity x under A, y under C, z outside the goals.
fn plan() -> Plan {
    let mut p = Plan::blank("p".into(), "Vår plan", "2026-01-01T00:00:00Z");
    for (id, name) in [
        ("a", "Tillgänglighet"),
        ("b", "Kvalitet"),
        ("c", "Effektivitet"),
    ] {
        p.add_goal(id.into(), name, GoalKind::Inriktningsmal)
            .expect("a new name");
    }
    let mut one = Initiative::new("i1".into(), "Ett", "2026-01-01T00:00:00Z");
    one.analysis.goal_ids = vec!["a".into(), "b".into()];
    let mut two = Initiative::new("i2".into(), "Två", "2026-01-01T00:00:00Z");
    two.analysis.goal_ids = vec!["a".into()];
    p.initiatives = vec![one, two];
    p.activities = vec![
        Activity::new("x".into(), Some("a".into())),
        Activity::new("y".into(), Some("c".into())),
        Activity::new("z".into(), None),
    ];
    p
}

fn names(p: &Plan) -> Vec<&str> {
    p.framework.goals.iter().map(|g| g.name.as_str()).collect()
}

fn links(p: &Plan, initiative: usize) -> Vec<&str> {
    p.initiatives[initiative]
        .analysis
        .goal_ids
        .iter()
        .map(String::as_str)
        .collect()
}

fn activity_goals(p: &Plan) -> Vec<Option<&str>> {
    p.activities.iter().map(|a| a.goal_id.as_deref()).collect()
}

#[test]
fn a_blank_plan_gets_its_own_goals() {
    let mut p = Plan::blank("p".into(), "Tom plan", "2026-01-01T00:00:00Z");
    assert!(p.framework.goals.is_empty());
    let mut ids = Seq(0);
    p.add_goal(
        ids.next_id(),
        "  Ökad tillgänglighet ",
        GoalKind::StrategisktMal,
    )
    .expect("added");
    assert_eq!(names(&p), ["Ökad tillgänglighet"]);
    assert_eq!(p.framework.goals[0].kind, GoalKind::StrategisktMal);
    assert_eq!(p.framework.goals[0].id, "id-1");
}

#[test]
fn empty_and_duplicate_names_are_refused_and_change_nothing() {
    let mut p = plan();
    let before = p.clone();
    assert_eq!(
        p.add_goal("d".into(), "   ", GoalKind::Effektmal),
        Err(GoalError::EmptyName)
    );
    assert_eq!(
        p.add_goal("d".into(), " kvalitet ", GoalKind::Effektmal),
        Err(GoalError::DuplicateName)
    );
    assert_eq!(p.rename_goal("a", ""), Err(GoalError::EmptyName));
    assert_eq!(
        p.rename_goal("a", "EFFEKTIVITET"),
        Err(GoalError::DuplicateName)
    );
    assert_eq!(p.rename_goal("gone", "Ny"), Err(GoalError::NoSuchGoal));
    assert_eq!(p, before);
    // A goal may keep its own name, in other letters.
    p.rename_goal("a", "TILLGÄNGLIGHET").expect("its own name");
    assert_eq!(names(&p)[0], "TILLGÄNGLIGHET");
}

#[test]
fn kind_and_description_are_set_on_the_goal() {
    let mut p = plan();
    p.set_goal_kind("b", GoalKind::Effektmal)
        .expect("b is there");
    p.describe_goal("b", "Mätbar effekt för invånarna")
        .expect("b is there");
    assert_eq!(p.framework.goals[1].kind, GoalKind::Effektmal);
    assert_eq!(
        p.framework.goals[1].description,
        "Mätbar effekt för invånarna"
    );
    assert_eq!(
        p.set_goal_kind("gone", GoalKind::Effektmal),
        Err(GoalError::NoSuchGoal)
    );
}

#[test]
fn goals_move_up_and_down_within_the_list() {
    let mut p = plan();
    assert!(p.move_goal("c", true));
    assert_eq!(names(&p), ["Tillgänglighet", "Effektivitet", "Kvalitet"]);
    assert!(p.move_goal("a", false));
    assert_eq!(names(&p), ["Effektivitet", "Tillgänglighet", "Kvalitet"]);
    assert!(!p.move_goal("c", true), "first already");
    assert!(!p.move_goal("b", false), "last already");
    assert!(!p.move_goal("gone", true));
    assert_eq!(names(&p), ["Effektivitet", "Tillgänglighet", "Kvalitet"]);
}

#[test]
fn links_are_counted_before_removal() {
    let p = plan();
    assert_eq!(
        p.goal_links("a"),
        GoalLinks {
            initiatives: 2,
            activities: 1
        }
    );
    assert_eq!(p.goal_links("a").total(), 3);
    assert_eq!(
        p.goal_links("b"),
        GoalLinks {
            initiatives: 1,
            activities: 0
        }
    );
    assert_eq!(p.goal_links("gone"), GoalLinks::default());
}

#[test]
fn removing_a_goal_moves_its_links_to_another_goal() {
    let mut p = plan();
    let removed = p.remove_goal("a", Some("b")).expect("a is there");
    assert_eq!(removed.name, "Tillgänglighet");
    assert_eq!(names(&p), ["Kvalitet", "Effektivitet"]);
    // Initiative 1 already linked to B keeps one link; initiative 2 moves from A to B.
    assert_eq!(links(&p, 0), ["b"]);
    assert_eq!(links(&p, 1), ["b"]);
    assert_eq!(activity_goals(&p), [Some("b"), Some("c"), None]);
    assert_eq!(
        p.goal_links("b"),
        GoalLinks {
            initiatives: 2,
            activities: 1
        }
    );
}

#[test]
fn removing_a_goal_to_the_work_outside_the_goals() {
    let mut p = plan();
    p.remove_goal("a", None).expect("a is there");
    assert_eq!(links(&p, 0), ["b"]);
    assert!(links(&p, 1).is_empty());
    assert_eq!(activity_goals(&p), [None, Some("c"), None]);
}

#[test]
fn a_removal_with_a_bad_target_changes_nothing() {
    let mut p = plan();
    let before = p.clone();
    assert_eq!(p.remove_goal("a", Some("a")), Err(GoalError::BadTarget));
    assert_eq!(p.remove_goal("a", Some("gone")), Err(GoalError::BadTarget));
    assert_eq!(p.remove_goal("gone", None), Err(GoalError::NoSuchGoal));
    assert_eq!(p, before);
}

#[test]
fn no_link_points_at_a_removed_goal() {
    // Any goal removed towards any target (or none): afterwards every link names a goal of the
    // plan or is gone, and the number of linked activities is unchanged.
    let ids = ["a", "b", "c"];
    for removed in ids {
        for target in [None, Some("a"), Some("b"), Some("c")] {
            let mut p = plan();
            let activities_before = p.activities.len();
            if p.remove_goal(removed, target).is_err() {
                assert_eq!(target, Some(removed));
                continue;
            }
            let known = |g: &str| p.framework.goal(g).is_some();
            assert!(p
                .initiatives
                .iter()
                .all(|i| i.analysis.goal_ids.iter().all(|g| known(g))));
            assert!(p
                .activities
                .iter()
                .all(|a| a.goal_id.as_deref().is_none_or(known)));
            assert_eq!(p.activities.len(), activities_before);
        }
    }
}

#[test]
fn a_goal_kinds_key_is_what_serde_writes() {
    for kind in GoalKind::ALL {
        assert_eq!(
            serde_json::to_value(kind).ok(),
            Some(serde_json::Value::from(kind.key()))
        );
    }
}

#[test]
fn goal_links_are_set_in_the_plans_goal_order() {
    let mut p = plan();
    p.set_goal_links("i2", &["c".into(), "b".into()])
        .expect("both goals are there");
    assert_eq!(links(&p, 1), ["b", "c"]);
    p.set_goal_links("i2", &[]).expect("no goal at all");
    assert!(links(&p, 1).is_empty());
}

#[test]
fn a_link_to_a_goal_removed_meanwhile_is_refused_and_changes_nothing() {
    // The analysis form offered goal B, then B was removed in another view or tab.
    let mut p = plan();
    p.remove_goal("b", None).expect("b is there");
    let before = p.clone();
    assert_eq!(
        p.set_goal_links("i2", &["a".into(), "b".into()]),
        Err(GoalError::NoSuchGoal)
    );
    assert_eq!(p, before);
    assert_eq!(
        p.set_goal_links("gone", &["a".into()]),
        Err(GoalError::NoSuchInitiative)
    );
    assert_eq!(p, before);
}

#[test]
fn a_link_the_goals_cannot_show_is_kept() {
    // An imported file may link to an id the plan's goals do not have: the form cannot show it,
    // so setting the links it shows leaves that one as it was.
    let mut p = plan();
    p.initiatives[1].analysis.goal_ids = vec!["elsewhere".into(), "a".into()];
    p.set_goal_links("i2", &["c".into()]).expect("c is there");
    assert_eq!(links(&p, 1), ["elsewhere", "c"]);
}
