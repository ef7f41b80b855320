//! Writing changed plans, and following the other tabs' writes. Each plan's compare-and-write
//! runs under its Web Lock where the browser has them (`ui::browser::locks`), so two tabs never
//! both pass the revision check (`persistence::repository`); a change made while the lock is
//! awaited is written by that same write, never dropped. After a write the other tabs hear of it
//! at once on a `BroadcastChannel` (`ui::browser::tabs`); the `storage` event is the fallback,
//! and a write heard both ways is followed once.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::app_state::{AppState, PlanSlot};
use super::notice::{Notice, SaveStatus};
use crate::persistence::tabs::{save_lock_name, TabMessage};
use crate::persistence::StoreError;
use crate::ui::browser::locks;
use crate::ui::browser::tabs::TabChannel;

impl AppState {
    /// Writes every changed plan: each under its save lock where storage is shared with other
    /// tabs and the browser has Web Locks, otherwise at once. Plans that fail stay marked, so
    /// the next change retries.
    pub fn flush(&self) {
        self.clear_timer();
        let dirty = self.dirty.with_value(|d| d.clone());
        if dirty.is_empty() {
            return;
        }
        if self.with_repo(|_| ()).is_none() {
            // The plans are not read yet; nothing can have changed. Kept for when they are.
            return;
        }
        let shared = self.is_persistent();
        if !shared || !locks::available() {
            self.write(&dirty);
            return;
        }
        for id in dirty {
            let newly = self
                .waiting
                .try_update_value(|w| w.insert(id.clone()))
                .unwrap_or(false);
            if !newly {
                // The write already waiting for this plan's lock reads the plan when it runs,
                // so it takes this change along.
                continue;
            }
            let this = *self;
            let name = save_lock_name(&id);
            locks::with_lock(&name, move || this.write_locked(id));
        }
    }

    /// Writes every changed plan now, without waiting for a lock: when the page is being left,
    /// a write that waits might never run.
    pub fn flush_now(&self) {
        self.clear_timer();
        let dirty = self.dirty.with_value(|d| d.clone());
        if !dirty.is_empty() {
            self.write(&dirty);
        }
    }

    /// The lock for `id` is held: writes the plan as it is now, unless it was written meanwhile.
    fn write_locked(&self, id: String) {
        // `try_`: the state may have gone (a test unmounted the app) before the lock came.
        if self.waiting.try_update_value(|w| w.remove(&id)).is_none() {
            return;
        }
        if self.dirty.with_value(|d| d.contains(&id)) {
            self.write(&BTreeSet::from([id]));
        }
    }

    fn clear_timer(&self) {
        self.timer.update_value(|timer| {
            if let Some(handle) = timer.take() {
                handle.clear();
            }
        });
    }

    /// Writes the plans `ids` through the work the plans' reader handed over (`work.rs`);
    /// nothing before the plans are read, when nothing can have changed.
    fn write(&self, ids: &BTreeSet<String>) {
        if let Some(work) = self.work() {
            work.write(ids);
        }
    }

    /// Writes the plans `ids` (a plan no longer in the list is deleted), tells the other tabs,
    /// and says in the header how it went.
    pub(super) fn write_now(&self, ids: &BTreeSet<String>) {
        let mut failed = BTreeSet::new();
        let mut error = None;
        let mut conflicts = Vec::new();
        let mut sent = Vec::new();
        let order: Vec<String> = self
            .plans
            .with_untracked(|p| p.iter().map(|s| s.id.clone()).collect());
        let written = self.update_repo(|repo| {
            for id in ids {
                let result = match self.slot(id, false) {
                    Some(plan) => {
                        let changed = self.reached.with_value(|r| r.hint(id));
                        plan.with_untracked(|plan| repo.save_changed(plan, &changed))
                            .map(|()| TabMessage::Saved {
                                id: id.clone(),
                                revision: repo.seen_revision(id),
                            })
                    }
                    None => repo
                        .delete(id)
                        .map(|()| TabMessage::Deleted { id: id.clone() }),
                };
                match result {
                    Ok(message) => sent.push(message),
                    Err(e) => {
                        if e == StoreError::ChangedElsewhere {
                            conflicts.push(id.clone());
                        }
                        failed.insert(id.clone());
                        error = Some(e);
                    }
                }
            }
            if error.is_none() {
                if let Err(e) = repo.reorder(&order) {
                    error = Some(e);
                }
            }
        });
        if written.is_none() {
            return;
        }
        self.dirty.update_value(|d| {
            d.retain(|id| !ids.contains(id) || failed.contains(id));
        });
        // Each plan written is now as stored: until an edit says otherwise, nothing changed.
        self.reached.update_value(|r| {
            for id in ids.iter().filter(|id| !failed.contains(*id)) {
                r.written(id);
            }
        });
        self.tabs.with_value(|tabs| {
            if let Some(channel) = tabs {
                sent.iter().for_each(|m| channel.post(m));
            }
        });
        if !conflicts.is_empty() {
            self.conflicts.update(|known| {
                for id in conflicts {
                    if !known.contains(&id) {
                        known.push(id);
                    }
                }
            });
        }
        self.status.set(self.status_after(error));
        self.refresh_backup();
    }

    /// The header's status after a write: a failure of an earlier write of another plan, still
    /// unwritten, is not hidden by this one's success.
    pub(super) fn status_after(&self, error: Option<StoreError>) -> SaveStatus {
        if !self.is_persistent() {
            return SaveStatus::MemoryOnly;
        }
        if let Some(e) = error {
            return SaveStatus::Failed(e);
        }
        let current = self.status.get_untracked();
        let unwritten = self.dirty.with_value(|d| !d.is_empty());
        if unwritten && matches!(current, SaveStatus::Failed(_)) {
            current
        } else if self.waiting.with_value(|w| !w.is_empty()) {
            SaveStatus::Saving
        } else {
            SaveStatus::Saved
        }
    }

    /// Opens the channel to the other tabs: their messages reload this tab at once.
    pub fn connect_tabs(&self) {
        let this = *self;
        let channel = TabChannel::open(move |message| this.follow_message(&message));
        self.tabs.set_value(channel);
    }

    /// Another tab wrote (its broadcast): reloads unless this tab has already read that write.
    pub fn follow_message(&self, message: &TabMessage) {
        if self.with_repo(|r| r.is_news(message)).unwrap_or(false) {
            self.reload_from_storage();
        }
    }

    /// Another tab wrote the index (a `storage` event with its new text): reloads unless this
    /// tab has already read it, after that tab's broadcast.
    pub fn follow_index(&self, text: Option<&str>) {
        if self.with_repo(|r| r.is_new_index(text)).unwrap_or(false) {
            self.reload_from_storage();
        }
    }

    /// Another tab changed storage: take its plans when nothing here is waiting to be written.
    pub fn reload_from_storage(&self) {
        if let Some(work) = self.work() {
            work.reload();
        }
    }

    /// [`Self::reload_from_storage`], once the plans are read.
    pub(super) fn reload_now(&self) {
        if self.dirty.with_value(|d| !d.is_empty()) {
            return;
        }
        if let Some(Ok(report)) = self.update_repo(|repo| repo.load_all()) {
            self.plans
                .set(report.plans.into_iter().map(PlanSlot::new).collect());
            self.mark_all_read();
            self.unreadable.set(report.problems);
            self.broken_versions.set(report.broken_versions);
            self.refresh_backup();
            self.undo_forget();
            self.reread_forms();
            self.notice.set(Some(Notice::OtherTab));
        }
    }
}
