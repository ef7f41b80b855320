//! The Leptos UI. Pages read signals and call the core; arithmetic and rules live in
//! [`crate::core`], strings in [`text`], plans behind [`state`].
//!
//! - [`shell`]: the app frame, header and hash routes;
//! - [`state`]: the app state, plan handles, notices and autosave;
//! - [`widgets`]: fields, the pager, headings and other pieces every page uses;
//! - [`pages`]: one module per page;
//! - [`browser`]: the clock and file downloads, the browser services pages call;
//! - [`text`]: every user-facing string.

pub mod browser;
pub mod pages;
pub mod shell;
pub mod state;
pub mod text;
pub mod widgets;

/// Mounts the app on the page's body.
pub fn start() {
    leptos::mount::mount_to_body(shell::app::App);
}
