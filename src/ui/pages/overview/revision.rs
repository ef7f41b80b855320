//! Revising the plan into next year's plan from its overview (docs/domain.md §6): the section
//! that creates the revision, the line that links a revision back to its plan, the notice that
//! undoes it, and the reminder to go through the parameters.

use leptos::prelude::*;

use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::workflow::revision::{
    confirm_params_reviewed, next_period, revise_into_next_year, revised_name,
};
use crate::ui::browser::clock::now_iso;
use crate::ui::shell::route::{navigate, Route};
use crate::ui::state::{AppState, Notice, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::focus::{focus_later, focus_page_heading};

/// "Revidera inför nästa år": one button that makes next year's plan as a new plan, placed
/// right after this one in the list, and opens it. This plan is left as it is.
#[component]
pub fn Revise(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tx = t().revision();
    let plan = PlanHandle::on(state, plan_id);
    let next = plan.memo(|p| next_period(p.period).ok());
    let refused = RwSignal::new(false);
    let revise = move |_| {
        let made = plan.with_untracked(|p| {
            revise_into_next_year(p, RandomIds.next_id(), &now_iso()).map(|mut new| {
                new.name = revised_name(&p.name, p.period, new.period)
                    .unwrap_or_else(|| (tx.new_name)(&p.name, new.period.start_year));
                new
            })
        });
        match made {
            Some(Ok(new)) => {
                let id = new.id.clone();
                state.insert_revision(new);
                navigate(&Route::Plan { id });
            }
            Some(Err(_)) => refused.set(true),
            None => {}
        }
    };
    view! {
        <section class="revise" aria-labelledby="revise-heading">
            <h2 id="revise-heading">{tx.heading}</h2>
            <p>{tx.intro}</p>
            {move || match next.get().flatten() {
                Some(p) => view! {
                    <button type="button" on:click=revise aria-describedby=move || refused.get().then_some("revise-error")>
                        {(tx.button)(p.start_year, p.end_year)}
                    </button>
                    <Show when=move || refused.get()>
                        <p class="field-error" id="revise-error">{tx.past_last_year}</p>
                    </Show>
                }
                .into_any(),
                None => view! { <p class="field-error">{tx.past_last_year}</p> }.into_any(),
            }}
        </section>
    }
}

/// "Reviderad från <namn> (2019–2021)", a link when that plan is in this browser.
#[component]
pub fn RevisedFrom(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tx = t().revision();
    let from = PlanHandle::on(state, plan_id).memo(|p| p.revised_from.clone());
    move || {
        let from = from.get().flatten()?;
        let here = PlanHandle::on(state, StoredValue::new(from.plan_id.clone())).exists();
        let period = (tx.from_period)(from.period.start_year, from.period.end_year);
        let name = if here {
            let href = Route::Plan { id: from.plan_id }.href();
            view! { <a href=href>{from.name}</a> }.into_any()
        } else {
            view! { <span>{from.name}" "{tx.from_not_here}</span> }.into_any()
        };
        Some(view! { <p class="revised-from">{tx.revised_from}" "{name}" "{period}</p> })
    }
}

/// The notice after a revision, on the new plan's overview: undo removes the new plan and goes
/// back to the previous one. Once the new plan has been changed the undo is withdrawn, so work
/// done in it is never removed by a stale button.
#[component]
pub fn RevisionNotice(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tx = t().revision();
    let untouched = PlanHandle::on(state, plan_id).memo(|p| p.modified == p.created);
    let undo = move |_| {
        if let Some(from) = state.undo_revision() {
            navigate(&Route::Plan { id: from });
            focus_page_heading();
        }
    };
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || match state.notice.get() {
                Some(Notice::Revised { plan_id: new, from_name, .. }) if plan_id.with_value(|id| *id == new) => Some(view! {
                    <div class="message">
                        <p>{(tx.created_notice)(&from_name)}</p>
                        {move || if untouched.get().unwrap_or(false) {
                            view! { <button type="button" on:click=undo>{tx.undo}</button> }.into_any()
                        } else {
                            view! { <p>{tx.undo_gone}</p> }.into_any()
                        }}
                        <button type="button" class="secondary" on:click=move |_| state.notice.set(None)>{t().dismiss}</button>
                    </div>
                }),
                _ => None,
            }}
        </div>
    }
}

/// "Parametrarna gäller 2019 – se över dem" on a revised plan until the user confirms them.
#[component]
pub fn ParamsReview(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tx = t().revision();
    let plan = PlanHandle::on(state, plan_id);
    let year = plan.memo(|p| p.params_to_review);
    let confirm = move |_| {
        let now = now_iso();
        plan.edit(|p| confirm_params_reviewed(p, &now));
        // The notice and its button go; the parameters just confirmed are where reading goes on.
        focus_later("param-salary-value".to_string());
    };
    move || {
        let year = year.get().flatten()?;
        Some(view! {
            <div class="message params-review" role="group" aria-labelledby="params-review-text">
                <p id="params-review-text"><strong>{(tx.params_review)(year)}</strong></p>
                <p>{tx.params_review_hint}</p>
                <button type="button" on:click=confirm>{tx.params_reviewed}</button>
            </div>
        })
    }
}
