//! Choosing a plan file on the plan list: a file input for everyone, and a drop zone around it
//! for those who drag. The file is checked by size before it is read, then read and checked in
//! full; the result waits in memory on the import page and nothing is stored here.

use leptos::ev::{DragEvent, Event};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::format::import::check_size;
use crate::core::format::shared::Shared;
use crate::ui::shell::lazy::read_import;
use crate::ui::shell::route::{navigate, Route};
use crate::ui::state::{AppState, PendingImport};
use crate::ui::text::{problem_message, t};

const INPUT_ID: &str = "import-file";
const HINT_ID: &str = "import-file-hint";
const ERROR_ID: &str = "import-file-error";

#[component]
pub fn ImportSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    let reading = RwSignal::new(false);
    let dragging = RwSignal::new(false);

    let start = move |file: web_sys::File| {
        error.set(None);
        // The size is known without reading: a huge file is refused before it costs memory.
        if let Err(problem) = check_size(file.size().max(0.0) as u64) {
            error.set(Some(problem_message(&problem)));
            return;
        }
        reading.set(true);
        spawn_local(async move {
            let bytes = read_file(&file).await;
            let _ = reading.try_set(false);
            match bytes {
                Some(bytes) => {
                    // The import's checks live in their own chunk, fetched on the first file.
                    let Ok(opened) = read_import(bytes).await else {
                        let _ = error.try_set(Some(t().lazy_failed.to_string()));
                        return;
                    };
                    match opened {
                        // A proposal file goes to its own preview (docs/domain.md §7.4).
                        Ok(Shared::Proposal(read)) => {
                            state.pending_proposal.set(Some(std::sync::Arc::new(*read)));
                            navigate(&Route::ProposalFile);
                        }
                        result => {
                            let result = match result {
                                Ok(Shared::Plan(imported)) => Ok(std::sync::Arc::new(*imported)),
                                Ok(Shared::Proposal(_)) => Err(Vec::new()),
                                Err(problems) => Err(problems),
                            };
                            state.pending_import.set(Some(PendingImport {
                                file_name: file.name(),
                                result,
                            }));
                            navigate(&Route::Import);
                        }
                    }
                }
                None => {
                    let _ = error.try_set(Some(t().import().read_failed.to_string()));
                }
            }
        });
    };

    let on_change = move |ev: Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        // Cleared, so that choosing the same file again (after fixing it) is seen as a change.
        input.set_value("");
        if let Some(file) = file {
            start(file);
        }
    };
    let on_drag_over = move |ev: DragEvent| {
        // Without this the browser opens the dropped file itself instead of handing it over.
        ev.prevent_default();
        dragging.set(true);
    };
    let zone = NodeRef::<leptos::html::Div>::new();
    // Moving over the input inside the zone also fires dragleave: only leaving the zone counts.
    let on_drag_leave = move |ev: DragEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(zone.get_untracked())
            .is_some_and(|(node, zone)| zone.contains(Some(&node)));
        if !inside {
            dragging.set(false);
        }
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        match ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            Some(file) => start(file),
            None => error.set(Some(t().import().no_file_dropped.to_string())),
        }
    };

    let described_by = move || {
        if error.with(Option::is_some) {
            format!("{HINT_ID} {ERROR_ID}")
        } else {
            HINT_ID.to_string()
        }
    };

    view! {
        <section class="import-plan" aria-labelledby="import-heading">
            <h2 id="import-heading">{t().import().section_title}</h2>
            <p>{t().import().section_intro}</p>
            <div
                class="drop-zone"
                node_ref=zone
                class:drop-active=move || dragging.get()
                role="region"
                aria-label=t().import().drop_zone_label
                on:dragenter=on_drag_over
                on:dragover=on_drag_over
                on:dragleave=on_drag_leave
                on:drop=on_drop
            >
                <p class="drop-text">
                    {move || if dragging.get() { t().import().drop_active } else { t().import().drop_idle }}
                </p>
                <div class="field">
                    <label for=INPUT_ID>{t().import().file_label}</label>
                    <p class="hint" id=HINT_ID>{t().import().file_hint}</p>
                    <input
                        id=INPUT_ID
                        type="file"
                        accept=".json,application/json"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=described_by
                        on:change=on_change
                    />
                    {move || error.get().map(|msg| view! { <p class="field-error" id=ERROR_ID>{msg}</p> })}
                </div>
                <p class="import-reading" role="status">
                    {move || reading.get().then_some(t().import().reading)}
                </p>
            </div>
        </section>
    }
}

/// The whole file as bytes, or None when the browser cannot read it (moved, no permission).
async fn read_file(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
