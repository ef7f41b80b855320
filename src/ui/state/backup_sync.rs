//! Keeps [`Backup`](super::backup::Backup) current: after a load or a save, and asking the browser to keep the storage
//! at the first change to a plan of the person's own.

use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use super::app_state::AppState;
use super::backup::Persist;
use crate::core::content::example::EXAMPLE_PLAN_ID;
use crate::ui::browser::persist;

impl AppState {
    /// Reads storage use and unexported changes after a load or a save.
    pub(super) fn refresh_backup(&self) {
        if let Some(work) = self.work() {
            work.refresh_backup();
        }
    }

    /// [`Self::refresh_backup`], once the plans are read.
    pub(super) fn refresh_backup_now(&self) {
        let Some((storage, unexported, plans)) = self.with_repo(|r| {
            let plans = if r.is_persistent() {
                r.plan_storage_all()
            } else {
                Default::default()
            };
            (r.storage_use(), r.unexported_all(), plans)
        }) else {
            return;
        };
        self.backup.update(|b| {
            b.storage = storage;
            b.unexported = unexported;
            b.plans = plans;
        });
    }

    /// At start: the browser may already keep the storage (asked in an earlier visit).
    pub(super) fn check_persisted(&self) {
        let backup = self.backup;
        let persistent = self.is_persistent();
        if !persistent {
            backup.update(|b| b.persist = Persist::Unavailable);
            return;
        }
        spawn_local(async move {
            match persist::persisted().await {
                Some(true) => backup.update(|b| b.persist = Persist::Granted),
                None => backup.update(|b| b.persist = Persist::Unavailable),
                Some(false) => {}
            }
        });
    }

    /// After a change to a plan: the first change to one of the person's own plans (not the
    /// untouched example) asks the browser to keep the storage, once.
    pub(super) fn ask_persist_once(&self, plan_id: &str) {
        if plan_id == EXAMPLE_PLAN_ID
            || self
                .backup
                .with_untracked(|b| b.persist != Persist::NotAsked)
        {
            return;
        }
        let backup = self.backup;
        // Marked before the answer comes, so a burst of typing asks once.
        backup.update(|b| b.persist = Persist::Refused);
        spawn_local(async move {
            let answer = match persist::request().await {
                Some(true) => Persist::Granted,
                Some(false) => Persist::Refused,
                None => Persist::Unavailable,
            };
            backup.update(|b| b.persist = answer);
        });
    }
}
