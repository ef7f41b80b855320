//! The start page: the plans kept in this browser. It is the first screen, so the main module
//! draws it from the index's summaries at once; once the plans are read, the list with its
//! actions comes from the plans' reader's chunk (`read_list.rs`).

use leptos::prelude::*;

use super::reading::PlansReading;
use super::table::{PlanTable, SummaryCells};
use crate::ui::shell::lazy::{chunk_view, plan_list_chunk};
use crate::ui::state::AppState;
use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};

#[component]
pub fn PlanListPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    set_title(t().plans_title);
    view! {
        <PageHeading text=t().plans_title.to_string() />
        <p>{t().plans_intro}</p>
        // Until the plans are read, their lines come from the index's summaries: the same
        // cells, without the actions that change a plan.
        {move || if state.is_read() {
            chunk_view(plan_list_chunk, |render| render())
        } else {
            view! {
                <Show when=move || state.preview.with(|p| !p.is_empty())>
                    <PlanTable>
                        <For
                            each=move || state.preview.get()
                            key=|summary| summary.id.clone()
                            children=|summary| view! {
                                <tr><SummaryCells summary=summary /><td class="actions"></td></tr>
                            }
                        />
                    </PlanTable>
                </Show>
                <PlansReading />
            }.into_any()
        }}
    }
}
