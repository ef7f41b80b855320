//! The app's state: the plans, their autosave, and the notices shown about them. Pages reach a
//! plan only through this module.

pub mod app_state;
pub mod plan_handle;

pub use app_state::{AppState, Notice, PendingImport, SaveStatus};
pub use plan_handle::plan_memo;
