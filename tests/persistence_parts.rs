//! A plan stored in parts (`persistence::layout`): initiatives and fastställda versions under
//! keys of their own, versions packed against the version before. What is written back must
//! read back equal, a save writes only what changed, and nothing stored is lost when a write
//! fails or a part cannot be read.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use beredning::core::content::example::{example_plan, large_plan};
use beredning::core::format;
use beredning::core::workflow::versions::{fix_version, remove_version, VersionMeta};
use beredning::core::Plan;
use beredning::persistence::layout::{parts_of, PARTS_FROM, PART_PREFIX, VERSION_PREFIX};
use beredning::persistence::packed::{pack, stored_chars, unpack};
use beredning::persistence::repository::{plan_key, revision_key, INDEX_KEY};
use beredning::persistence::version_record::{decode, encode};
use beredning::persistence::write::Changed;
use beredning::persistence::{KeyValueStore, MemoryStore, Repository, StoreError};
use proptest::prelude::*;

const NOW: &str = "2026-06-01T08:00:00.000Z";

/// A memory store that counts the keys written, to see what a save wrote.
#[derive(Clone, Default)]
struct Counting {
    inner: MemoryStore,
    written: Rc<RefCell<Vec<String>>>,
}

impl KeyValueStore for Counting {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.written.borrow_mut().push(key.to_string());
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
    fn is_persistent(&self) -> bool {
        true
    }
}

/// A plan without the example's own fastställd version, so that the versions a test makes are
/// the only ones.
fn bare(mut plan: Plan) -> Plan {
    plan.versions.clear();
    plan
}

fn fix(plan: &mut Plan, date: &str) -> String {
    let meta = VersionMeta {
        decided_on: date.into(),
        forum: "Kommunstyrelsen".into(),
        reference: format!("KS {date} § 45"),
        note: String::new(),
    };
    fix_version(plan, &meta, NOW).unwrap()
}

fn reload<S: KeyValueStore + Clone>(repo: &Repository<S>) -> Vec<Plan> {
    let report = Repository::new(repo.store().clone()).load_all().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.broken_versions.is_empty());
    report.plans
}

fn keys_with(store: &impl KeyValueStore, prefix: &str) -> Vec<String> {
    let mut keys: Vec<String> = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}

#[test]
fn packing_gives_back_the_text_and_refuses_damage() {
    for text in [
        "",
        "a",
        "åäö – 2019",
        &"Handläggarna lägger tid. ".repeat(500),
    ] {
        let packed = pack(text);
        assert_eq!(unpack(&packed).unwrap(), text);
        assert!(packed
            .chars()
            .all(|c| !(0xD800..0xE000).contains(&(c as u32))));
    }
    let packed = pack(&"x".repeat(10_000));
    assert!(stored_chars(&packed) < 100, "{}", stored_chars(&packed));
    assert!(unpack("12:abc").is_err());
    assert!(unpack("nothing").is_err());
    assert!(unpack(&packed[..packed.len() - 3]).is_err());
}

#[test]
fn versions_are_stored_apart_from_the_plan_and_read_back_equal() {
    let mut plan = bare(example_plan());
    fix(&mut plan, "2024-05-12");
    plan.initiatives[0].title.push_str(" (reviderad)");
    fix(&mut plan, "2025-05-12");
    let mut repo = Repository::new(MemoryStore::new());
    repo.save(&plan).unwrap();
    let head = repo.store().get(&plan_key(&plan.id)).unwrap().unwrap();
    let parts = parts_of(&head).expect("stored in parts");
    assert_eq!(parts.versions.len(), 2);
    // A small plan keeps its initiatives in its head, which is a plan file without versions.
    let as_file = format::from_json(&head).unwrap();
    assert!(as_file.versions.is_empty());
    assert_eq!(as_file.initiatives, plan.initiatives);
    assert_eq!(keys_with(repo.store(), VERSION_PREFIX).len(), 2);
    assert!(keys_with(repo.store(), PART_PREFIX).is_empty());
    assert_eq!(reload(&repo), vec![plan.clone()]);
    let storage = repo.plan_storage(&plan.id);
    assert!(storage.versions_chars > 0 && storage.plan_chars > storage.versions_chars);

    // A big one keeps each initiative in a part of its own.
    let mut big = large_plan(PARTS_FROM);
    big.id = "stor".into();
    fix(&mut big, "2024-05-12");
    repo.save(&big).unwrap();
    let head = repo.store().get(&plan_key(&big.id)).unwrap().unwrap();
    assert!(format::from_json(&head).unwrap().initiatives.is_empty());
    assert_eq!(keys_with(repo.store(), PART_PREFIX).len(), PARTS_FROM);
    let plans = reload(&repo);
    assert_eq!(plans.len(), 2);
    assert!(plans.contains(&plan) && plans.contains(&big));
}

