//! The list's state, shared by its parts (controls, tables, rows) through context.

use std::collections::HashSet;

use leptos::prelude::*;

use super::model::{Derived, Visible};
use crate::core::portfolio::{Filter, SortDir, SortKey};

/// The list's state, shared by its parts through context.
#[derive(Clone, Copy)]
pub struct ListCtx {
    pub plan_id: StoredValue<String>,
    pub derived: Memo<Option<Derived>>,
    pub visible: Memo<Visible>,
    pub filter: RwSignal<Filter>,
    pub sort: RwSignal<(SortKey, SortDir)>,
    pub ranked_page: RwSignal<usize>,
    pub blocked_page: RwSignal<usize>,
    /// Initiatives whose score breakdown is open, so it stays open when the rows re-render.
    pub open: RwSignal<HashSet<String>>,
}
