//! Undo and redo: every change can be taken back and done again, a burst of typing in one field
//! is one step, and a very large plan keeps fewer (but at least some) steps.

use beredning::core::workflow::history::{History, BURST_MS, MAX_KEPT_ITEMS, MAX_STEPS};

#[test]
fn undo_and_redo_walk_back_and_forth() {
    let mut h = History::default();
    h.record(0, "a", Some("x"), 0.0, 1);
    h.record(1, "b", Some("y"), 10.0, 1);
    // The state is now 2.
    let back = h.undo(2).expect("b can be undone");
    assert_eq!((back.state, back.label.as_str()), (1, "b"));
    let back = h.undo(1).expect("a can be undone");
    assert_eq!((back.state, back.label.as_str()), (0, "a"));
    assert!(h.undo(0).is_none());
    let again = h.redo(0).expect("a can be redone");
    assert_eq!((again.state, again.label.as_str()), (1, "a"));
    assert_eq!(h.next_redo(), Some("b"));
    assert_eq!(h.redo(1).map(|s| s.state), Some(2));
    assert!(!h.can_redo());
}

#[test]
fn a_burst_of_typing_in_one_field_is_one_step() {
    let mut h = History::default();
    for (n, at) in [0.0, 200.0, 400.0, 400.0 + BURST_MS - 1.0]
        .iter()
        .enumerate()
    {
        h.record(n, "Källa", Some("source"), *at, 1);
    }
    assert_eq!(h.steps(), 1);
    assert_eq!(
        h.undo(9).map(|s| s.state),
        Some(0),
        "the state before the burst"
    );
    // A pause, or another field, starts a new step.
    let mut h = History::default();
    h.record(0, "Källa", Some("source"), 0.0, 1);
    h.record(1, "Källa", Some("source"), BURST_MS + 1.0, 1);
    h.record(2, "År", Some("year"), BURST_MS + 2.0, 1);
    h.record(3, "Ta bort nytta", None, BURST_MS + 3.0, 1);
    h.record(4, "Ta bort nytta", None, BURST_MS + 4.0, 1);
    assert_eq!(h.steps(), 5, "clicks never join");
}

#[test]
fn a_new_change_clears_redo() {
    let mut h = History::default();
    h.record(0, "a", None, 0.0, 1);
    h.undo(1);
    assert!(h.can_redo());
    h.record(0, "c", None, 5.0, 1);
    assert!(!h.can_redo());
}

#[test]
fn at_least_fifty_steps_for_ordinary_plans_and_fewer_for_huge_ones() {
    let mut h = History::default();
    for n in 0..200 {
        h.record(n, "ändring", None, n as f64, 60);
    }
    assert_eq!(h.steps(), MAX_STEPS);
    assert_eq!(h.undo(200).map(|s| s.state), Some(199));
    let mut big = History::default();
    for n in 0..200 {
        big.record(n, "ändring", None, n as f64, 1_000);
    }
    assert_eq!(big.steps(), MAX_KEPT_ITEMS / 1_000);
    assert!(big.steps() >= 50);
}

#[test]
fn a_snapshot_shares_unchanged_initiatives_and_restores_the_plan_exactly() {
    use beredning::core::content::example::example_plan;
    use beredning::core::workflow::snapshot::PlanSnapshot;
    let plan = example_plan();
    let n = plan.initiatives.len();
    assert!(n > 2, "the example has initiatives to share");
    let first = PlanSnapshot::take(plan.clone(), None);
    assert_eq!(first.restore(), plan);
    // One initiative changed, one removed: every other one is shared with the snapshot before.
    let mut changed = plan.clone();
    changed.initiatives[0].title = "Ändrad titel".into();
    changed.initiatives.pop();
    changed.name = "Ändrad plan".into();
    let second = PlanSnapshot::take(changed.clone(), Some(&first));
    assert_eq!(second.shared_with(&first), n - 2);
    assert_eq!(second.restore(), changed);
    assert_eq!(first.restore(), plan, "the earlier snapshot is untouched");
}

#[test]
fn snapshots_in_a_history_undo_and_redo_to_the_same_plans() {
    use beredning::core::content::example::example_plan;
    use beredning::core::workflow::snapshot::PlanSnapshot;
    let plan = example_plan();
    let mut h: History<PlanSnapshot> = History::default();
    let mut edited = plan.clone();
    edited.initiatives[1].title = "Nytt namn".into();
    h.record(
        PlanSnapshot::take(plan.clone(), h.latest(true)),
        "titel",
        None,
        0.0,
        1,
    );
    let current = PlanSnapshot::take(edited.clone(), h.latest(true));
    let back = h.undo(current).expect("one step");
    assert_eq!(back.state.restore(), plan);
    let current = PlanSnapshot::take(plan.clone(), h.latest(false));
    let again = h.redo(current).expect("redo");
    assert_eq!(again.state.restore(), edited);
}
