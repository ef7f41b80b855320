//! localStorage in a real browser: save and load, blocked storage, a full store.
#![cfg(target_arch = "wasm32")]

use beredning::core::content::example::example_plan;
use beredning::persistence::browser::BrowserStore;
use beredning::persistence::repository::plan_key;
use beredning::persistence::{KeyValueStore, Repository, StoreError};
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn saves_and_loads_through_local_storage() {
    clear_storage();
    let mut repo = Repository::new(BrowserStore::open().expect("storage is available"));
    assert!(repo.load_all().unwrap().first_run);
    let plan = example_plan();
    repo.save(&plan).unwrap();
    assert!(raw_get(&plan_key(&plan.id)).is_some_and(|t| t.contains("beredning-plan")));
    let report = Repository::new(BrowserStore::open().unwrap())
        .load_all()
        .unwrap();
    assert_eq!(report.plans, vec![plan]);
    assert!(!report.first_run);
}

#[wasm_bindgen_test]
fn blocked_storage_is_reported_not_a_crash() {
    block_storage();
    let result = BrowserStore::open();
    unblock_storage();
    assert!(
        matches!(result, Err(StoreError::Unavailable)),
        "got {:?}",
        result.err()
    );
}

#[wasm_bindgen_test]
fn a_write_over_quota_fails_and_keeps_the_previous_copy() {
    clear_storage();
    let mut repo = Repository::new(BrowserStore::open().unwrap());
    let plan = example_plan();
    repo.save(&plan).unwrap();
    let before = raw_get(&plan_key(&plan.id));
    let mut huge = plan.clone();
    // Chromium allows 5 MiB per origin; 6 million characters cannot fit.
    huge.name = "x".repeat(6_000_000);
    assert_eq!(repo.save(&huge), Err(StoreError::QuotaExceeded));
    assert_eq!(raw_get(&plan_key(&plan.id)), before);
    let report = Repository::new(BrowserStore::open().unwrap())
        .load_all()
        .unwrap();
    assert_eq!(report.plans, vec![plan]);
    clear_storage();
}

#[wasm_bindgen_test]
fn keys_lists_what_is_stored() {
    clear_storage();
    let mut store = BrowserStore::open().unwrap();
    store.set("beredning.test", "1").unwrap();
    assert!(store
        .keys()
        .unwrap()
        .contains(&"beredning.test".to_string()));
    store.remove("beredning.test").unwrap();
    assert_eq!(store.get("beredning.test").unwrap(), None);
    assert!(store.is_persistent());
}
