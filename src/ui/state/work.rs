//! The state's work that needs the plans' reader: writing plans, following another tab's write,
//! undo and redo, and the storage figures. None of it has anything to do before the plans are
//! read, so the state reaches it through a trait object that the chunk reading the plans hands
//! over with them (`read_work.rs`): its code travels in that chunk, as the repository's does
//! (`persistence::plan_repo`), not in the first download (docs/performance.md).

use std::collections::BTreeSet;

/// What the state does once the plans are read. The object holds the state; each method is the
/// state's method of the same name with `_now` (`save.rs`, `undo_ops.rs`, `backup_sync.rs`).
pub trait ReadWork {
    fn write(&self, ids: &BTreeSet<String>);
    fn reload(&self);
    fn undo_step(&self, id: &str, back: bool) -> bool;
    fn refresh_backup(&self);
}