/// Told which initiatives an edit reached, a save compares only those: it takes the others
/// as written (so a change it was not told of is not written), and writes nothing more when an
/// edit moved initiatives or repeated an id.
#[test]
fn a_save_told_what_changed_compares_only_that() {
    let mut plan = bare(large_plan(150));
    let store = Counting::default();
    let written = Rc::clone(&store.written);
    let mut repo = Repository::new(store);
    repo.save(&plan).unwrap();
    let parts_written = || {
        let n = written
            .borrow()
            .iter()
            .filter(|k| k.starts_with(PART_PREFIX))
            .count();
        written.borrow_mut().clear();
        n
    };
    parts_written();
    plan.initiatives[3].title.push_str(" (told)");
    plan.initiatives[4].title.push_str(" (not told)");
    let told = Changed::Initiatives(BTreeSet::from([plan.initiatives[3].id.clone()]));
    repo.save_changed(&plan, &told).unwrap();
    assert_eq!(parts_written(), 1, "only the initiative named is compared");
    let stored = &reload(&repo)[0];
    assert_eq!(stored.initiatives[3], plan.initiatives[3]);
    assert_ne!(stored.initiatives[4], plan.initiatives[4]);
    // Told "anything", the save compares every initiative and finds the other change.
    repo.save_changed(&plan, &Changed::Anything).unwrap();
    assert_eq!(parts_written(), 1);
    assert_eq!(reload(&repo), vec![plan.clone()]);
    // Moving initiatives and repeating one writes only the repeat.
    plan.initiatives.swap(0, 149);
    plan.initiatives.remove(10);
    let copy = plan.initiatives[20].clone();
    plan.initiatives.insert(0, copy);
    repo.save(&plan).unwrap();
    assert_eq!(parts_written(), 1, "the second copy of a repeated id");
    assert_eq!(reload(&repo), vec![plan]);
}

/// The storage the plan list shows per plan counts a plan's parts by their keys' prefix, and
/// not those of a plan whose id starts the same.
#[test]
fn each_plans_storage_counts_its_own_parts_only() {
    let mut repo = Repository::new(MemoryStore::new());
    let mut first = bare(large_plan(120));
    first.id = "a".into();
    let mut second = first.clone();
    second.id = "a.1".into();
    repo.save(&first).unwrap();
    let alone = repo.plan_storage("a");
    repo.save(&second).unwrap();
    assert_eq!(repo.plan_storage("a"), alone);
    // Counted from the store: the head, the revision and the parts named by the plan's head.
    let counted = |id: &str| -> usize {
        let store = repo.store();
        let head = store.get(&plan_key(id)).unwrap().unwrap();
        let mut keys = vec![plan_key(id), revision_key(id)];
        keys.extend(parts_of(&head).unwrap().keys(id).map(|(k, _)| k));
        keys.iter()
            .map(|k| k.len() + stored_chars(&store.get(k).unwrap().unwrap()))
            .sum()
    };
    assert_eq!(alone.plan_chars, counted("a"));
    assert_eq!(repo.plan_storage("a.1").plan_chars, counted("a.1"));
    assert_eq!(alone.versions_chars, 0);
}

/// Putting the plans in the order they already have writes no index.
#[test]
fn an_unchanged_order_writes_no_index() {
    let plan = bare(large_plan(3));
    let store = Counting::default();
    let written = Rc::clone(&store.written);
    let mut repo = Repository::new(store);
    repo.save(&plan).unwrap();
    written.borrow_mut().clear();
    repo.reorder(std::slice::from_ref(&plan.id)).unwrap();
    assert!(written.borrow().is_empty(), "{:?}", written.borrow());
}

