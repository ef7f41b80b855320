//! The one way a page reaches a plan: a handle by id that reads (tracked or not), derives memos
//! and edits, so that no page scans the plan list itself and "the plan is gone" is answered in
//! one place (every read returns `None`, every edit `false`).

use leptos::prelude::*;

use super::app_state::AppState;
use crate::core::{Activity, Framework, Initiative, Plan};
use crate::persistence::layout::BrokenVersion;
use crate::persistence::repository::PlanStorage;
use crate::ui::browser::clock::now_iso;

#[derive(Clone, Copy)]
pub struct PlanHandle {
    state: AppState,
    id: StoredValue<String>,
}

impl PlanHandle {
    /// A handle on the plan with `id` in the app state provided by the shell.
    pub fn new(id: StoredValue<String>) -> Self {
        Self::on(expect_context::<AppState>(), id)
    }

    pub fn on(state: AppState, id: StoredValue<String>) -> Self {
        Self { state, id }
    }

    /// The plan's id (empty when the handle's page has gone).
    pub fn id(&self) -> String {
        self.id.try_get_value().unwrap_or_default()
    }

    /// Reads the plan, tracking it: for figures and lists that follow the plan.
    pub fn with<R>(&self, read: impl FnOnce(&Plan) -> R) -> Option<R> {
        let plan = self.id.try_with_value(|id| self.state.slot(id, true))??;
        plan.try_with(read)
    }

    /// Reads without tracking: for a form's initial values and for checks made at a click.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Plan) -> R) -> Option<R> {
        let plan = self.id.try_with_value(|id| self.state.slot(id, false))??;
        plan.try_with_untracked(read)
    }

    /// A memo of what `read` derives from the plan: it wakes its readers only when that changes.
    pub fn memo<T: PartialEq + Send + Sync + Clone + 'static>(
        &self,
        read: impl Fn(&Plan) -> T + Send + Sync + 'static,
    ) -> Memo<Option<T>> {
        let this = *self;
        Memo::new(move |_| this.with(&read))
    }

    /// What the plan and its fastställda versions take in the browser's storage, tracked;
    /// `None` before its first write and when storage is in memory only.
    pub fn storage(&self) -> Option<PlanStorage> {
        let id = self.id.try_get_value()?;
        self.state
            .backup
            .try_with(|b| b.plans.get(&id).copied())
            .flatten()
    }

    /// The plan's fastställda versions that could not be read back, tracked.
    pub fn broken_versions(&self) -> Vec<BrokenVersion> {
        let id = self.id();
        self.state
            .broken_versions
            .try_with(|all| all.iter().filter(|b| b.plan_id == id).cloned().collect())
            .unwrap_or_default()
    }

    /// Whether the plan is still there, tracked.
    pub fn exists(&self) -> bool {
        self.id
            .try_with_value(|id| self.state.slot(id, true))
            .flatten()
            .is_some()
    }

    /// Changes the plan and schedules a save; false when it is gone.
    pub fn edit(&self, change: impl FnOnce(&mut Plan)) -> bool {
        self.state.update_plan(&self.id(), change)
    }

    /// An edit the core may refuse: saved only when it succeeds. None when the plan is gone.
    pub fn try_edit<T, E>(
        &self,
        change: impl FnOnce(&mut Plan) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        self.state.try_update_plan(&self.id(), change)
    }

    /// Changes one initiative; it and the plan get a new modified time. False when either is
    /// gone. The save then compares only this initiative with what is stored.
    pub fn edit_initiative(&self, id: &str, change: impl FnOnce(&mut Initiative)) -> bool {
        let now = now_iso();
        self.state.update_initiative(&self.id(), id, |initiative| {
            change(initiative);
            initiative.modified = now;
        })
    }

    /// Changes the plan's framework; false when the plan is gone. The save then compares no
    /// initiative with what is stored.
    pub fn edit_framework(&self, change: impl FnOnce(&mut Framework)) -> bool {
        self.state.update_framework(&self.id(), change)
    }

    /// Changes one activity of the handlingsplan; false when it or the plan is gone.
    pub fn edit_activity(&self, id: &str, change: impl FnOnce(&mut Activity)) -> bool {
        let mut found = false;
        self.edit(|plan| {
            if let Some(activity) = plan.activities.iter_mut().find(|a| a.id == id) {
                change(activity);
                found = true;
            }
        });
        found
    }
}
