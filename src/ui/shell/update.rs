//! The notice that a new version of the app is ready. scripts/boot.js registers the service
//! worker and tells the app with the window event `beredning-update` (or the flag
//! `window.beredningUpdateWaiting`, when the news came before the app mounted). The page never
//! reloads by itself: the button saves every pending change first and asks boot.js to switch
//! (`beredning-apply-update`) only when the save worked, so a reload never loses typing.
//!
//! boot.js registers the worker only once the app's own downloads after the first screen are
//! over ([`downloads_settled`]): the worker's install fetches every file of the build, and on a
//! slow connection that would share the line with the plans' reader and the views.

use leptos::prelude::*;

use crate::ui::state::{AppState, SaveStatus};
use crate::ui::text::t;

const UPDATE_EVENT: &str = "beredning-update";
const APPLY_EVENT: &str = "beredning-apply-update";
const WAITING_FLAG: &str = "beredningUpdateWaiting";
const SETTLED_EVENT: &str = "beredning-settled";
const SETTLED_FLAG: &str = "beredningSettled";

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let waiting = RwSignal::new(already_waiting());
    let not_saved = RwSignal::new(false);
    let listener = window_event_listener_untyped(UPDATE_EVENT, move |_| waiting.set(true));
    on_cleanup(move || listener.remove());

    let apply = move |_| {
        // At once, not under the save lock: like leaving the page, the reload must not wait.
        // The write still refuses to go over another tab's newer version.
        state.flush_now();
        if state.status.get_untracked() == SaveStatus::Saved {
            not_saved.set(false);
            ask_to_switch();
        } else {
            not_saved.set(true);
        }
    };
    view! {
        <div class="update-notice" role="status">
            <Show when=move || waiting.get()>
                <button type="button" class="update-button" on:click=apply>{t().update().reload}</button>
                <Show when=move || not_saved.get()>
                    <p class="update-not-saved">{t().update().not_saved}</p>
                </Show>
            </Show>
        </div>
    }
}

fn already_waiting() -> bool {
    js_sys::Reflect::get(&window(), &WAITING_FLAG.into()).is_ok_and(|v| v.is_truthy())
}

fn ask_to_switch() {
    if let Ok(event) = web_sys::Event::new(APPLY_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

/// Tells boot.js that the app fetches nothing more on its own (the idle prefetch is over, or
/// the plans' reader could not be fetched), so the service worker may now be registered.
pub fn downloads_settled() {
    let _ = js_sys::Reflect::set(&window(), &SETTLED_FLAG.into(), &true.into());
    if let Ok(event) = web_sys::Event::new(SETTLED_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}
