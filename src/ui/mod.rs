//! The Leptos views. Components read signals and call the core; arithmetic and rules live in
//! [`crate::core`], strings in [`text`], storage behind [`state::AppState`].

pub mod app;
pub mod clock;
pub mod download;
pub mod route;
pub mod state;
pub mod text;
pub mod views;

/// Mounts the app on the page's body.
pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
