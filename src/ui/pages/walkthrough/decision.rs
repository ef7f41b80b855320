//! Step 4, Beslut: record the forum's decision. Decisions form a history; a prioritised
//! initiative becomes an activity in the plan's handlingsplan.

use leptos::prelude::*;

use super::ctx::WalkCtx;
use crate::core::calc::{can_prioritise, parse_non_negative};
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::model::initiative::{Decision, DecisionOutcome};
use crate::core::workflow::walkthrough::{record_decision, DecisionError};
use crate::ui::browser::clock::today;
use crate::ui::shell::route::Route;
use crate::ui::text::num::kronor;
use crate::ui::text::t;
use crate::ui::widgets::fields::NumberInput;

const OUTCOMES: [DecisionOutcome; 4] = [
    DecisionOutcome::Prioriterad,
    DecisionOutcome::Avslagen,
    DecisionOutcome::Vilande,
    DecisionOutcome::Aterremitterad,
];

#[component]
pub fn DecisionStep() -> impl IntoView {
    view! {
        <DecisionForm />
        <DecisionHistory />
    }
}

#[component]
fn DecisionForm() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let can = Memo::new(move |_| {
        ctx.with(|p, i| can_prioritise(i, &p.framework))
            .unwrap_or(false)
    });
    let outcome = RwSignal::new(None::<DecisionOutcome>);
    let date = RwSignal::new(today());
    let forum = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let responsible = RwSignal::new(String::new());
    let period = RwSignal::new(String::new());
    let budget = RwSignal::new(None::<f64>);
    let outcome_error = RwSignal::new(false);
    let date_error = RwSignal::new(false);
    let forum_error = RwSignal::new(false);
    let recorded = RwSignal::new(None::<DecisionOutcome>);
    // The form is rebuilt after each decision so that its fields start empty again.
    let generation = RwSignal::new(0u32);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome_error.set(outcome.get_untracked().is_none());
        let Some(chosen) = outcome.get_untracked() else {
            return;
        };
        let decision = Decision {
            id: RandomIds.next_id(),
            outcome: chosen,
            date: date.get_untracked(),
            forum: forum.get_untracked().trim().to_string(),
            reason: reason.get_untracked(),
            responsible: responsible.get_untracked(),
            period: period.get_untracked(),
            budget: budget.get_untracked(),
        };
        let mut result = Ok(());
        let initiative_id = ctx.initiative_id.get_value();
        ctx.edit_plan(|plan| {
            result = record_decision(plan, &initiative_id, decision, RandomIds.next_id())
        });
        date_error.set(matches!(result, Err(DecisionError::NoDate)));
        forum_error.set(matches!(result, Err(DecisionError::NoForum)));
        if result.is_ok() {
            recorded.set(Some(chosen));
            outcome.set(None);
            forum.set(String::new());
            reason.set(String::new());
            responsible.set(String::new());
            period.set(String::new());
            budget.set(None);
            generation.update(|g| *g += 1);
        }
    };

    let plan_href = Route::Plan {
        id: ctx.plan_id.get_value(),
    }
    .href();
    view! {
        <div role="status" class="decision-status">
            {move || recorded.get().map(|o| view! {
                <p class="message">{w.decision_recorded}" "<strong>{w.outcome(o)}</strong>
                    {(o == DecisionOutcome::Prioriterad).then(|| view! { " "{w.decision_in_plan}" "<a href=plan_href.clone()>{w.back_to_plan}</a> })}
                </p>
            })}
        </div>
        {move || { generation.track(); view! {
        <form class="decision-form" on:submit=submit novalidate aria-labelledby="decision-heading">
            <h3 id="decision-heading">{w.decision_new}</h3>
            <fieldset class="radio-group" aria-describedby=move || outcome_error.get().then_some("outcome-error")
                aria-invalid=move || outcome_error.get().then_some("true")>
                <legend>{w.decision_outcome}</legend>
                {OUTCOMES.into_iter().map(|o| {
                    // The id names the variant, not its label, so it is the same and valid in every language.
                    let id = format!("outcome-{}", format!("{o:?}").to_lowercase());
                    let disabled = move || o == DecisionOutcome::Prioriterad && !can.get();
                    view! {
                        <div class="radio">
                            <input type="radio" name="outcome" id=id.clone() disabled=disabled
                                on:change=move |_| outcome.set(Some(o)) />
                            <label for=id>{w.outcome(o)}</label>
                        </div>
                    }
                }).collect_view()}
                {move || (!can.get()).then(|| view! { <p class="hint">{w.decision_prioritised_blocked}</p> })}
                {move || outcome_error.get().then(|| view! { <p class="field-error" id="outcome-error">{w.decision_outcome}": "{w.missing_decision}</p> })}
            </fieldset>
            <div class="field">
                <label for="decision-date">{w.decision_date}</label>
                <input id="decision-date" type="date" prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev))
                    aria-invalid=move || date_error.get().then_some("true")
                    aria-describedby=move || date_error.get().then_some("decision-date-error") />
                {move || date_error.get().then(|| view! { <p class="field-error" id="decision-date-error">{w.decision_date_missing}</p> })}
            </div>
            <div class="field">
                <label for="decision-forum">{w.decision_forum}</label>
                <p class="hint" id="decision-forum-hint">{w.decision_forum_hint}</p>
                <input id="decision-forum" type="text" list="forum-suggestions" prop:value=move || forum.get()
                    on:input=move |ev| forum.set(event_target_value(&ev))
                    aria-invalid=move || forum_error.get().then_some("true")
                    aria-describedby=move || if forum_error.get() { "decision-forum-hint decision-forum-error" } else { "decision-forum-hint" } />
                <datalist id="forum-suggestions">
                    {w.forum_suggestions.iter().map(|f| view! { <option value=*f></option> }).collect_view()}
                </datalist>
                {move || forum_error.get().then(|| view! { <p class="field-error" id="decision-forum-error">{w.decision_forum_missing}</p> })}
            </div>
            <div class="field">
                <label for="decision-reason">{w.decision_reason}</label>
                <textarea id="decision-reason" rows="3" prop:value=move || reason.get()
                    on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
            </div>
            <Show when=move || outcome.get() == Some(DecisionOutcome::Prioriterad)>
                <div class="field">
                    <label for="decision-responsible">{w.decision_responsible}</label>
                    <input id="decision-responsible" type="text" prop:value=move || responsible.get()
                        on:input=move |ev| responsible.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="decision-period">{w.decision_period}</label>
                    <p class="hint" id="decision-period-hint">{w.decision_period_hint}</p>
                    <input id="decision-period" type="text" aria-describedby="decision-period-hint" prop:value=move || period.get()
                        on:input=move |ev| period.set(event_target_value(&ev)) />
                </div>
                <NumberInput id="decision-budget" label=w.decision_budget unit=w.kr initial=None
                    parse=parse_non_negative optional=true decimals=0
                    on_change={move |v: Option<f64>| budget.set(v)} />
            </Show>
            <button type="submit">{w.decision_submit}</button>
        </form>
        } }}
    }
}

#[component]
fn DecisionHistory() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let decisions = Memo::new(move |_| ctx.with(|_, i| i.decisions.clone()).unwrap_or_default());
    view! {
        <section class="decision-history" aria-labelledby="history-heading">
            <h3 id="history-heading">{w.decision_history}</h3>
            {move || {
                let list = decisions.get();
                if list.is_empty() {
                    return view! { <p>{w.decision_none}</p> }.into_any();
                }
                view! {
                    <ol reversed=true>
                        {list.into_iter().rev().map(|d| view! {
                            <li>
                                <strong>{d.date.clone()}", "{d.forum.clone()}": "{w.outcome(d.outcome)}</strong>
                                {(!d.reason.is_empty()).then(|| view! { <p>{d.reason.clone()}</p> })}
                                {(d.outcome == DecisionOutcome::Prioriterad).then(|| view! {
                                    <p>{w.decision_responsible}": "{d.responsible.clone()}"; "{w.decision_period}": "{d.period.clone()}
                                        {d.budget.map(|b| format!("; {}: {}", w.decision_budget, kronor(b)))}</p>
                                })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}
