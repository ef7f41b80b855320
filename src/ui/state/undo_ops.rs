//! Undo and redo on the app's state: recording each edit, and stepping back and forth. Undo
//! puts the plan back, writes it, and re-mounts the page so every form shows it.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::app_state::AppState;
use super::undo::UndoMark;
use crate::core::workflow::snapshot::PlanSnapshot;
use crate::ui::widgets::focus::active_control;

impl AppState {
    /// Before an edit: what it is (from the focused control) and, unless it joins the burst of
    /// typing already recorded, a copy of the plan as it is.
    pub(super) fn undo_prepare(&self, id: &str, now_ms: f64) -> UndoMark {
        let (field, label) = active_control().unwrap_or_default();
        let joins = self
            .undo
            .histories
            .with_value(|h| h.get(id).is_some_and(|h| h.joins(field.as_deref(), now_ms)));
        let before = if joins { None } else { self.plan_cloned(id) };
        UndoMark {
            field,
            label,
            before,
            now_ms,
        }
    }

    /// After an edit that succeeded: records it.
    pub(super) fn undo_record(&self, id: &str, mark: UndoMark) {
        let items = self
            .slot(id, false)
            .map(|p| p.with_untracked(|p| p.initiatives.len()))
            .unwrap_or(0);
        self.undo.histories.update_value(|all| {
            let history = all.entry(id.to_string()).or_default();
            match mark.before {
                Some(before) => history.record(
                    PlanSnapshot::take(before, history.latest(true)),
                    &mark.label,
                    mark.field.as_deref(),
                    mark.now_ms,
                    items,
                ),
                None => history.touch(mark.field.as_deref(), mark.now_ms),
            }
        });
        self.undo.tick.update(|t| *t += 1);
    }

    /// Undoes (`back`) or redoes the latest change to the plan; false when there is none.
    pub fn undo_step(&self, id: &str, back: bool) -> bool {
        self.work().is_some_and(|work| work.undo_step(id, back))
    }

    /// [`Self::undo_step`], once the plans are read (before, nothing was changed to undo).
    pub(super) fn undo_step_now(&self, id: &str, back: bool) -> bool {
        let Some(slot) = self.slot(id, false) else {
            return false;
        };
        let current = slot.get_untracked();
        let step = self.undo.histories.try_update_value(|all| {
            let history = all.get_mut(id)?;
            let current = PlanSnapshot::take(current, history.latest(back));
            if back {
                history.undo(current)
            } else {
                history.redo(current)
            }
        });
        let Some(Some(step)) = step else { return false };
        slot.set(step.state.restore());
        self.mark_dirty(id);
        self.schedule_save();
        self.reread_forms();
        self.undo.said.set(Some((back, step.label)));
        self.undo.tick.update(|t| *t += 1);
        true
    }

    /// What an undo (`back`) or redo would do now, tracked by the buttons.
    pub fn undo_next(&self, id: &str, back: bool) -> Option<String> {
        self.undo.tick.track();
        self.undo.histories.with_value(|all| {
            let history = all.get(id)?;
            if back {
                history.next_undo()
            } else {
                history.next_redo()
            }
            .map(str::to_string)
        })
    }

    /// Another tab's version replaced the plans here: their histories no longer apply.
    pub(super) fn undo_forget(&self) {
        self.undo.histories.update_value(BTreeMap::clear);
        self.undo.tick.update(|t| *t += 1);
    }
}
