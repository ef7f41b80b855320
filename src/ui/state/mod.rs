//! The app's state: the plans, their autosave, and the notices shown about them. Pages reach a
//! plan only through a [`PlanHandle`].

pub mod app_state;
pub mod backup;
mod backup_sync;
pub mod conflict;
pub mod notice;
mod overlap;
pub mod plan_handle;
pub mod preview;
mod reached;
mod read_work;
mod revision;
mod save;
pub mod undo;
mod undo_ops;
pub mod unreadable;
pub mod work;

pub use app_state::{AppState, Reading};
pub use notice::{Notice, PendingImport, PendingProposal, SaveStatus};
pub use plan_handle::PlanHandle;
