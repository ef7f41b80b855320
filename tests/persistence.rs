//! The plan repository over an in-memory store: the same logic the browser runs, including a
//! full store and unreadable entries.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::content::example::example_plan;
use beredning::core::content::templates::Template;
use beredning::core::model::ids::SequentialIds;
use beredning::persistence::packed::stored_chars;
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

/// A store with one good plan and, under "trasig", a text that is not JSON.
fn with_unreadable_plan() -> (Repository<MemoryStore>, beredning::core::Plan) {
    let mut repo = Repository::new(MemoryStore::new());
    let good = plan("Bra", 1);
    repo.save(&good).unwrap();
    let mut store = repo.store().clone();
    store.set(&plan_key("trasig"), "{ inte json").unwrap();
    (Repository::new(store), good)
}

#[test]
fn an_unreadable_plan_is_reported_and_left_untouched() {
    let (mut repo, good) = with_unreadable_plan();
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
fn an_unreadable_plans_text_can_be_rescued_removed_and_put_back() {
    let (mut repo, good) = with_unreadable_plan();
    repo.load_all().unwrap();
    let broken = plan_key("trasig");
    assert_eq!(
        repo.unreadable_text(&broken).unwrap().as_deref(),
        Some("{ inte json")
    );
    // A readable plan and a key that is not a plan's are never offered nor removed this way.
    assert_eq!(repo.unreadable_text(&plan_key(&good.id)).unwrap(), None);
    assert_eq!(repo.remove_unreadable(&plan_key(&good.id)).unwrap(), None);
    assert_eq!(repo.remove_unreadable(INDEX_KEY).unwrap(), None);
    assert!(repo.store().get(INDEX_KEY).unwrap().is_some());
    // Removed, it is gone from storage; put back, it is there as it was.
    let text = repo.remove_unreadable(&broken).unwrap();
    assert_eq!(text.as_deref(), Some("{ inte json"));
    assert_eq!(repo.store().get(&broken).unwrap(), None);
    repo.restore_unreadable(&broken, "{ inte json").unwrap();
    assert_eq!(
        repo.store().get(&broken).unwrap().as_deref(),
        Some("{ inte json")
    );
    let report = repo.load_all().unwrap();
    assert_eq!(report.plans, vec![good]);
    assert_eq!(report.problems.len(), 1);
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

#[test]
fn changes_since_the_last_export_are_counted_and_survive_a_reload() {
    let mut repo = Repository::new(MemoryStore::new());
    let mut p = plan("Räknad", 1);
    repo.save(&p).unwrap();
    assert_eq!(
        repo.unexported(&p.id).changes,
        0,
        "a new plan has nothing to export yet"
    );
    p.modified = "2026-11-20T09:00:00Z".into();
    repo.save(&p).unwrap();
    p.modified = "2026-11-21T09:00:00Z".into();
    repo.save(&p).unwrap();
    let counted = repo.unexported(&p.id);
    assert_eq!(
        (counted.since.as_deref(), counted.changes),
        (Some("2026-11-20T09:00:00Z"), 2)
    );

    let mut reloaded = Repository::new(repo.store().clone());
    reloaded.load_all().unwrap();
    assert_eq!(reloaded.unexported(&p.id), counted);

    // Recording an export clears it; the next change starts it again.
    p.last_exported = Some("2026-11-22T09:00:00Z".into());
    reloaded.save(&p).unwrap();
    assert_eq!(reloaded.unexported(&p.id).changes, 0);
    p.modified = "2026-11-23T09:00:00Z".into();
    reloaded.save(&p).unwrap();
    assert_eq!(reloaded.unexported(&p.id).changes, 1);
}

/// Every stored key and its text, in the UTF-16 code units browsers count, read back from the
/// store.
fn stored_bytes(repo: &Repository<MemoryStore>) -> usize {
    let store = repo.store();
    store
        .keys()
        .unwrap()
        .iter()
        .map(|k| k.len() + stored_chars(&store.get(k).unwrap().unwrap_or_default()))
        .sum()
}

#[test]
fn storage_use_follows_what_is_written_and_removed() {
    let mut repo = Repository::new(MemoryStore::new());
    assert_eq!(repo.storage_use().used_chars, 0);
    let a = plan("A", 1);
    repo.save(&a).unwrap();
    let one = repo.storage_use().used_chars;
    assert_eq!(one, stored_bytes(&repo));
    repo.save(&plan("B", 2)).unwrap();
    assert!(repo.storage_use().used_chars > one);
    repo.delete(&a.id).unwrap();
    assert_eq!(repo.storage_use().used_chars, stored_bytes(&repo));
}

/// Each save keeps the plan list's line in the index, so the first screen needs no plan read.
#[test]
fn the_index_keeps_each_plans_summary() {
    let mut repo = Repository::new(MemoryStore::new());
    let plan = example_plan();
    repo.save(&plan).unwrap();
    let index: serde_json::Value =
        serde_json::from_str(&repo.store().get(INDEX_KEY).unwrap().unwrap()).unwrap();
    let entry = &index["plans"][0];
    assert_eq!(entry["organisation"], "Region Västmanland");
    assert_eq!(entry["period"], serde_json::json!([2019, 2021]));
    assert_eq!(entry["initiatives"], plan.initiatives.len());
    assert_eq!(entry["name"], plan.name.as_str());
}

/// Storage is counted in UTF-16 code units, as browsers count localStorage: "å" is one, an
/// emoji outside the Basic Multilingual Plane two.
#[test]
fn stored_characters_are_utf16_code_units() {
    assert_eq!(stored_chars(""), 0);
    assert_eq!(stored_chars("plan"), 4);
    assert_eq!(stored_chars("Västerås"), 8);
    assert_eq!(stored_chars("\u{3400}\u{7fff}"), 2);
    assert_eq!(stored_chars("a🙂b"), 4);
}

proptest::proptest! {
    #[test]
    fn stored_characters_match_the_utf16_length(text in "\\PC{0,200}") {
        proptest::prop_assert_eq!(stored_chars(&text), text.encode_utf16().count());
    }
}
