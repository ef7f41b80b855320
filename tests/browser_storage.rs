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

/// The first screen's plan list is read from the index alone (`ui::state::preview`): what the
/// repository writes there is what the list shows before the plans are read.
#[wasm_bindgen_test]
fn the_plan_list_preview_reads_the_summaries_the_repository_writes() {
    use beredning::core::content::example::example_summary;
    use beredning::core::model::summary::PlanSummary;
    use beredning::persistence::repository::INDEX_KEY;
    use beredning::persistence::MemoryStore;
    use beredning::ui::state::preview::read_preview;

    // Nothing stored: a first start, drawn as the example.
    assert_eq!(read_preview(&MemoryStore::new()), vec![example_summary()]);

    let mut repo = Repository::new(MemoryStore::new());
    let mut plan = example_plan();
    plan.last_exported = Some("2024-02-01T10:00:00.000Z".into());
    repo.save(&plan).unwrap();
    assert_eq!(read_preview(repo.store()), vec![PlanSummary::of(&plan)]);

    // An index written by an older version names the plan only: the list shows its name.
    let mut store = MemoryStore::new();
    store
        .set(
            INDEX_KEY,
            r#"{"format":"beredning-index","version":1,"plans":[{"id":"a","name":"Plan A","modified":"2024-01-01T00:00:00.000Z"}]}"#,
        )
        .unwrap();
    let old = read_preview(&store);
    assert_eq!(old.len(), 1);
    assert_eq!(
        (
            old[0].name.as_str(),
            old[0].organisation.clone(),
            old[0].initiatives
        ),
        ("Plan A", None, None)
    );

    // An index that cannot be read gives no lines (the list waits for the plans).
    store.set(INDEX_KEY, "{not json").unwrap();
    assert!(read_preview(&store).is_empty());
    store
        .set(INDEX_KEY, r#"{"plans":[{"id":7},"x",null]}"#)
        .unwrap();
    assert!(read_preview(&store).is_empty());
}
