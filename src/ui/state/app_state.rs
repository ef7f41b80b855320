//! The app's state and its autosave. Pages change plans only through [`AppState`] (or a
//! [`PlanHandle`](super::plan_handle::PlanHandle) on it), which marks what changed and writes it
//! after a short pause, so typing never waits for storage.
//!
//! Each plan has its own signal inside a keyed list: an edit to one plan wakes only what reads
//! that plan, and the list itself changes only when a plan is added, removed or reordered.

use std::collections::BTreeSet;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::backup::Backup;
use super::notice::{Notice, SaveStatus};
use super::notice::{PendingImport, PendingProposal};
use super::reached::Reached;
use super::undo::Undo;
use super::work::ReadWork;
use crate::core::model::summary::PlanSummary;
use crate::core::{Framework, Initiative, Plan};
use crate::persistence::layout::BrokenVersion;
use crate::persistence::plan_repo::{Opened, PlanRepo};
use crate::persistence::repository::LoadProblem;
use crate::persistence::write::Changed;
use crate::persistence::StoreError;
use crate::ui::browser::clock::now_iso;
use crate::ui::browser::tabs::TabChannel;

/// How long after the last change the plan is written.
const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

/// Where reading the stored plans stands. Their reader (the repository, the plan's serde) is
/// fetched as a chunk right after start; until it is here the plan list is drawn from the
/// index's summaries ([`AppState::preview`]) and plan pages wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Started,
    Done,
    /// The chunk could not be fetched: the list says so and offers "Försök igen".
    Failed,
}

/// One plan in the list: its id (never changes) and its own signal.
#[derive(Clone)]
pub(super) struct PlanSlot {
    pub id: String,
    pub plan: ArcRwSignal<Plan>,
}

