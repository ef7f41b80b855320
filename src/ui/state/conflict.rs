//! When two tabs changed the same plan: the tab whose save found the other tab's newer revision
//! wrote nothing (`persistence::repository`), keeps its own version on screen, and the person
//! chooses: keep both (this tab's version as a copy), keep this tab's over the other's, take
//! the other's (this tab's version stays one undo away), or merge them in the import's merge
//! view, this tab's version as "yours" and the other tab's as "theirs", initiative by initiative
//! (undone like any merge). Open forms re-read what is stored.

use leptos::prelude::*;

use super::app_state::AppState;
use crate::core::model::ids::RandomIds;
use crate::core::Plan;
use crate::ui::browser::clock::now_iso;
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::staged::redraw_whole;

impl AppState {
    /// Re-mounts the open page so every form shows the plans as they are now, keeping focus on
    /// the same field when it is still there.
    pub(super) fn reread_forms(&self) {
        let focused = document()
            .active_element()
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
        redraw_whole();
        self.generation.update(|g| *g += 1);
        if let Some(id) = focused {
            focus_later(id);
        }
    }

    /// The plan as the other tab stored it, for the conflict's choice; `None` when unreadable.
    pub fn stored_version(&self, id: &str) -> Option<Plan> {
        self.with_repo(|r| r.stored_plan(id).ok().flatten())
            .flatten()
    }

    /// Keeps both: this tab's version becomes a new plan named `copy_name` (saved at once), and
    /// the plan takes the other tab's version.
    pub fn conflict_keep_both(&self, id: &str, copy_name: &str) -> bool {
        let Some(mine) = self.plan_cloned(id) else {
            return false;
        };
        let Some(theirs) = self.stored_version(id) else {
            return false;
        };
        let copy = mine.duplicate(&mut RandomIds, copy_name, &now_iso());
        self.take_stored(id, theirs);
        let at = self.plan_ids().iter().position(|p| p == id).map(|i| i + 1);
        self.insert_plan(copy, at);
        true
    }

    /// Keeps this tab's version: it is written over the other tab's.
    pub fn conflict_keep_mine(&self, id: &str) {
        let _ = self.update_repo(|r| r.accept_stored(id));
        self.resolved(id);
        self.mark_dirty(id);
        self.flush();
    }

    /// Takes the other tab's version; gives back this tab's, for undo.
    pub fn conflict_take_theirs(&self, id: &str) -> Option<Plan> {
        let mine = self.plan_cloned(id)?;
        let theirs = self.stored_version(id)?;
        self.take_stored(id, theirs);
        Some(mine)
    }

    /// Puts this tab's version back after taking the other's, and writes it.
    pub fn conflict_undo_take(&self, mine: Plan) {
        let id = mine.id.clone();
        if let Some(slot) = self.slot(&id, false) {
            slot.set(mine);
            self.mark_dirty(&id);
            self.flush();
            self.reread_forms();
        }
    }

    /// Opens the merge view for the two versions; false when the other tab's version cannot be
    /// read. Nothing is written until the merge is applied.
    pub fn conflict_open_merge(&self, id: &str) -> bool {
        let readable = self.stored_version(id).is_some();
        if readable {
            self.conflict_merge.set(Some(id.to_string()));
        }
        readable
    }

    /// The merge of the two versions is being applied: it is written over the other tab's
    /// version, which it includes as the person chose per initiative.
    pub fn conflict_merged(&self, id: &str) {
        let _ = self.update_repo(|r| r.accept_stored(id));
        self.resolved(id);
        self.conflict_merge.set(None);
    }

    fn take_stored(&self, id: &str, theirs: Plan) {
        let _ = self.update_repo(|r| r.accept_stored(id));
        if let Some(slot) = self.slot(id, false) {
            slot.set(theirs);
        }
        self.dirty.update_value(|d| {
            d.remove(id);
        });
        self.reached.update_value(|r| r.forget(id));
        self.resolved(id);
        self.reread_forms();
    }

    fn resolved(&self, id: &str) {
        self.conflicts.update(|c| c.retain(|p| p != id));
    }
}
