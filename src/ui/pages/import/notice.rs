//! The notice after an import or a merge, shown above the pages of that plan (and on the plan
//! list) until dismissed or replaced. The merge notice holds the plan as it was, for undo.
//!
//! An import or a merge is made in the import's chunk, so the notice's code and texts live there
//! too: the shell keeps the live region and draws this into it from the chunk
//! (`ui::shell::lazy::lazy_import_notice`).

use leptos::prelude::*;

use crate::core::format::merge::MergeSummary;
use crate::ui::shell::route::{PlanView, Route};
use crate::ui::state::{AppState, Notice};
use crate::ui::text::t;

/// The notice of an import, a merge or its undo, for the chunk to hand to the shell: drawn on
/// the pages of that plan, nothing elsewhere.
pub fn render_import_notice(route: ReadSignal<Route>) -> AnyView {
    let state = expect_context::<AppState>();
    view! {
            {move || {
                let notice = state.notice.get()?;
                let here = route.get();
                let view = match notice {
                    Notice::Imported { plan_id, name, new_id, same_name, params_differ }
                        if shows_plan(&here, &plan_id) =>
                    {
                        imported(plan_id, name, new_id, same_name, params_differ)
                    }
                    Notice::Merged { previous, summary } if shows_plan(&here, &previous.id) => {
                        merged(previous.name.clone(), summary)
                    }
                    Notice::MergeUndone { plan_id, name } if shows_plan(&here, &plan_id) => view! {
                        <div class="message">
                            <p>{t().import().merge_undone}" "<strong>{name}</strong></p>
                            <DismissButton />
                        </div>
                    }
                    .into_any(),
                    _ => return None,
                };
                Some(view)
            }}
    }
    .into_any()
}

/// The notice belongs to one plan: it shows on that plan's pages and on the plan list only.
fn shows_plan(route: &Route, id: &str) -> bool {
    match route {
        Route::PlanList => true,
        Route::Plan { id: shown } | Route::PlanView { id: shown, .. } => shown == id,
        Route::Initiative { plan, .. } => plan == id,
        _ => false,
    }
}

fn imported(
    plan_id: String,
    name: String,
    new_id: bool,
    same_name: bool,
    params_differ: bool,
) -> AnyView {
    let tx = t().import();
    let compare = Route::PlanView {
        id: plan_id,
        view: PlanView::Compare,
    }
    .href();
    view! {
        <div class="message">
            <p>
                {tx.imported_notice}" "<strong>{name}</strong>
                {new_id.then(|| format!(" {}", tx.imported_new_id))}
                {same_name.then(|| format!(" {}", tx.imported_same_name))}
            </p>
            {params_differ.then(|| view! { <p><a href=compare>{tx.compare_link}</a></p> })}
            <DismissButton />
        </div>
    }
    .into_any()
}

fn merged(name: String, summary: MergeSummary) -> AnyView {
    let state = expect_context::<AppState>();
    let tx = t().import();
    let counts = (tx.merged_counts)(&summary);
    let undo = move |_| {
        state.undo_merge();
        // The button is gone with the notice: the page heading is where reading resumes.
        crate::ui::widgets::focus::focus_page_heading();
    };
    view! {
        <div class="message">
            <p>{tx.merged_notice}" "<strong>{name}</strong>". "{counts}</p>
            <button type="button" on:click=undo>{tx.undo_merge}</button>
            <DismissButton />
        </div>
    }
    .into_any()
}

#[component]
fn DismissButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <button type="button" class="secondary" on:click=move |_| state.notice.set(None)>{t().dismiss}</button>
    }
}
