//! Undo and redo for every change to a plan, kept per plan while the tab is open
//! (`core::workflow::history`): the state it needs. Every edit goes through
//! `AppState::try_update_plan`, which records the plan as it was (`undo_ops.rs`).

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::workflow::history::History;
use crate::core::workflow::snapshot::PlanSnapshot;
use crate::core::Plan;

/// The per-plan histories. Not a signal: a plan's history is large and only the buttons need to
/// know what changed, through [`Undo::tick`].
#[derive(Clone, Copy)]
pub struct Undo {
    /// Each plan's history keeps snapshots that share unchanged initiatives.
    pub histories: StoredValue<BTreeMap<String, History<PlanSnapshot>>, LocalStorage>,
    /// Counts changes to any history, so the buttons re-read what they can do.
    pub tick: RwSignal<u64>,
    /// What the last undo or redo did, for the polite live region.
    pub said: RwSignal<Option<(bool, String)>>,
}

impl Default for Undo {
    fn default() -> Self {
        Self {
            histories: StoredValue::new_local(BTreeMap::new()),
            tick: RwSignal::new(0),
            said: RwSignal::new(None),
        }
    }
}

/// What the state learned before an edit (`undo_ops.rs`).
pub(super) struct UndoMark {
    pub(super) field: Option<String>,
    pub(super) label: String,
    pub(super) before: Option<Plan>,
    pub(super) now_ms: f64,
}
