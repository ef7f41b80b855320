//! The plan as one JSON file: the interface between organisations and the user's backup.

use leptos::prelude::*;

use super::export::{export_file_name, Status, StatusLine};
use crate::core::format::{self, FORMAT_ID, FORMAT_VERSION};
use crate::ui::browser::clock::{now_iso, short};
use crate::ui::browser::download::save_text;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;

#[component]
pub fn JsonExport(plan_id: StoredValue<String>) -> impl IntoView {
    let s = t().share();
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let last = Memo::new(move |_| plan.with(|p| p.last_exported.clone()).flatten());
    let status = RwSignal::new(Status::Idle);
    let export = move |_| {
        let now = now_iso();
        let file = export_file_name(plan, "", "json");
        // The file carries the export time it records, so it equals the plan as stored after.
        let json = plan.with_untracked(|p| {
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
                    Status::Done((s.json_done)(&file))
                }
                Err(_) => Status::Failed(s.save_failed),
            },
        );
    };
    let last_text = move || match last.get() {
        Some(when) => (s.last_exported)(&short(&when)),
        None => s.never_exported.to_string(),
    };
    view! {
        <section class="share-section" aria-labelledby="share-json-heading">
            <h2 id="share-json-heading">{s.json_heading}</h2>
            <p>{(s.json_about)(FORMAT_ID, FORMAT_VERSION)}</p>
            <p>{s.json_use}</p>
            <p class="share-last">{last_text}</p>
            <button type="button" on:click=export>{s.json_button}</button>
            <StatusLine status=status />
        </section>
    }
}
