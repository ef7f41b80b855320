//! One module per page.

pub mod about;
pub mod accessibility;
pub mod import;
pub mod not_found;
pub mod overview;
pub mod plan_views;
pub mod plans;
pub mod proposal;
pub mod samverkan;
pub mod walkthrough;
