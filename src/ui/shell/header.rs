//! The site header: app name, main navigation, the language switch and the save status, which
//! is never silent.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::browser::language::{initial, mark_document, remember};
use crate::ui::shell::route::Route;
use crate::ui::shell::update::UpdateNotice;
use crate::ui::state::{AppState, SaveStatus};
use crate::ui::text::{language, set_language, t, Language};
use crate::ui::widgets::staged::redraw_whole;

/// The UI language as a signal the shell re-mounts on; the texts themselves read
/// `ui::text::language`, which this keeps in step.
#[derive(Clone, Copy)]
pub struct UiLanguage(pub RwSignal<Language>);

impl UiLanguage {
    /// The remembered or browser-preferred language, applied to the texts and `<html lang>`.
    pub fn start() -> UiLanguage {
        let lang = initial();
        set_language(lang);
        mark_document(lang);
        UiLanguage(RwSignal::new(lang))
    }

    /// Switches, remembers the choice, and puts focus back on the switch once the shell has
    /// been re-mounted in the new language, so keyboard users are not thrown to the page top.
    fn switch(self, lang: Language) {
        set_language(lang);
        mark_document(lang);
        remember(lang);
        redraw_whole();
        self.0.set(lang);
        request_animation_frame(|| {
            if let Some(button) = document()
                .get_element_by_id(SWITCH_ID)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = button.focus();
            }
        });
    }
}

const SWITCH_ID: &str = "language-switch";

/// One button naming the other language in that language (`lang` set on it, so it is read
/// with the right pronunciation); its description says what it does in the current language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let ui = expect_context::<UiLanguage>();
    let other = match language() {
        Language::Swedish => Language::English,
        Language::English => Language::Swedish,
    };
    view! {
        <button type="button" id=SWITCH_ID class="secondary language-switch" lang=other.code()
            aria-describedby="language-switch-hint" on:click=move |_| ui.switch(other)>
            {t().other_language}
        </button>
        <span id="language-switch-hint" class="visually-hidden">{t().language_switch_hint}</span>
    }
}

#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let current = move |target: Route| {
        move || {
            let here = route.get();
            let active = here == target
                || (target == Route::PlanList
                    && matches!(
                        here,
                        Route::Plan { .. } | Route::PlanView { .. } | Route::Initiative { .. }
                    ));
            active.then_some("page")
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <a href=Route::PlanList.href() class="brand-name">{t().app_name}</a>
                <span class="brand-tagline">{t().app_tagline}</span>
            </div>
            <nav aria-label=t().nav_label>
                <ul>
                    <li><a href=Route::PlanList.href() aria-current=current(Route::PlanList)>{t().nav_plans}</a></li>
                    <li><a href=Route::Samverkan.href() aria-current=current(Route::Samverkan)>{t().nav_samverkan}</a></li>
                    <li><a href=Route::About.href() aria-current=current(Route::About)>{t().nav_about}</a></li>
                </ul>
            </nav>
            <LanguageSwitch />
            <UndoButtons route=route />
            <SaveStatusView />
            <UpdateNotice />
        </header>
    }
}

#[component]
fn SaveStatusView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || state.status.with(|s| t().save_status(s));
    let problem = move || {
        matches!(
            state.status.get(),
            SaveStatus::Failed(_) | SaveStatus::MemoryOnly
        )
    };
    view! {
        <p class="save-status" class:save-problem=problem role="status" aria-live="polite">
            <span class="visually-hidden">{t().save_status_label}": "</span>
            {text}
        </p>
    }
}

/// Undo and redo for the plan on screen, named by what they would take back; Ctrl+Z and
/// Ctrl+Shift+Z (Cmd on macOS) do the same outside text fields (`app.rs`).
#[component]
fn UndoButtons(route: ReadSignal<Route>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let u = t().history();
    let plan = move || route.with(|r| r.plan_id().map(str::to_string));
    let next = move |back: bool| plan().and_then(|id| state.undo_next(&id, back));
    let step = move |back: bool| {
        if let Some(id) = plan() {
            state.undo_step(&id, back);
        }
    };
    let said = move || {
        state.undo.said.get().map(|(back, what)| {
            if back {
                (u.undone)(&what)
            } else {
                (u.redone)(&what)
            }
        })
    };
    view! {
        <Show when=move || plan().is_some()>
            <div class="undo-buttons" role="group" aria-label=u.group>
                // The change each would take back is the button's description, not part of its
                // name, so the name never repeats another button's ("Lägg till mål").
                <button type="button" class="secondary" aria-keyshortcuts="Control+Z Meta+Z"
                    aria-describedby="undo-next" disabled=move || next(true).is_none() on:click=move |_| step(true)>
                    {u.undo}
                </button>
                <span id="undo-next" class="visually-hidden">{move || next(true).map(u.next)}</span>
                <button type="button" class="secondary" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
                    aria-describedby="redo-next" disabled=move || next(false).is_none() on:click=move |_| step(false)>
                    {u.redo}
                </button>
                <span id="redo-next" class="visually-hidden">{move || next(false).map(u.next)}</span>
            </div>
        </Show>
        <p class="visually-hidden" role="status" aria-live="polite">{said}</p>
    }
}
