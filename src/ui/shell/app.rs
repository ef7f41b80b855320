//! The shell: skip link, header with save status, the routed page, footer. It also wires the
//! browser events that protect data: save on leaving the page, reload when another tab writes.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::header::{Header, UiLanguage};
use super::lazy::{lazy_conflict_merge, lazy_conflict_panel, lazy_import_notice, Chunks};
use super::route::{use_route, Route};
use super::update::downloads_settled;
use crate::persistence::repository::INDEX_KEY;
use crate::ui::pages::{not_found, plans};
use crate::ui::state::{AppState, Notice, Reading};
use crate::ui::text::t;
use crate::ui::widgets::focus::focus_page_heading;

#[component]
pub fn App() -> impl IntoView {
    // First, so that everything made below, the state included, reads the chosen language.
    let language = UiLanguage::start();
    provide_context(language);
    let state = AppState::init();
    provide_context(state);
    let route = use_route();
    install_guards(state);
    install_undo_keys(state, route);
    focus_heading_on_navigation(route);
    let chunks = Chunks::new();
    // The idle prefetch waits until the plans are read: their reader's chunk comes first, and
    // a page clicked meanwhile shares the line with that one only.
    // Done is reached once (a failed read is retried to Done, never left), and the prefetch
    // skips chunks already here or on their way.
    Effect::new(move |_| match state.reading.get() {
        Reading::Done => chunks.prefetch_at_idle(),
        Reading::Failed => downloads_settled(),
        Reading::Started => {}
    });

    // Switching the language re-mounts everything below, so every text is read again from the
    // new table without any view tracking the language; the plans, their undo history and the
    // route live in `AppState` and the URL, outside, and stay as they were.
    move || {
        language.0.track();
        shell(state, route, chunks)
    }
}

fn shell(state: AppState, route: ReadSignal<Route>, chunks: Chunks) -> impl IntoView {
    // The live region is the shell's, so that a notice put in it is announced; what it says
    // comes from the import's chunk.
    let import_notice = Memo::new(move |_| {
        state
            .notice
            .with(|n| n.as_ref().is_some_and(Notice::is_import))
    });
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t().skip_to_content}</a>
        <Header route=route />
        // Busy while the plans are read (the list meanwhile comes from the index).
        <main id="main" tabindex="-1" aria-busy=move || (!state.is_read()).then_some("true")>
            {move || state.is_read().then(lazy_conflict_panel)}
            <div class="notice-region import-notice" role="status" aria-live="polite">
                {move || import_notice.get().then(|| lazy_import_notice(route))}
            </div>
            // A reload from storage (another tab wrote) re-mounts the page, so its forms show
            // what is stored rather than what they read when they opened.
            {move || { state.generation.track(); if let Some(id) = state.conflict_merge.get() {
                return lazy_conflict_merge(id);
            } match route.get() {
                Route::PlanList => view! { <plans::list::PlanListPage /> }.into_any(),
                // A page about a plan waits until the plans are read.
                other if other.needs_plans() && !state.is_read() => view! { <plans::reading::PlansReading /> }.into_any(),
                other => chunks.page(&other).unwrap_or_else(|| view! { <not_found::NotFoundPage /> }.into_any()),
            }}}
        </main>
        <footer class="site-footer">
            <nav aria-label=t().footer_label>
                <a href=Route::About.href()>{t().nav_about}</a>
                <a href=Route::Accessibility.href()>{t().nav_accessibility}</a>
            </nav>
            <p>{t().footer_data_note}</p>
        </footer>
    }
}

/// The skip link must not change the hash, which is the route: it moves focus instead.
fn skip_to_main(ev: ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// Writes pending changes when the page is hidden or left, and follows other tabs' writes.
fn install_guards(state: AppState) {
    // Leaving the page: written at once, since a write waiting for its lock might never run.
    let pagehide = window_event_listener(ev::pagehide, move |_| state.flush_now());
    let hidden = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            state.flush();
        }
    });
    let storage = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        // The index is written last by every save and delete: one reload per write, when the
        // plan's text and revision are already in place; none when the other tab's broadcast
        // already brought it.
        match e.key() {
            None => state.reload_from_storage(),
            Some(key) if key == INDEX_KEY => state.follow_index(e.new_value().as_deref()),
            Some(_) => {}
        }
    });
    state.connect_tabs();
    // A file dropped outside the import zone would make the browser navigate to it and leave
    // the app, with unsaved typing lost: cancel drops everywhere; the zone handles its own.
    let dragover = window_event_listener(ev::dragover, |e| e.prevent_default());
    let drop = window_event_listener(ev::drop, |e| e.prevent_default());
    on_cleanup(move || {
        dragover.remove();
        drop.remove();
        pagehide.remove();
        hidden.remove();
        storage.remove();
    });
}

/// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y; Cmd on macOS) undo and redo the plan on screen, except in
/// a text field or list, where the browser's own undo of the typing is what a person expects.
fn install_undo_keys(state: AppState, route: ReadSignal<Route>) {
    let keys = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
            return;
        }
        let back = match e.key().as_str() {
            "z" | "Z" => !e.shift_key(),
            "y" | "Y" if !e.shift_key() => false,
            _ => return,
        };
        let in_field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.is_content_editable()
            });
        if in_field {
            return;
        }
        let Some(id) = route.with_untracked(|r| r.plan_id().map(str::to_string)) else {
            return;
        };
        if state.undo_step(&id, back) {
            e.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());
}

/// After a navigation, focus moves to the new page's heading so screen readers announce it.
fn focus_heading_on_navigation(route: ReadSignal<Route>) {
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        route.track();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        focus_page_heading();
    });
}
