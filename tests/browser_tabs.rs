//! Two tabs in a real browser: a plan's compare-and-write runs under its Web Lock, and a change
//! made while the lock is awaited is written by that same write, not lost.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use beredning::core::content::example::EXAMPLE_PLAN_ID;
use beredning::persistence::browser::BrowserStore;
use beredning::persistence::repository::plan_key;
use beredning::persistence::tabs::save_lock_name;
use beredning::ui::browser::locks;
use beredning::ui::state::{AppState, SaveStatus};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::{clear_storage, raw_get};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
let release = null;
export function hold_lock(name) {
  return new Promise((granted) => {
    navigator.locks.request(name, () => new Promise((done) => { release = done; granted(); }));
  });
}
export function release_lock() { if (release) { release(); release = null; } }
export function later(ms) { return new Promise((r) => setTimeout(r, ms)); }
")]
extern "C" {
    async fn hold_lock(name: &str) -> JsValue;
    fn release_lock();
    async fn later(ms: u32) -> JsValue;
}

/// Waits until `check` holds, for at most two seconds; whether it did.
async fn eventually(check: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if check() {
            return true;
        }
        later(20).await;
    }
    check()
}

fn stored_name() -> String {
    raw_get(&plan_key(EXAMPLE_PLAN_ID))
        .and_then(|text| beredning::core::format::from_json(&text).ok())
        .map(|p| p.name)
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn work_under_a_held_lock_waits_for_it_and_runs_once() {
    assert!(locks::available(), "Chromium has Web Locks");
    hold_lock("beredning-test-lock").await;
    let runs = Rc::new(Cell::new(0));
    let counter = Rc::clone(&runs);
    assert!(locks::with_lock("beredning-test-lock", move || {
        counter.set(counter.get() + 1)
    }));
    later(50).await;
    assert_eq!(
        runs.get(),
        0,
        "the work ran while another holder had the lock"
    );
    release_lock();
    assert!(eventually(|| runs.get() == 1).await, "the work never ran");
    later(50).await;
    assert_eq!(runs.get(), 1, "the work ran twice");
}

#[wasm_bindgen_test]
async fn a_change_made_while_the_save_lock_is_awaited_is_written_by_that_write() {
    clear_storage();
    let owner = Owner::new();
    let state = owner.with(|| {
        AppState::with_store(Box::new(
            BrowserStore::open().expect("storage is available"),
        ))
    });
    let original = stored_name();
    assert!(!original.is_empty(), "the example plan is stored at once");
    hold_lock(&save_lock_name(EXAMPLE_PLAN_ID)).await;
    owner.with(|| {
        assert!(state.update_plan(EXAMPLE_PLAN_ID, |p| p.name = "Först".into()));
        state.flush();
        assert!(state.update_plan(EXAMPLE_PLAN_ID, |p| p.name = "Sedan".into()));
        state.flush();
    });
    later(50).await;
    assert_eq!(stored_name(), original, "written without the lock");
    assert_eq!(state.status.get_untracked(), SaveStatus::Saving);
    release_lock();
    assert!(
        eventually(|| stored_name() == "Sedan").await,
        "stored: {}",
        stored_name()
    );
    assert!(eventually(|| state.status.get_untracked() == SaveStatus::Saved).await);
    clear_storage();
}
