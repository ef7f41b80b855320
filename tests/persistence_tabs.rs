//! Two tabs on one store: a tab never writes over a revision of a plan it has not read, so when
//! both changed the same plan, both versions are still there for the person to choose from.

use std::cell::RefCell;
use std::rc::Rc;

use beredning::core::Plan;
use beredning::persistence::repository::plan_key;
use beredning::persistence::{KeyValueStore, MemoryStore, Repository, StoreError};

/// One localStorage seen by several tabs; reading the key in `.1`, when set, fails.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryStore>>, Rc<RefCell<Option<String>>>);

impl KeyValueStore for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.1.borrow().as_deref() == Some(key) {
            return Err(StoreError::Unavailable);
        }
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.borrow().keys()
    }
    fn is_persistent(&self) -> bool {
        true
    }
}

fn plan() -> Plan {
    Plan::blank("delad".into(), "Delad plan", "2026-12-04T09:00:00Z")
}

/// Two tabs that both loaded the same stored plan.
fn two_tabs() -> (Repository<Shared>, Repository<Shared>, Plan) {
    let store = Shared::default();
    let mut first = Repository::new(store.clone());
    let p = plan();
    first.save(&p).unwrap();
    let mut a = Repository::new(store.clone());
    let mut b = Repository::new(store);
    a.load_all().unwrap();
    b.load_all().unwrap();
    (a, b, p)
}

fn stored_name(repo: &Repository<Shared>) -> String {
    repo.stored_plan("delad")
        .unwrap()
        .map(|p| p.name)
        .unwrap_or_default()
}

#[test]
fn the_second_write_of_a_race_is_refused_and_both_versions_remain() {
    let (mut a, mut b, p) = two_tabs();
    let mut in_a = p.clone();
    in_a.name = "Ändrad i flik A".into();
    let mut in_b = p;
    in_b.name = "Ändrad i flik B".into();
    a.save(&in_a).unwrap();
    assert_eq!(b.save(&in_b), Err(StoreError::ChangedElsewhere));
    // A's version is stored; B's is still B's to keep (nothing of it was written).
    assert_eq!(stored_name(&b), "Ändrad i flik A");
    assert!(b.changed_elsewhere("delad").unwrap());
    assert!(!a.changed_elsewhere("delad").unwrap());
}

/// A reload that fails part way (storage stops answering after the first plan) leaves the
/// tab as it was: it has not read the other tab's write, so its own save is still refused.
#[test]
fn a_reload_that_fails_part_way_takes_nothing_as_read() {
    let (mut a, mut b, p) = two_tabs();
    let other = Plan::blank("annan".into(), "Annan plan", "2026-12-04T09:00:00Z");
    a.save(&other).unwrap();
    b.load_all().unwrap();
    a.load_all().unwrap();
    let mut in_b = p.clone();
    in_b.name = "Ändrad i flik B".into();
    b.save(&in_b).unwrap();
    *a.store().1.borrow_mut() = Some(plan_key("annan"));
    assert!(a.load_all().is_err());
    *a.store().1.borrow_mut() = None;
    let mut in_a = p;
    in_a.name = "Ändrad i flik A".into();
    assert_eq!(a.save(&in_a), Err(StoreError::ChangedElsewhere));
    assert_eq!(stored_name(&a), "Ändrad i flik B");
}

#[test]
fn keeping_mine_over_theirs_is_a_choice_and_then_the_other_tab_is_refused() {
    let (mut a, mut b, p) = two_tabs();
    let mut in_a = p.clone();
    in_a.name = "A".into();
    let mut in_b = p;
    in_b.name = "B".into();
    a.save(&in_a).unwrap();
    assert!(b.save(&in_b).is_err());
    b.accept_stored("delad").unwrap();
    b.save(&in_b).unwrap();
    assert_eq!(stored_name(&a), "B");
    // Tab A has not read B's write: its next save is refused in turn.
    assert_eq!(a.save(&in_a), Err(StoreError::ChangedElsewhere));
}

#[test]
fn a_tab_that_reloads_after_the_other_tabs_write_saves_normally() {
    let (mut a, mut b, p) = two_tabs();
    let mut in_a = p.clone();
    in_a.name = "A".into();
    a.save(&in_a).unwrap();
    let report = b.load_all().unwrap();
    assert_eq!(report.plans[0].name, "A");
    let mut in_b = report.plans[0].clone();
    in_b.name = "B efter A".into();
    b.save(&in_b).unwrap();
    assert_eq!(stored_name(&a), "B efter A");
}

#[test]
fn a_plan_deleted_in_one_tab_and_saved_in_another_is_written_again_not_lost() {
    let (mut a, mut b, p) = two_tabs();
    a.delete("delad").unwrap();
    let mut in_b = p;
    in_b.name = "Sparad i B".into();
    b.save(&in_b).unwrap();
    assert_eq!(stored_name(&a), "Sparad i B");
    assert!(a.store().get(&plan_key("delad")).unwrap().is_some());
}

#[test]
fn a_tab_message_reads_back_as_written_and_other_texts_are_ignored() {
    use beredning::persistence::tabs::TabMessage;
    let saved = TabMessage::Saved {
        id: "plan med mellanslag".into(),
        revision: 42,
    };
    let deleted = TabMessage::Deleted { id: "x".into() };
    assert_eq!(TabMessage::decode(&saved.encode()), Some(saved));
    assert_eq!(TabMessage::decode(&deleted.encode()), Some(deleted));
    for other in [
        "",
        "saved",
        "saved 1",
        "saved x y",
        "saved 1 ",
        "deleted ",
        "hej",
    ] {
        assert_eq!(TabMessage::decode(other), None, "{other:?}");
    }
}

#[test]
fn a_write_heard_by_broadcast_and_by_storage_event_is_followed_once() {
    use beredning::persistence::repository::INDEX_KEY;
    use beredning::persistence::tabs::TabMessage;
    let (mut a, mut b, p) = two_tabs();
    let mut in_a = p.clone();
    in_a.name = "A".into();
    a.save(&in_a).unwrap();
    let message = TabMessage::Saved {
        id: "delad".into(),
        revision: a.seen_revision("delad"),
    };
    let index = a.store().get(INDEX_KEY).unwrap();
    // B has not read A's write: both the broadcast and the storage event are news.
    assert!(b.is_news(&message));
    assert!(b.is_new_index(index.as_deref()));
    // The broadcast came first and B reloaded: the storage event of the same write is not.
    b.load_all().unwrap();
    assert!(!b.is_news(&message));
    assert!(!b.is_new_index(index.as_deref()));
    // A tab's own write is not news to itself.
    assert!(!a.is_news(&message));
}

#[test]
fn a_deletion_is_news_only_to_a_tab_that_still_has_the_plan() {
    use beredning::persistence::tabs::TabMessage;
    let (mut a, b, _) = two_tabs();
    a.delete("delad").unwrap();
    let message = TabMessage::Deleted { id: "delad".into() };
    assert!(b.is_news(&message));
    assert!(!a.is_news(&message));
}

#[test]
fn the_save_lock_is_named_per_plan() {
    use beredning::persistence::tabs::save_lock_name;
    assert_eq!(save_lock_name("exempelplan"), "beredning-save-exempelplan");
    assert_ne!(save_lock_name("a"), save_lock_name("b"));
}
