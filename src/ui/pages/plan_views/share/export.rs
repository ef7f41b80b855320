//! What every export section shows and how its files are named. Exports read the plan through
//! [`PlanHandle::with_untracked`]: they are made on a click, so the view does not rebuild tables
//! on every change of a large plan.

use leptos::prelude::*;

use crate::ui::state::PlanHandle;
use crate::ui::text::t;

/// Where the last export from a section stands.
#[derive(Clone, PartialEq)]
pub enum Status {
    Idle,
    /// The Excel worker is making the file.
    Working,
    /// What was saved, as a sentence.
    Done(String),
    /// Why nothing was saved.
    Failed(&'static str),
}

/// A section's status: progress and success in a polite live region, failure as an alert.
#[component]
pub fn StatusLine(status: RwSignal<Status>) -> impl IntoView {
    let message = move || match status.get() {
        Status::Working => Some(t().share().xlsx_working.to_string()),
        Status::Done(text) => Some(text),
        Status::Idle | Status::Failed(_) => None,
    };
    let error = move || match status.get() {
        Status::Failed(text) => Some(view! { <p class="field-error" role="alert">{text}</p> }),
        _ => None,
    };
    view! {
        <p class="share-status" role="status">{message}</p>
        {error}
    }
}

/// The file name of an export of the plan made today.
pub fn export_file_name(plan: PlanHandle, part: &str, extension: &str) -> String {
    let name = plan.with_untracked(|p| p.name.clone()).unwrap_or_default();
    crate::core::format::sheets::file_name(
        &name,
        part,
        t().share().file_fallback,
        &crate::ui::browser::clock::today(),
        extension,
    )
}
