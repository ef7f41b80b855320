//! The mounted app in a real browser: first start, autosave status, blocked storage.
#![cfg(target_arch = "wasm32")]

use beredning::core::content::example::EXAMPLE_PLAN_ID;
use beredning::persistence::repository::{plan_key, INDEX_KEY};
use beredning::ui::shell::app::App;
use leptos::prelude::*;
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn first_start_shows_and_stores_the_example_plan() {
    clear_storage();
    let _handle = mount_to(fresh_container(), App);
    // The first screen draws the example's line from its summary; the plan itself is built and
    // stored once the plans' reader is here.
    leptos::task::tick().await;
    assert!(body_text().contains("Handlingsplan regional digital agenda 2019–2021"));
    assert!(until(|| raw_get(&plan_key(EXAMPLE_PLAN_ID)).is_some()).await);
    assert!(
        status_text().contains("Sparat"),
        "status: {}",
        status_text()
    );
    assert!(raw_get(&plan_key(EXAMPLE_PLAN_ID)).is_some());
    assert!(raw_get(INDEX_KEY).is_some());
}

#[wasm_bindgen_test]
async fn blocked_storage_keeps_the_app_working_and_says_so() {
    block_storage();
    let handle = mount_to(fresh_container(), App);
    let read = until(|| body_text().contains("Skapa en ny plan")).await;
    let text = body_text();
    let status = status_text();
    drop(handle);
    unblock_storage();
    assert!(read, "the plans are read: {text}");
    assert!(
        text.contains("Handlingsplan regional digital agenda 2019–2021"),
        "the example is in memory"
    );
    assert!(status.contains("Sparas inte"), "status: {status}");
}
