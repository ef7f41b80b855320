//! Opening what a link or a file carries: a proposal goes to its preview, a plan to the import
//! page (with every check of the import), and anything else is refused with the reasons and
//! nothing changed.

use std::sync::Arc;

use leptos::prelude::*;

use super::add::ProposalPreview;
use crate::core::format::shared::{open_link, Shared};
use crate::ui::shell::route::{navigate, Route};
use crate::ui::state::{AppState, PendingImport};
use crate::ui::text::{open_error_messages, t};
use crate::ui::widgets::focus::focused_heading;
use crate::ui::widgets::heading::set_title;

/// A link's data part, opened once when the page mounts.
#[component]
pub fn OpenLinkPage(data: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    set_title(t().proposal().open_title);
    match open_link(&data) {
        Ok(Shared::Proposal(read)) => view! { <ProposalPreview read=Arc::new(*read) /> }.into_any(),
        Ok(Shared::Plan(imported)) => {
            state.pending_import.set(Some(PendingImport {
                file_name: t().proposal().share_label.to_string(),
                result: Ok(Arc::new(*imported)),
            }));
            navigate(&Route::Import);
            ().into_any()
        }
        Err(error) => view! { <Refused messages=open_error_messages(&error) /> }.into_any(),
    }
}

/// A proposal read from a file on the plan list, waiting in memory.
#[component]
pub fn ProposalFilePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    set_title(t().proposal().open_title);
    match state.pending_proposal.get_untracked() {
        Some(read) => view! { <ProposalPreview read=read /> }.into_any(),
        None => {
            let heading = focused_heading();
            view! {
                <h1 tabindex="-1" node_ref=heading>{t().proposal().open_title}</h1>
                <p>{t().proposal().file_missing}</p>
                <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
            }
            .into_any()
        }
    }
}

#[component]
fn Refused(messages: Vec<String>) -> impl IntoView {
    let p = t().proposal();
    set_title(p.refused_title);
    let heading = focused_heading();
    view! {
        <h1 tabindex="-1" node_ref=heading>{p.refused_title}</h1>
        <div class="import-problems" role="alert">
            <p>{p.refused_intro}</p>
            <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            <p>{p.nothing_changed}</p>
        </div>
        <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
    }
}