#[test]
fn a_save_writes_only_the_changed_initiative_and_never_a_version_again() {
    let mut plan = bare(large_plan(200));
    fix(&mut plan, "2025-05-12");
    let store = Counting::default();
    let written = Rc::clone(&store.written);
    let mut repo = Repository::new(store);
    repo.save(&plan).unwrap();
    written.borrow_mut().clear();
    plan.initiatives[7].title.push_str(" och mer");
    repo.save(&plan).unwrap();
    let keys = written.borrow().clone();
    let parts: Vec<&String> = keys.iter().filter(|k| k.starts_with(PART_PREFIX)).collect();
    assert_eq!(parts.len(), 1, "{keys:?}");
    assert!(
        !keys.iter().any(|k| k.starts_with(VERSION_PREFIX)),
        "{keys:?}"
    );
    assert!(keys.contains(&plan_key(&plan.id)));
    // The old part of that initiative is gone; every other part stays.
    assert_eq!(keys_with(repo.store(), PART_PREFIX).len(), 200);
    // A reloaded tab knows what is stored just as well.
    let mut other = Repository::new(repo.store().clone());
    other.load_all().unwrap();
    written.borrow_mut().clear();
    plan.initiatives[8].title.push_str(" och mer");
    other.save(&plan).unwrap();
    let parts = written
        .borrow()
        .iter()
        .filter(|k| k.starts_with(PART_PREFIX))
        .count();
    assert_eq!(parts, 1);
    assert_eq!(reload(&other), vec![plan]);
}

#[test]
fn removing_a_version_restores_the_chain_and_deleting_the_plan_removes_every_part() {
    let mut plan = bare(large_plan(30));
    let first = fix(&mut plan, "2023-05-12");
    plan.initiatives[1].title.push_str(" 2024");
    fix(&mut plan, "2024-05-12");
    plan.initiatives[2].title.push_str(" 2025");
    fix(&mut plan, "2025-05-12");
    let mut repo = Repository::new(MemoryStore::new());
    repo.save(&plan).unwrap();
    // The second version was stored against the first; without the first it is stored anew.
    remove_version(&mut plan, &first, NOW).unwrap();
    repo.save(&plan).unwrap();
    assert_eq!(keys_with(repo.store(), VERSION_PREFIX).len(), 2);
    assert_eq!(reload(&repo), vec![plan.clone()]);
    repo.delete(&plan.id).unwrap();
    assert_eq!(
        keys_with(repo.store(), "beredning."),
        vec![INDEX_KEY.to_string()]
    );
    // Undoing the deletion writes the plan again, versions and all.
    repo.save(&plan).unwrap();
    assert_eq!(reload(&repo), vec![plan]);
}

#[test]
fn a_plan_stored_whole_by_an_older_version_is_read_and_then_stored_in_parts() {
    let mut plan = bare(example_plan());
    fix(&mut plan, "2024-05-12");
    let mut store = MemoryStore::new();
    store
        .set(&plan_key(&plan.id), &format::to_json(&plan, None, false))
        .unwrap();
    let mut repo = Repository::new(store);
    let report = repo.load_all().unwrap();
    assert_eq!(report.plans, vec![plan.clone()]);
    repo.save(&plan).unwrap();
    assert!(parts_of(&repo.store().get(&plan_key(&plan.id)).unwrap().unwrap()).is_some());
    assert_eq!(reload(&repo), vec![plan]);
}

#[test]
fn a_write_that_does_not_fit_leaves_the_stored_plan_and_no_new_part() {
    let mut plan = large_plan(PARTS_FROM + 20);
    let mut repo = Repository::new(MemoryStore::new());
    repo.save(&plan).unwrap();
    let used: usize = repo
        .store()
        .keys()
        .unwrap()
        .iter()
        .map(|k| k.len() + repo.store().get(k).unwrap().unwrap().len())
        .sum();
    let before = repo.store().clone();
    let mut full = Repository::new(MemoryStore::with_quota(used + 20_000));
    for key in before.keys().unwrap() {
        full.store_mut()
            .set(&key, &before.get(&key).unwrap().unwrap())
            .unwrap();
    }
    full.load_all().unwrap();
    let stored = reload(&full);
    for i in 0..5 {
        plan.initiatives[i].title = "x".repeat(10_000);
    }
    assert_eq!(full.save(&plan), Err(StoreError::QuotaExceeded));
    assert_eq!(reload(&full), stored);
    assert_eq!(
        keys_with(full.store(), PART_PREFIX),
        keys_with(&before, PART_PREFIX)
    );
    // Once there is room again the same tab writes the change.
    plan.initiatives[0].title = "kortare".into();
    for i in 1..5 {
        plan.initiatives[i] = stored[0].initiatives[i].clone();
    }
    full.save(&plan).unwrap();
    assert_eq!(reload(&full), vec![plan]);
    // The failed save left what the tab knows as it was (the copies it took out to compare
    // went back): only the one changed initiative got a new part.
    let (now, old) = (
        keys_with(full.store(), PART_PREFIX),
        keys_with(&before, PART_PREFIX),
    );
    assert_eq!(now.len(), old.len());
    assert_eq!(
        now.iter().filter(|k| !old.contains(k)).count(),
        1,
        "{now:?}"
    );
}

