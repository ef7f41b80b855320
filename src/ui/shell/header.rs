//! The site header: app name, main navigation and the save status, which is never silent.

use leptos::prelude::*;

use crate::ui::shell::route::Route;
use crate::ui::state::{AppState, SaveStatus};
use crate::ui::text::t;

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
                    <li><a href=Route::About.href() aria-current=current(Route::About)>{t().nav_about}</a></li>
                </ul>
            </nav>
            <SaveStatusView />
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
