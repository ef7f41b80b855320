//! "Dela och exportera": the whole plan as a file another organisation can import (and that is
//! the user's backup), and the plan's tables for a spreadsheet, as CSV or one Excel workbook.
//!
//! Nothing here changes the plan except the time of the last export, recorded only once the
//! browser has taken the file.

mod json;
mod sheets;
mod tables;

use leptos::prelude::*;

use crate::core::Plan;
use crate::ui::state::AppState;
use crate::ui::text::t;

#[component]
pub fn ShareView(plan_id: StoredValue<String>) -> impl IntoView {
    view! {
        <p class="view-intro">{t().share.intro}</p>
        <json::JsonExport plan_id=plan_id />
        <tables::TableExports plan_id=plan_id />
    }
}

/// Where the last export from a section stands.
#[derive(Clone, PartialEq)]
enum Status {
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
fn StatusLine(status: RwSignal<Status>) -> impl IntoView {
    let message = move || match status.get() {
        Status::Working => Some(t().share.xlsx_working.to_string()),
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

/// Reads the plan as it is now, without subscribing: exports are made on a click, so the view
/// does not rebuild tables on every change of a large plan.
fn with_plan<T>(
    state: AppState,
    plan_id: StoredValue<String>,
    read: impl FnOnce(&Plan) -> T,
) -> Option<T> {
    let id = plan_id.get_value();
    state
        .plans
        .try_with_untracked(|plans| plans.iter().find(|p| p.id == id).map(read))
        .flatten()
}

/// The file name of an export of the plan made today.
fn export_file_name(
    state: AppState,
    plan_id: StoredValue<String>,
    part: &str,
    extension: &str,
) -> String {
    let name = with_plan(state, plan_id, |p| p.name.clone()).unwrap_or_default();
    crate::core::format::sheets::file_name(
        &name,
        part,
        t().share.file_fallback,
        &crate::ui::browser::clock::today(),
        extension,
    )
}