#[test]
fn a_broken_or_missing_version_is_reported_and_the_plan_still_opens() {
    let mut plan = bare(large_plan(20));
    fix(&mut plan, "2023-05-12");
    plan.initiatives[1].title.push_str(" 2024");
    fix(&mut plan, "2024-05-12");
    fix(&mut plan, "2025-05-12");
    let mut repo = Repository::new(MemoryStore::new());
    repo.save(&plan).unwrap();
    let keys = keys_with(repo.store(), VERSION_PREFIX);
    let head = repo.store().get(&plan_key(&plan.id)).unwrap().unwrap();
    let parts = parts_of(&head).unwrap();
    let last = keys
        .iter()
        .find(|k| k.ends_with(&format!(".{}", parts.versions[2].part)))
        .unwrap()
        .clone();
    repo.store_mut().set(&last, "bv1:12:damaged").unwrap();
    let mut other = Repository::new(repo.store().clone());
    let report = other.load_all().unwrap();
    assert!(report.problems.is_empty());
    assert_eq!(report.plans[0].versions.len(), 2);
    assert_eq!(report.broken_versions.len(), 1);
    assert_eq!(report.broken_versions[0].entry.decided_on, "2025-05-12");
    assert!(!report.broken_versions[0].missing);
    // A later save keeps the unreadable version as it is stored.
    let mut opened = report.plans[0].clone();
    opened.name = "Omdöpt".into();
    other.save(&opened).unwrap();
    assert_eq!(
        other.store().get(&last).unwrap().as_deref(),
        Some("bv1:12:damaged")
    );
    // A missing first version takes the ones stored against it along.
    let first = keys
        .iter()
        .find(|k| k.ends_with(&format!(".{}", parts.versions[0].part)))
        .unwrap();
    other.store_mut().remove(first).unwrap();
    let report = Repository::new(other.store().clone()).load_all().unwrap();
    assert_eq!(report.plans[0].name, "Omdöpt");
    assert!(report.plans[0].versions.is_empty());
    assert!(report.broken_versions[0].missing);
    assert_eq!(report.broken_versions.len(), 3);
}

#[test]
fn a_plan_with_a_missing_initiative_is_rescued_with_what_is_left() {
    let plan = large_plan(PARTS_FROM + 10);
    let mut repo = Repository::new(MemoryStore::new());
    repo.save(&plan).unwrap();
    let part = keys_with(repo.store(), PART_PREFIX)[0].clone();
    repo.store_mut().remove(&part).unwrap();
    let mut other = Repository::new(repo.store().clone());
    let report = other.load_all().unwrap();
    assert!(report.plans.is_empty());
    let key = report.problems[0].key.clone();
    let text = other.unreadable_text(&key).unwrap().unwrap();
    let rescued = format::from_json(&text).unwrap();
    assert_eq!(rescued.initiatives.len(), PARTS_FROM + 9);
    assert_eq!(other.remove_unreadable(&key).unwrap(), Some(text.clone()));
    assert!(keys_with(other.store(), PART_PREFIX).is_empty());
    other.restore_unreadable(&key, &text).unwrap();
    assert_eq!(
        Repository::new(other.store().clone())
            .load_all()
            .unwrap()
            .plans,
        vec![rescued]
    );
}

#[test]
fn ten_yearly_versions_of_a_big_plan_take_a_fraction_of_one_plan() {
    let mut plan = large_plan(1_000);
    for year in 2016..2026 {
        let k = (year - 2016) as usize;
        for i in plan.initiatives.iter_mut().skip(k).step_by(10) {
            i.title.push_str(&format!(" ({year})"));
        }
        fix(&mut plan, &format!("{year}-05-12"));
    }
    let whole = stored_chars(&format::to_json(&plan, None, false));
    let mut repo = Repository::new(MemoryStore::new());
    repo.save(&plan).unwrap();
    let storage = repo.plan_storage(&plan.id);
    assert!(
        storage.versions_chars * 5 < storage.plan_chars,
        "versions take {} characters, the plan {}",
        storage.versions_chars,
        storage.plan_chars
    );
    assert!(storage.plan_chars + storage.versions_chars < whole / 8);
    assert_eq!(reload(&repo), vec![plan]);
}

