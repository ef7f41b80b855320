//! Importing a plan file: the problems found, or a preview with "import as a new plan" or
//! "merge into an existing plan". The checked file waits in memory
//! ([`crate::ui::state::PendingImport`]); nothing is stored until the user confirms.

pub mod merge;
pub mod notice;
pub mod picker;
mod preview;
mod problems;

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::format::import::Imported;
use crate::ui::shell::route::Route;
use crate::ui::state::AppState;
use crate::ui::text::t;
use crate::ui::widgets::focus::focused_heading;
use crate::ui::widgets::heading::set_title;

#[component]
pub fn ImportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    set_title(t().import().title);
    // Read once: confirming clears the pending file, which must not flash "nothing to import"
    // before the next page shows.
    match state.pending_import.get_untracked() {
        None => view! { <NothingToImport /> }.into_any(),
        Some(pending) => match pending.result {
            Err(problems) => {
                view! { <problems::ProblemsView file_name=pending.file_name problems=problems /> }
                    .into_any()
            }
            Ok(imported) => {
                view! { <Loaded file_name=pending.file_name imported=imported /> }.into_any()
            }
        },
    }
}

/// A reload forgets the file (it is never stored), so the page says so instead of failing.
#[component]
fn NothingToImport() -> impl IntoView {
    let heading = focused_heading();
    view! {
        <h1 tabindex="-1" node_ref=heading>{t().import().nothing_title}</h1>
        <p>{t().import().nothing_body}</p>
        <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
    }
}

/// The preview, and the merge step once the user has chosen to merge.
#[component]
fn Loaded(file_name: String, imported: Arc<Imported>) -> impl IntoView {
    let merging = RwSignal::new(None::<String>);
    let choice = preview::ModeChoice::new(&imported.plan);
    let imported = StoredValue::new(imported);
    let file_name = StoredValue::new(file_name);
    move || {
        match merging.get() {
        None => view! {
            <preview::Preview file_name=file_name.get_value() imported=imported.get_value() choice=choice merging=merging />
        }
        .into_any(),
        Some(target) => view! {
            <merge::MergeStep target_id=target theirs=imported.with_value(|i| i.plan.clone()) merging=merging />
        }
        .into_any(),
    }
    }
}
