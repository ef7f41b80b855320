//! The plan as one JSON file: the interface between organisations and the user's backup.

use leptos::prelude::*;

use super::{export_file_name, with_plan, Status, StatusLine};
use crate::core::format::{self, FORMAT_ID, FORMAT_VERSION};
use crate::ui::browser::clock::{now_iso, short};
use crate::ui::browser::download::save_text;
use crate::ui::state::AppState;
use crate::ui::text::t;

#[component]
pub fn JsonExport(plan_id: StoredValue<String>) -> impl IntoView {
    let s = t().share;
    let state = expect_context::<AppState>();
    let last = Memo::new(move |_| {
        let id = plan_id.get_value();
        state.plans.with(|plans| {
            plans
                .iter()
                .find(|p| p.id == id)
                .and_then(|p| p.last_exported.clone())
        })
    });
    let status = RwSignal::new(Status::Idle);
    let export = move |_| {
        let now = now_iso();
        let file = export_file_name(state, plan_id, "", "json");
        // The file carries the export time it records, so it equals the plan as stored after.
        let json = with_plan(state, plan_id, |p| {
            let mut plan = p.clone();
            plan.last_exported = Some(now.clone());
            format::to_json(&plan, Some(&now), true)
        });
        let Some(json) = json else {
            return;
        };
        status.set(
            match save_text(&file, "application/json;charset=utf-8", &json) {
                Ok(()) => {
                    state.mark_exported(&plan_id.get_value(), now);
                    Status::Done(s.json_done.replace("{file}", &file))
                }
                Err(_) => Status::Failed(s.save_failed),
            },
        );
    };
    let last_text = move || match last.get() {
        Some(when) => s.last_exported.replace("{date}", &short(&when)),
        None => s.never_exported.to_string(),
    };
    let body = s.json_body.iter().map(|p| {
        let text = p
            .replace("{format}", FORMAT_ID)
            .replace("{version}", &FORMAT_VERSION.to_string());
        view! { <p>{text}</p> }
    });
    view! {
        <section class="share-section" aria-labelledby="share-json-heading">
            <h2 id="share-json-heading">{s.json_heading}</h2>
            {body.collect_view()}
            <p class="share-last">{last_text}</p>
            <button type="button" on:click=export>{s.json_button}</button>
            <StatusLine status=status />
        </section>
    }
}
