//! The handlingsplan (seed 002): the decided work as activities with *Aktivitet, Period,
//! Ansvarig, Status*, grouped under the plan's inriktningsmål, plus the ongoing work outside the
//! goals (seed 002, bilaga 1). Everything is edited in place.
//!
//! The view derives only the ids of the activities; each activity's fields read their initial
//! values once and write through [`AppState::update_plan`], and rows are keyed by activity id, so
//! typing never re-creates a row or steals focus. One pager goes through the activities of all
//! goals, 50 at a time (see [`pages`]).

mod editor;
pub mod layout;
mod pages;
mod section;

use leptos::prelude::*;

use crate::core::portfolio::activity_groups::{closed_in_previous_plans, status_counts};
use crate::ui::shell::route::{PlanView, Route};
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::pager::Pager;
use pages::PlanPages;

#[component]
pub fn HandlingsplanView(plan_id: StoredValue<String>) -> impl IntoView {
    let h = t().handlingsplan();
    let pages = PlanPages::new(plan_id);
    let no_goals = PlanHandle::new(plan_id).memo(|p| p.framework.goals.is_empty());
    let counts = PlanHandle::new(plan_id).memo(status_counts);
    let closed = PlanHandle::new(plan_id).memo(closed_in_previous_plans);
    let follow_up = Route::PlanView {
        id: plan_id.get_value(),
        view: PlanView::FollowUp,
    }
    .href();
    let summary = move || {
        counts
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|(s, n)| format!("{}: {n}", t().activity_status(s)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <p class="view-intro">{h.intro}</p>
        <Show when=move || no_goals.get().unwrap_or(false)>
            <p class="message">{h.no_goals}</p>
        </Show>
        <p class="hp-summary">{h.status_summary}" "{summary}</p>
        {move || closed.get().filter(|n| *n > 0).map(|n| view! {
            <p class="hint hp-closed">{(t().revision().closed_in_follow_up)(n)}" "<a href=follow_up.clone()>{t().revision().open_follow_up}</a></p>
        })}
        <section::GoalIndex pages=pages />
        <For
            each=move || pages.sections.get()
            key=|s| (s.group.key.clone(), s.group.heading.clone(), s.continued)
            children=move |s| view! { <section::GroupSection plan_id=plan_id pages=pages section=s /> }
        />
        <Pager total=pages.total page=pages.page label=h.plan_pages />
    }
}
