//! What every part of the walkthrough needs: which initiative of which plan, and how to read and
//! change it. Provided as context by the page, so steps and panels take no ids as props.

use leptos::prelude::*;

use crate::core::{Benefit, Initiative, Plan};
use crate::ui::state::{AppState, PlanHandle};

#[derive(Clone, Copy)]
pub struct WalkCtx {
    pub state: AppState,
    pub plan: PlanHandle,
    pub plan_id: StoredValue<String>,
    pub initiative_id: StoredValue<String>,
}

impl WalkCtx {
    pub fn new(state: AppState, plan_id: String, initiative_id: String) -> Self {
        let plan_id = StoredValue::new(plan_id);
        Self {
            state,
            plan: PlanHandle::on(state, plan_id),
            plan_id,
            initiative_id: StoredValue::new(initiative_id),
        }
    }

    /// Changes the initiative and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut Initiative)) {
        self.plan
            .edit_initiative(&self.initiative_id.get_value(), change);
    }

    /// Changes the benefit with `id`, if it is still there.
    pub fn edit_benefit(&self, id: StoredValue<String>, change: impl FnOnce(&mut Benefit)) {
        let id = id.get_value();
        self.edit(|i| {
            if let Some(b) = i.benefit_mut(&id) {
                change(b)
            }
        });
    }

    /// An edit of this initiative that the core may refuse (`change` gets the plan and the
    /// initiative's id): saved only when it succeeds. None when the plan is gone.
    pub fn try_edit<T, E>(
        &self,
        change: impl FnOnce(&mut Plan, &str) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        let id = self.initiative_id.get_value();
        self.plan.try_edit(|plan| change(plan, &id))
    }

    /// Changes the plan (e.g. a decision that adds an activity) and schedules a save.
    pub fn edit_plan(&self, change: impl FnOnce(&mut Plan)) {
        self.plan.edit(change);
    }

    /// Reads plan and initiative, tracking changes: for figures and lists that follow the model.
    pub fn with<R>(&self, read: impl FnOnce(&Plan, &Initiative) -> R) -> Option<R> {
        let id = self.initiative_id.get_value();
        self.plan
            .with(|plan| plan.initiative(&id).map(|i| read(plan, i)))
            .flatten()
    }

    /// Reads without tracking: for a form's initial values, which must not re-render on input.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Plan, &Initiative) -> R) -> Option<R> {
        let id = self.initiative_id.get_value();
        self.plan
            .with_untracked(|plan| plan.initiative(&id).map(|i| read(plan, i)))
            .flatten()
    }

    /// The initiative as it is now, read once (the plan is not cloned: it may be large).
    pub fn initiative(&self) -> Option<Initiative> {
        self.with_untracked(|_, i| i.clone())
    }
}