impl PlanSlot {
    pub(super) fn new(plan: Plan) -> Self {
        Self {
            id: plan.id.clone(),
            plan: ArcRwSignal::new(plan),
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub(super) plans: RwSignal<Vec<PlanSlot>>,
    /// Whether the plans have been read yet.
    pub reading: RwSignal<Reading>,
    /// The plan list as the storage's index summarises it, for the first screen.
    pub preview: RwSignal<Vec<PlanSummary>>,
    pub status: RwSignal<SaveStatus>,
    /// Stored plans that could not be read, with the reason; their text is left as it was.
    pub unreadable: RwSignal<Vec<LoadProblem>>,
    /// Fastställda versions that could not be read back; their plans opened without them and
    /// their stored text is kept as it is.
    pub broken_versions: RwSignal<Vec<BrokenVersion>>,
    /// Why storage itself could not be read at start, if it could not.
    pub load_error: RwSignal<Option<StoreError>>,
    /// Storage use, unexported changes and the browser's promise to keep them.
    pub backup: RwSignal<Backup>,
    /// Plans another tab wrote while this tab had unsaved changes: neither version is written
    /// over until the person chooses (`conflict.rs`).
    pub conflicts: RwSignal<Vec<String>>,
    /// The plan whose two versions are being merged in the merge view, instead of the page.
    pub conflict_merge: RwSignal<Option<String>>,
    /// Counts reloads from storage, so that open forms re-read what is stored.
    pub generation: RwSignal<u64>,
    /// Undo and redo, per plan (`undo.rs`).
    pub undo: Undo,
    pub notice: RwSignal<Option<Notice>>,
    pub pending_import: RwSignal<Option<PendingImport>>,
    /// A proposal read from a file, waiting on its preview; like an import, never stored.
    pub pending_proposal: RwSignal<Option<PendingProposal>>,
    /// The repository, once its chunk is here and the plans are read.
    pub(super) repo: StoredValue<Option<Box<dyn PlanRepo>>, LocalStorage>,
    /// What the state does once the plans are read, handed over with them (`work.rs`).
    work: StoredValue<Option<Rc<dyn ReadWork>>, LocalStorage>,
    pub(super) dirty: StoredValue<BTreeSet<String>, LocalStorage>,
    /// Per plan, which initiatives its edits reached since this tab last wrote it (`reached.rs`).
    pub(super) reached: StoredValue<Reached, LocalStorage>,
    pub(super) timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// Plans whose write waits for its save lock (`save.rs`): changes made meanwhile are
    /// written by that same write, when the lock is granted.
    pub(super) waiting: StoredValue<BTreeSet<String>, LocalStorage>,
    /// The channel to the other tabs, once the shell has opened it (`save.rs`).
    pub(super) tabs: StoredValue<Option<TabChannel>, LocalStorage>,
}

impl AppState {
    pub(super) fn empty(persistent: bool) -> Self {
        Self {
            plans: RwSignal::new(Vec::new()),
            reading: RwSignal::new(Reading::Started),
            preview: RwSignal::new(Vec::new()),
            // "Sparar …" until the plans are read (and on a first start the example stored):
            // "Sparat" then says that what the list shows is in storage.
            status: RwSignal::new(if persistent {
                SaveStatus::Saving
            } else {
                SaveStatus::MemoryOnly
            }),
            unreadable: RwSignal::new(Vec::new()),
            broken_versions: RwSignal::new(Vec::new()),
            load_error: RwSignal::new(None),
            backup: RwSignal::new(Backup::default()),
            conflicts: RwSignal::new(Vec::new()),
            conflict_merge: RwSignal::new(None),
            generation: RwSignal::new(0),
            undo: Undo::default(),
            notice: RwSignal::new(None),
            pending_import: RwSignal::new(None),
            pending_proposal: RwSignal::new(None),
            repo: StoredValue::new_local(None),
            work: StoredValue::new_local(None),
            dirty: StoredValue::new_local(BTreeSet::new()),
            reached: StoredValue::new_local(Reached::default()),
            timer: StoredValue::new_local(None),
            waiting: StoredValue::new_local(BTreeSet::new()),
            tabs: StoredValue::new_local(None),
        }
    }

    /// Takes the repository and what it read. Nothing was written before: the plans are only
    /// changed once they are read.
    pub(super) fn take_opened(&self, opened: Opened, work: Rc<dyn ReadWork>) {
        let Opened {
            repo,
            report,
            example,
        } = opened;
        let (plans, unreadable, broken, load_error) = match report {
            Ok(report) => (report.plans, report.problems, report.broken_versions, None),
            Err(e) => (Vec::new(), Vec::new(), Vec::new(), Some(e)),
        };
        if self.repo.try_set_value(Some(repo)).is_some() {
            // The state is gone (a test unmounted the app) before the plans came.
            return;
        }
        self.work.set_value(Some(work));
        self.plans
            .set(plans.into_iter().map(PlanSlot::new).collect());
        self.mark_all_read();
        self.unreadable.set(unreadable);
        self.broken_versions.set(broken);
        self.load_error.set(load_error);
        if let Some(example) = example {
            // Written at once, without waiting for a lock: the page shows it as stored.
            self.insert(example, None);
            self.flush_now();
        } else {
            self.status.set(self.status_after(None));
        }
        self.refresh_backup();
        self.check_persisted();
        self.reading.set(Reading::Done);
    }

    /// Whether the plans have been read, tracked: plan pages and the list's actions wait.
    pub fn is_read(&self) -> bool {
        self.reading.get() == Reading::Done
    }

    /// The work that needs the plans read; `None` before they are, or once the state is gone.
    pub(super) fn work(&self) -> Option<Rc<dyn ReadWork>> {
        self.work.try_get_value().flatten()
    }

    /// Runs `read` on the repository; `None` before the plans are read or once the state is
    /// gone.
    pub(super) fn with_repo<R>(&self, read: impl FnOnce(&dyn PlanRepo) -> R) -> Option<R> {
        self.repo
            .try_with_value(|r| r.as_deref().map(read))
            .flatten()
    }

    /// Runs `change` on the repository; `None` before the plans are read or once the state is
    /// gone.
    pub(super) fn update_repo<R>(&self, change: impl FnOnce(&mut dyn PlanRepo) -> R) -> Option<R> {
        self.repo
            .try_update_value(|r| r.as_mut().map(|repo| change(&mut **repo)))
            .flatten()
    }

    /// Whether plans are written to the browser's storage (false before they are read).
    pub(super) fn is_persistent(&self) -> bool {
        self.with_repo(|r| r.is_persistent()).unwrap_or(false)
    }

    /// The signal of the plan with `id`; tracked reads wake on additions and removals only.
    pub(super) fn slot(&self, id: &str, tracked: bool) -> Option<ArcRwSignal<Plan>> {
        let find =
            |plans: &Vec<PlanSlot>| plans.iter().find(|s| s.id == id).map(|s| s.plan.clone());
        // `try_`: a handler may still run after its page (and so a reader) has gone.
        if tracked {
            self.plans.try_with(find).flatten()
        } else {
            self.plans.try_with_untracked(find).flatten()
        }
    }

    /// The ids of all plans in the list's order, tracked: changes when a plan is added or removed.
    pub fn plan_ids(&self) -> Vec<String> {
        self.plans
            .with(|p| p.iter().map(|s| s.id.clone()).collect())
    }

    /// Reads every plan in order, tracked: for views of all plans (the start page).
    pub fn each_plan<R>(&self, mut read: impl FnMut(&Plan) -> R) -> Vec<R> {
        self.plans
            .with(|p| p.iter().map(|s| s.plan.with(&mut read)).collect())
    }

    /// Reads every plan in order once, without tracking: for checks made at a click.
    pub fn each_plan_untracked<R>(&self, mut read: impl FnMut(&Plan) -> R) -> Vec<R> {
        self.plans
            .with_untracked(|p| p.iter().map(|s| s.plan.with_untracked(&mut read)).collect())
    }

    /// A copy of the plan with `id`, read once: for work that changes a copy (a merge).
    pub fn plan_cloned(&self, id: &str) -> Option<Plan> {
        self.slot(id, false).map(|p| p.get_untracked())
    }

    /// Whether a plan with `id` is there, read once.
    pub fn has_plan(&self, id: &str) -> bool {
        self.slot(id, false).is_some()
    }

    /// Whether there is any plan, tracked.
    pub fn has_plans(&self) -> bool {
        self.plans.with(|p| !p.is_empty())
    }

    /// Changes one plan and schedules a save. Returns false when the plan is gone.
    pub fn update_plan(&self, id: &str, change: impl FnOnce(&mut Plan)) -> bool {
        self.try_update_plan(id, |plan| {
            change(plan);
            Ok::<(), std::convert::Infallible>(())
        })
        .is_some()
    }

    /// Applies an edit the core may refuse (a goal's name taken, say). Only an edit that
    /// succeeded stamps the plan as modified and is saved; a refused one left the plan as it was.
    /// None when the plan is gone.
    pub fn try_update_plan<T, E>(
        &self,
        id: &str,
        change: impl FnOnce(&mut Plan) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        self.apply(id, |plan| change(plan).map(|t| (t, Changed::Anything)))
    }

    /// Changes one initiative of a plan; false when the plan or the initiative is gone (and
    /// then nothing changed). The closure is given that initiative alone, so the save may take
    /// every other initiative as written without comparing it.
    pub fn update_initiative(
        &self,
        plan_id: &str,
        initiative_id: &str,
        change: impl FnOnce(&mut Initiative),
    ) -> bool {
        let result: Option<Result<(), ()>> = self.apply(plan_id, |plan| {
            let initiative = plan.initiative_mut(initiative_id).ok_or(())?;
            change(initiative);
            // The id before and after: an edit that changed it reached both.
            let mut ids = BTreeSet::new();
            ids.insert(initiative_id.to_string());
            ids.insert(initiative.id.clone());
            Ok(((), Changed::Initiatives(ids)))
        });
        matches!(result, Some(Ok(())))
    }

    /// Changes a plan's framework (goals, criteria, strategies); false when the plan is gone.
    /// The closure is given the framework alone, so the save compares no initiative.
    pub fn update_framework(&self, plan_id: &str, change: impl FnOnce(&mut Framework)) -> bool {
        let result: Option<Result<(), std::convert::Infallible>> = self.apply(plan_id, |plan| {
            change(&mut plan.framework);
            Ok(((), Changed::Initiatives(BTreeSet::new())))
        });
        result.is_some()
    }

    /// Runs an edit that says what it reached, and on success records it for undo, stamps the
    /// plan as modified and schedules its save.
    fn apply<T, E>(
        &self,
        id: &str,
        change: impl FnOnce(&mut Plan) -> Result<(T, Changed), E>,
    ) -> Option<Result<T, E>> {
        let plan = self.slot(id, false)?;
        let now = now_iso();
        let mark = self.undo_prepare(id, js_sys::Date::now());
        let result = plan.try_update(|plan| {
            let result = change(plan);
            if result.is_ok() {
                plan.modified = now;
            }
            result
        })?;
        Some(result.map(|(value, reached)| {
            self.undo_record(id, mark);
            self.mark_dirty_with(id, reached);
            self.schedule_save();
            self.ask_persist_once(id);
            value
        }))
    }

    /// Applies `change` to the plan with `id` and schedules its write; false when it is gone.
    fn change_plan(&self, id: &str, change: impl FnOnce(&mut Plan)) -> bool {
        let Some(plan) = self.slot(id, false) else {
            return false;
        };
        plan.update(change);
        self.mark_dirty(id);
        self.schedule_save();
        true
    }

    /// Adds a plan at `index` (or last) and saves at once: a new plan must survive a reload.
    pub fn insert_plan(&self, plan: Plan, index: Option<usize>) {
        self.insert(plan, index);
        self.flush();
    }

    /// Puts a plan into the list (at the end without `index`) and marks it for writing.
    pub(super) fn insert(&self, plan: Plan, index: Option<usize>) {
        let slot = PlanSlot::new(plan);
        let id = slot.id.clone();
        self.plans.update(|plans| {
            let at = index.unwrap_or(plans.len()).min(plans.len());
            plans.insert(at, slot);
        });
        self.mark_dirty(&id);
    }

    /// Records an export. Unlike [`Self::update_plan`] it leaves "last modified" alone: an
    /// export changes nothing in the plan itself.
    pub fn mark_exported(&self, id: &str, when: String) {
        self.change_plan(id, |plan| plan.last_exported = Some(when));
    }

    /// Adds a large plan (an import) and writes it with the next autosave, so that the plan is
    /// on screen before the write of a few megabytes runs; leaving the page still flushes it.
    pub fn insert_plan_soon(&self, plan: Plan) {
        self.insert(plan, None);
        self.schedule_save();
    }

    /// Removes a plan and offers an undo.
    pub fn delete_plan(&self, id: &str) {
        let mut removed = None;
        self.plans.update(|plans| {
            if let Some(index) = plans.iter().position(|p| p.id == id) {
                removed = Some((plans.remove(index), index));
            }
        });
        if let Some((slot, index)) = removed {
            self.notice.set(Some(Notice::Deleted {
                plan: Box::new(slot.plan.get_untracked()),
                index,
            }));
            self.mark_dirty(id);
            self.flush();
        }
    }

    pub fn undo_delete(&self) {
        if let Some(Notice::Deleted { plan, index }) = self.notice.get_untracked() {
            self.notice.set(None);
            self.insert_plan(*plan, Some(index));
        }
    }

    /// Puts `plan` in place of the plan with the same id, exactly as given (timestamps too), and
    /// saves at once. Returns the plan it replaced, or None (and changes nothing) when it is gone.
    pub fn replace_plan(&self, plan: Plan) -> Option<Plan> {
        let id = plan.id.clone();
        let slot = self.slot(&id, false)?;
        let previous = slot.try_update(|current| std::mem::replace(current, plan));
        if previous.is_some() {
            self.mark_dirty(&id);
            self.flush();
        }
        previous
    }

    /// Restores the plan kept by the latest merge notice.
    pub fn undo_merge(&self) {
        if let Some(Notice::Merged { previous, .. }) = self.notice.get_untracked() {
            let (plan_id, name) = (previous.id.clone(), previous.name.clone());
            if self.replace_plan(*previous).is_some() {
                self.notice.set(Some(Notice::MergeUndone { plan_id, name }));
            }
        }
    }

    /// Every plan in the list was just read from storage: none changed since.
    pub(super) fn mark_all_read(&self) {
        let ids: Vec<String> = self
            .plans
            .with_untracked(|plans| plans.iter().map(|s| s.id.clone()).collect());
        self.reached.set_value(Reached::read(ids));
    }

    /// Marks a plan for writing, changed anywhere.
    pub(super) fn mark_dirty(&self, id: &str) {
        self.mark_dirty_with(id, Changed::Anything);
    }

    /// Marks a plan for writing after an edit that reached what `changed` says: a plan changed
    /// only in some initiatives (and its own fields) since its last write stays known as such.
    fn mark_dirty_with(&self, id: &str, changed: Changed) {
        self.reached.update_value(|r| r.note(id, changed));
        self.dirty.update_value(|d| {
            d.insert(id.to_string());
        });
    }

    pub(super) fn schedule_save(&self) {
        if self.status.get_untracked() != SaveStatus::MemoryOnly {
            self.status.set(SaveStatus::Saving);
        }
        let this = *self;
        self.timer.update_value(|timer| {
            if let Some(handle) = timer.take() {
                handle.clear();
            }
            *timer = set_timeout_with_handle(move || this.flush(), AUTOSAVE_DELAY).ok();
        });
    }
}
