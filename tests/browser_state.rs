//! The app state in a real browser: each plan has its own signal, so an edit to one plan wakes
//! only what reads that plan, and a page reaches a plan only through its `PlanHandle`.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use beredning::core::content::example::{example_plan, large_plan};
use beredning::core::workflow::revision::revise_into_next_year;
use beredning::persistence::MemoryStore;
use beredning::ui::state::{AppState, PlanHandle};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Two plans in a fresh in-memory state (the example plan is added on a first start, so it is
/// one of them).
fn two_plans() -> (AppState, String, String) {
    let state = AppState::with_store(Box::new(MemoryStore::new()));
    let mut other = example_plan();
    other.id = "other-plan".to_string();
    other.name = "En annan plan".to_string();
    state.insert_plan(other, None);
    let ids = state.each_plan_untracked(|p| p.id.clone());
    assert_eq!(ids.len(), 2, "plans: {ids:?}");
    (state, ids[0].clone(), ids[1].clone())
}

/// A memo of one plan's name that counts how often it recomputes.
fn counted_name(handle: PlanHandle) -> (Memo<Option<String>>, Arc<AtomicUsize>) {
    let runs = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&runs);
    let memo = Memo::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        handle.with(|p| p.name.clone())
    });
    (memo, runs)
}

#[wasm_bindgen_test]
fn an_edit_to_one_plan_does_not_wake_readers_of_another() {
    let owner = Owner::new();
    owner.with(|| {
        let (state, first, second) = two_plans();
        let a = PlanHandle::on(state, StoredValue::new(first.clone()));
        let b = PlanHandle::on(state, StoredValue::new(second));
        let (name_a, runs_a) = counted_name(a);
        assert!(name_a.get().is_some());
        assert_eq!(runs_a.load(Ordering::SeqCst), 1);

        assert!(b.edit(|p| p.name = "Ändrad".to_string()));
        assert_eq!(
            b.with_untracked(|p| p.name.clone()).as_deref(),
            Some("Ändrad")
        );
        let _ = name_a.get();
        assert_eq!(
            runs_a.load(Ordering::SeqCst),
            1,
            "editing plan B re-ran a reader of A"
        );

        assert!(a.edit(|p| p.name = "Också ändrad".to_string()));
        assert_eq!(name_a.get().as_deref(), Some("Också ändrad"));
        assert_eq!(
            runs_a.load(Ordering::SeqCst),
            2,
            "editing plan A must re-run its reader"
        );
    });
}

#[wasm_bindgen_test]
fn a_handle_on_a_deleted_plan_reads_nothing_and_edits_nothing() {
    let owner = Owner::new();
    owner.with(|| {
        let (state, first, _) = two_plans();
        let a = PlanHandle::on(state, StoredValue::new(first.clone()));
        let exists = Memo::new(move |_| a.exists());
        assert!(exists.get());
        state.delete_plan(&first);
        assert!(!exists.get());
        assert_eq!(a.with_untracked(|p| p.name.clone()), None);
        assert!(!a.edit(|p| p.name = "Borta".to_string()));
        state.undo_delete();
        assert!(exists.get(), "undo brings the plan back to the same handle");
    });
}

#[wasm_bindgen_test]
fn a_revision_is_added_after_its_plan_and_undo_removes_only_it() {
    let owner = Owner::new();
    owner.with(|| {
        let (state, first, second) = two_plans();
        let old = state.plan_cloned(&first).expect("the first plan");
        let revised =
            revise_into_next_year(&old, "revised-plan".to_string(), "2020-02-10T09:00:00.000Z")
                .expect("revisable");
        state.insert_revision(revised);
        assert_eq!(
            state.each_plan_untracked(|p| p.id.clone()),
            vec![first.clone(), "revised-plan".to_string(), second.clone()],
            "right after the plan it was revised from"
        );
        assert_eq!(state.undo_revision(), Some(first.clone()));
        assert_eq!(
            state.each_plan_untracked(|p| p.id.clone()),
            vec![first.clone(), second]
        );
        assert_eq!(
            state.plan_cloned(&first),
            Some(old),
            "the old plan is untouched"
        );
        assert_eq!(state.undo_revision(), None, "nothing left to undo");
    });
}

/// Edits to a plan stored in parts (more than 100 initiatives), each written and then read
/// back from the store: an edit given one initiative lets the save skip comparing the others,
/// so an edit of the whole plan before or after it must still be written.
#[wasm_bindgen_test]
fn every_kind_of_edit_is_written_when_saves_skip_the_untouched_initiatives() {
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::with_store(Box::new(MemoryStore::new()));
        let mut plan = large_plan(120);
        // Beside the example plan a first start adds.
        plan.id = "stor-plan".to_string();
        let id = plan.id.clone();
        let ids: Vec<String> = plan.initiatives.iter().map(|i| i.id.clone()).collect();
        state.insert_plan(plan, None);
        state.flush_now();
        let handle = PlanHandle::on(state, StoredValue::new(id.clone()));
        let title = |k: usize| {
            let wanted = ids[k].clone();
            handle
                .with_untracked(|p| p.initiative(&wanted).map(|i| i.title.clone()))
                .flatten()
        };
        let reread = || {
            state.flush_now();
            state.reload_from_storage();
        };

        assert!(handle.edit_initiative(&ids[3], |i| i.title = "Tre".into()));
        reread();
        assert_eq!(
            title(3).as_deref(),
            Some("Tre"),
            "an edit of one initiative"
        );

        // An edit of the whole plan that changes an initiative, then one of another initiative:
        // the save must still compare the first.
        assert!(handle.edit(|p| p.initiatives[5].title = "Fem".into()));
        assert!(handle.edit_initiative(&ids[7], |i| i.title = "Sju".into()));
        reread();
        assert_eq!(
            title(5).as_deref(),
            Some("Fem"),
            "the whole-plan edit is written"
        );
        assert_eq!(title(7).as_deref(), Some("Sju"));

        // An undo after an edit of one initiative puts the plan back, in storage too.
        assert!(handle.edit_initiative(&ids[9], |i| i.title = "Nio".into()));
        assert!(state.undo_step(&id, true));
        let before_undo = handle.with_untracked(|p| p.clone());
        reread();
        assert_eq!(handle.with_untracked(|p| p.clone()), before_undo);
        assert_ne!(
            title(9).as_deref(),
            Some("Nio"),
            "the undone edit is not stored"
        );

        // An edit that changes the initiative's id reached both ids.
        assert!(handle.edit_initiative(&ids[11], |i| i.id = "nytt-id".into()));
        reread();
        assert!(handle
            .with_untracked(
                |p| p.initiative("nytt-id").is_some() && p.initiative(&ids[11]).is_none()
            )
            .unwrap_or(false));

        // So must an edit of the whole plan before an edit of its framework alone.
        assert!(handle.edit(|p| p.initiatives[13].title = "Tretton".into()));
        assert!(handle.edit_framework(|f| f.criteria[0].weight = 7.0));
        reread();
        assert_eq!(title(13).as_deref(), Some("Tretton"));
        assert_eq!(
            handle.with_untracked(|p| p.framework.criteria[0].weight),
            Some(7.0)
        );

        assert!(!handle.edit_initiative("finns-inte", |i| i.title = "x".into()));
    });
}
