//! The plan list once the plans are read: each plan with rename, duplicate and delete, the
//! notices with their undo, unreadable plans to rescue, and what a person starts from the list
//! (create, import, propose, back up). Its code lives in the plans' reader's chunk, which is
//! here by then (`ui::shell::lazy`); until then the list is drawn from the index's summaries.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::backup::BackupPanel;
use super::create::CreatePlanForm;
use super::row::PlanRow;
use super::table::PlanTable;
use super::unreadable::UnreadablePlans;
use crate::core::content::example::{example_plan, EXAMPLE_PLAN_ID};
use crate::ui::pages::import::picker::ImportSection;
use crate::ui::shell::route::Route;
use crate::ui::state::{AppState, Notice};
use crate::ui::text::t;

/// The read list, for the chunk to hand to the page.
pub fn render_read_list() -> AnyView {
    view! { <ReadList /> }.into_any()
}

#[component]
fn ReadList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_plans = move || state.has_plans();
    view! {
        <UnreadablePlans />
        <NoticeView />
        <Show
            when=has_plans
            fallback=|| view! { <p>{t().plan_list().plans_empty}</p> }
        >
            <PlanTable>
                <For
                    each=move || state.each_plan(|p| (p.id.clone(), p.modified.clone()))
                    key=|entry| entry.clone()
                    children=move |(id, _)| view! { <PlanRow id=id /> }
                />
            </PlanTable>
        </Show>
        <ListActions />
    }
}

/// What a person does with the list once the plans are read: restore the example, create,
/// import, propose, keep a backup.
#[component]
fn ListActions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let example_missing = move || state.plan_ids().iter().all(|id| id != EXAMPLE_PLAN_ID);
    let restore_example = move |_| state.insert_plan(example_plan(), Some(0));
    view! {
        <Show when=example_missing>
            <section class="restore-example" aria-labelledby="restore-example-heading">
                <h2 id="restore-example-heading">{t().template_example}</h2>
                <p>{t().plan_list().restore_example_hint}</p>
                <button type="button" on:click=restore_example>{t().plan_list().restore_example}</button>
            </section>
        </Show>
        <CreatePlanForm />
        <ImportSection />
        <p class="proposal-invite">{t().proposal().list_link_intro}" "<a href=Route::Proposal.href()>{t().proposal().nav_link}</a></p>
        <BackupPanel />
    }
}

/// The latest notice: a deleted plan with its undo, a created plan, another tab's change.
#[component]
fn NoticeView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let undo_ref = NodeRef::<leptos::html::Button>::new();
    // A deleted row takes focus with it: the undo button is the natural place to land.
    Effect::new(move |_| {
        if let Some(button) = undo_ref.get() {
            let _ = button.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
    let dismiss = move |_| state.notice.set(None);
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || state.notice.get().map(|notice| match notice {
                Notice::Deleted { plan, .. } => view! {
                    <div class="message">
                        <p>{t().plan_list().deleted_notice}" "<strong>{plan.name.clone()}</strong></p>
                        <button type="button" node_ref=undo_ref on:click=move |_| state.undo_delete()>{t().undo}</button>
                        <button type="button" class="secondary" on:click=dismiss>{t().dismiss}</button>
                    </div>
                }.into_any(),
                Notice::Created { name } => view! {
                    <div class="message"><p>{t().created_notice}" "<strong>{name}</strong></p></div>
                }.into_any(),
                // Shown by the import notice above every page of the plan (and here).
                Notice::Imported { .. } | Notice::Merged { .. } | Notice::MergeUndone { .. } => ().into_any(),
                // Shown on the revised plan's overview, where its undo is.
                Notice::Revised { .. } => ().into_any(),
                Notice::OtherTab => view! {
                    <div class="message"><p>{t().plan_list().other_tab_changed}</p>
                        <button type="button" class="secondary" on:click=dismiss>{t().dismiss}</button>
                    </div>
                }.into_any(),
            })}
        </div>
    }
}