#[test]
fn a_version_decodes_only_against_its_own_base() {
    let mut plan = bare(large_plan(5));
    fix(&mut plan, "2024-05-12");
    plan.initiatives[0].title.push('!');
    fix(&mut plan, "2025-05-12");
    let (a, b) = (&plan.versions[0], &plan.versions[1]);
    let text = encode(b, Some(&a.plan));
    assert_eq!(decode(&text, Some(&a.plan)).unwrap(), *b);
    assert!(decode(&text, None).is_err());
    assert_eq!(decode(&encode(b, None), None).unwrap(), *b);
}

/// An edit to a plan, as the app makes them.
#[derive(Debug, Clone)]
enum Edit {
    Title(usize, String),
    Remove(usize),
    Add,
    Fix,
    Unfix(usize),
    Rename(String),
    Swap(usize, usize),
    /// A copy of an initiative added at the end: its id is then in the plan twice.
    Copy(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..20, "[a-zåäö ]{0,12}").prop_map(|(i, t)| Edit::Title(i, t)),
        (0usize..20).prop_map(Edit::Remove),
        Just(Edit::Add),
        Just(Edit::Fix),
        (0usize..4).prop_map(Edit::Unfix),
        "[A-Öa-ö]{1,10}".prop_map(Edit::Rename),
        (0usize..20, 0usize..20).prop_map(|(i, j)| Edit::Swap(i, j)),
        (0usize..20).prop_map(Edit::Copy),
    ]
}

/// Applies `edit`, and says what it reached as the app's state would tell the save.
fn apply(plan: &mut Plan, edit: &Edit, n: &mut u32) -> Changed {
    let len = plan.initiatives.len();
    match edit {
        Edit::Title(i, t) if len > 0 => {
            let initiative = &mut plan.initiatives[i % len];
            initiative.title = t.clone();
            return Changed::Initiatives(BTreeSet::from([initiative.id.clone()]));
        }
        Edit::Remove(i) if len > 0 => {
            plan.initiatives.remove(i % len);
        }
        Edit::Add => {
            *n += 1;
            let initiative = plan.new_initiative(format!("ny-{n}"), "Ny", NOW);
            plan.initiatives.push(initiative);
        }
        Edit::Fix => {
            fix(plan, "2025-05-12");
        }
        Edit::Unfix(i) if !plan.versions.is_empty() => {
            let id = plan.versions[i % plan.versions.len()].id.clone();
            remove_version(plan, &id, NOW).unwrap();
        }
        Edit::Rename(name) => plan.name = name.clone(),
        Edit::Swap(i, j) if len > 0 => plan.initiatives.swap(i % len, j % len),
        Edit::Copy(i) if len > 0 => {
            let copy = plan.initiatives[i % len].clone();
            plan.initiatives.push(copy);
        }
        _ => {}
    }
    Changed::Anything
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any plan with versions, saved after each of any edits (told which initiatives an edit
    /// of one reached), reads back equal — in this tab's repository and in a fresh one, after
    /// a reload part way, as its initiatives move, repeat an id, and move between the head and
    /// parts (it starts at the size where parts begin).
    #[test]
    fn any_plan_with_versions_reads_back_equal(edits in prop::collection::vec(edit(), 1..14)) {
        let mut plan = large_plan(PARTS_FROM);
        let mut repo = Repository::new(MemoryStore::new());
        let mut n = 0;
        for (k, e) in edits.iter().enumerate() {
            let changed = apply(&mut plan, e, &mut n);
            repo.save_changed(&plan, &changed).unwrap();
            if k == edits.len() / 2 {
                repo = Repository::new(repo.store().clone());
                repo.load_all().unwrap();
            }
        }
        prop_assert_eq!(reload(&repo), vec![plan.clone()]);
        // Nothing left behind: every part stored is named by the head.
        let head = repo.store().get(&plan_key(&plan.id)).unwrap().unwrap();
        let named: Vec<String> = parts_of(&head).unwrap().keys(&plan.id).map(|(k, _)| k).collect();
        let stored = keys_with(repo.store(), PART_PREFIX).len() + keys_with(repo.store(), VERSION_PREFIX).len();
        prop_assert_eq!(stored, named.len());
    }
}
