//! The plan repository over an in-memory store: the same logic the browser runs, including a
//! full store and unreadable entries.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::content::example::example_plan;
use beredning::core::content::templates::Template;
use beredning::core::model::ids::SequentialIds;
use beredning::persistence::repository::{plan_key, INDEX_KEY};
use beredning::persistence::{KeyValueStore, MemoryStore, Repository, StoreError};

fn plan(name: &str, n: u32) -> beredning::core::Plan {
    Template::Blank.create(
        &mut SequentialIds::new(&format!("p{n}")),
        name,
        "2024-01-01T00:00:00.000Z",
    )
}

#[test]
fn empty_store_is_a_first_run() {
    let mut repo = Repository::new(MemoryStore::new());
    let report = repo.load_all().unwrap();
    assert!(report.first_run && report.plans.is_empty() && report.problems.is_empty());
}

#[test]
fn saved_plans_load_back_in_order() {
    let mut repo = Repository::new(MemoryStore::new());
    let (a, b) = (plan("A", 1), plan("B", 2));
    repo.save(&a).unwrap();
    repo.save(&b).unwrap();
    repo.reorder(&[b.id.clone(), a.id.clone()]).unwrap();
    let store = repo.store().clone();
    let report = Repository::new(store).load_all().unwrap();
    assert!(!report.first_run);
    assert_eq!(report.plans, vec![b, a]);
}

#[test]
fn deleting_every_plan_is_not_a_first_run() {
    let mut repo = Repository::new(MemoryStore::new());
    let a = plan("A", 1);
    repo.save(&a).unwrap();
    repo.delete(&a.id).unwrap();
    let report = Repository::new(repo.store().clone()).load_all().unwrap();
    assert!(
        !report.first_run,
        "a user who deleted the example must not get it back unasked"
    );
    assert!(report.plans.is_empty());
}

#[test]
fn a_plan_missing_from_the_index_is_still_found() {
    let mut store = MemoryStore::new();
    let a = plan("Föräldralös", 1);
    store
        .set(
            &plan_key(&a.id),
            &beredning::core::format::to_json(&a, None, false),
        )
        .unwrap();
    let report = Repository::new(store).load_all().unwrap();
    assert_eq!(report.plans, vec![a]);
}

#[test]
fn an_unreadable_plan_is_reported_and_left_untouched() {
    let mut repo = Repository::new(MemoryStore::new());
    let good = plan("Bra", 1);
    repo.save(&good).unwrap();
    let mut store = repo.store().clone();
    store.set(&plan_key("trasig"), "{ inte json").unwrap();
    let mut repo = Repository::new(store);
    let report = repo.load_all().unwrap();
    assert_eq!(report.plans, vec![good.clone()]);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].key, plan_key("trasig"));
    repo.save(&good).unwrap();
    assert_eq!(
        repo.store().get(&plan_key("trasig")).unwrap().as_deref(),
        Some("{ inte json")
    );
}

#[test]
fn a_write_that_does_not_fit_keeps_the_previous_copy() {
    let small = plan("Liten", 1);
    // A blank plan carries both national strategies: about 6 KB.
    let mut repo = Repository::new(MemoryStore::with_quota(10_000));
    repo.save(&small).unwrap();
    let before = repo.store().get(&plan_key(&small.id)).unwrap();
    let mut big = small.clone();
    big.name = "x".repeat(10_000);
    assert_eq!(repo.save(&big), Err(StoreError::QuotaExceeded));
    assert_eq!(repo.store().get(&plan_key(&small.id)).unwrap(), before);
    let report = Repository::new(repo.store().clone()).load_all().unwrap();
    assert_eq!(report.plans, vec![small]);
}

#[test]
fn the_example_plan_fits_comfortably_in_browser_storage() {
    let mut repo = Repository::new(MemoryStore::new());
    repo.save(&example_plan()).unwrap();
    let bytes: usize = repo
        .store()
        .keys()
        .unwrap()
        .iter()
        .map(|k| repo.store().get(k).unwrap().unwrap().len())
        .sum();
    assert!(bytes < 100_000, "example plan takes {bytes} bytes");
    assert!(repo
        .store()
        .get(INDEX_KEY)
        .unwrap()
        .unwrap()
        .contains("beredning-index"));
}
