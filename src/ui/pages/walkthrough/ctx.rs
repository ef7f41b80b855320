//! What every part of the walkthrough needs: which initiative of which plan, and how to read and
//! change it. Provided as context by the page, so steps and panels take no ids as props.

use leptos::prelude::*;

use crate::core::{Initiative, Plan};
use crate::ui::state::AppState;

#[derive(Clone, Copy)]
pub struct WalkCtx {
    pub state: AppState,
    pub plan_id: StoredValue<String>,
    pub initiative_id: StoredValue<String>,
}

impl WalkCtx {
    pub fn new(state: AppState, plan_id: String, initiative_id: String) -> Self {
        Self {
            state,
            plan_id: StoredValue::new(plan_id),
            initiative_id: StoredValue::new(initiative_id),
        }
    }

    /// Changes the initiative and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut Initiative)) {
        let (plan, initiative) = (self.plan_id.get_value(), self.initiative_id.get_value());
        self.state.update_initiative(&plan, &initiative, change);
    }

    /// Changes the plan (e.g. a decision that adds an activity) and schedules a save.
    pub fn edit_plan(&self, change: impl FnOnce(&mut Plan)) {
        self.state.update_plan(&self.plan_id.get_value(), change);
    }

    /// Reads plan and initiative, tracking changes: for figures and lists that follow the model.
    pub fn with<R>(&self, read: impl FnOnce(&Plan, &Initiative) -> R) -> Option<R> {
        let (plan_id, id) = (self.plan_id.get_value(), self.initiative_id.get_value());
        self.state.plans.with(|plans| {
            let plan = plans.iter().find(|p| p.id == plan_id)?;
            let initiative = plan.initiative(&id)?;
            Some(read(plan, initiative))
        })
    }

    /// Reads without tracking: for a form's initial values, which must not re-render on input.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Plan, &Initiative) -> R) -> Option<R> {
        let (plan_id, id) = (self.plan_id.get_value(), self.initiative_id.get_value());
        self.state.plans.with_untracked(|plans| {
            let plan = plans.iter().find(|p| p.id == plan_id)?;
            let initiative = plan.initiative(&id)?;
            Some(read(plan, initiative))
        })
    }

    /// The initiative as it is now, read once (the plan is not cloned: it may be large).
    pub fn initiative(&self) -> Option<Initiative> {
        self.with_untracked(|_, i| i.clone())
    }
}
