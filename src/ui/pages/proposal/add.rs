//! A proposal's preview, every text shown as text, and "Lägg till i plan": a new initiative in
//! the Behov stage of the chosen plan, with undo while the plan is as the addition left it.

use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::core::format::import::document::Read;
use crate::core::format::proposal::ProposalFile;
use crate::core::model::ids::{IdSource, RandomIds};
use crate::ui::browser::clock::now_iso;
use crate::ui::shell::route::Route;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::{problem_message, t};
use crate::ui::widgets::focus::{focus_later, focused_heading};
use crate::ui::widgets::removal::{Removed, UndoNotice};
use crate::ui::widgets::title::initiative_title;

#[component]
pub fn ProposalPreview(read: Arc<Read<ProposalFile>>) -> impl IntoView {
    let (p, w) = (t().proposal(), t().walk());
    let heading = focused_heading();
    let proposal = read.value.proposal.clone();
    let need = &proposal.need;
    let groups: Vec<&str> = need
        .target_groups
        .iter()
        .map(|g| w.target_group(*g))
        .collect();
    let rows: Vec<(&str, String)> = vec![
        (w.title, proposal.title.clone()),
        (w.problem, need.problem.clone()),
        (w.current_situation, need.current_situation.clone()),
        (w.target_groups, groups.join(", ")),
        (w.proposing_unit, need.proposing_unit.clone()),
        (w.contact, need.contact.clone()),
        (w.equality, need.equality_considerations.clone()),
        (w.participation, need.user_participation.clone()),
    ];
    let warnings: Vec<String> = read.warnings.iter().map(problem_message).collect();
    view! {
        <h1 tabindex="-1" node_ref=heading>{p.open_title}</h1>
        <p>{p.open_intro}</p>
        <table class="import-preview proposal-preview">
            <caption>{p.preview_caption}</caption>
            <tbody>
                {rows.into_iter().map(|(head, value)| {
                    let value = if value.trim().is_empty() { p.not_given.to_string() } else { value };
                    view! { <tr><th scope="row">{head}</th><td class="preserve-lines">{value}</td></tr> }
                }).collect_view()}
            </tbody>
        </table>
        {(!warnings.is_empty()).then(|| view! {
            <div class="import-warnings">
                <p>{p.warnings_intro}</p>
                <ul>{warnings.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        })}
        <AddToPlan read=read />
    }
}

#[component]
fn AddToPlan(read: Arc<Read<ProposalFile>>) -> impl IntoView {
    let p = t().proposal();
    let state = expect_context::<AppState>();
    let plans: Vec<(String, String)> =
        state.each_plan_untracked(|pl| (pl.id.clone(), pl.name.clone()));
    let Some(first) = plans.first().map(|(id, _)| id.clone()) else {
        return view! {
            <p class="message">{p.no_plans}" "<a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
        }
        .into_any();
    };
    let target = RwSignal::new(first);
    let gone = RwSignal::new(false);
    let removed = RwSignal::new(None::<Removed>);
    let added = RwSignal::new(None::<(String, String)>);
    let proposal = StoredValue::new(read.value.proposal.clone());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let plan_id = target.get_untracked();
        let plan = PlanHandle::on(state, StoredValue::new(plan_id.clone()));
        let Some((before, name)) = plan.with_untracked(|pl| (pl.clone(), pl.name.clone())) else {
            gone.set(true);
            return;
        };
        gone.set(false);
        let id = RandomIds.next_id();
        let now = now_iso();
        let initiative = proposal
            .get_value()
            .into_initiative(&before, id.clone(), &now);
        let title = initiative_title(&initiative.title);
        plan.edit(|pl| pl.initiatives.push(initiative));
        removed.set(Some(Removed::after(plan, (p.added)(&title, &name), before)));
        added.set(Some((plan_id, id)));
        focus_later("proposal-open-added".to_string());
    };
    view! {
        <form class="proposal-add" aria-labelledby="proposal-add-heading" on:submit=submit novalidate>
            <h2 id="proposal-add-heading">{p.add_heading}</h2>
            <div class="field">
                <label for="proposal-add-plan">{p.add_plan}</label>
                <select id="proposal-add-plan" aria-invalid=move || gone.get().then_some("true")
                    aria-describedby=move || gone.get().then_some("proposal-add-plan-error")
                    on:change=move |ev| target.set(event_target_value(&ev))>
                    {plans.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
                {move || gone.get().then(|| view! { <p class="field-error" id="proposal-add-plan-error">{p.plan_gone}</p> })}
            </div>
            <button type="submit">{p.add_button}</button>
        </form>
        {move || added.get().map(|(plan_id, id)| {
            let handle = PlanHandle::on(state, StoredValue::new(plan_id.clone()));
            let href = Route::Initiative { plan: plan_id, initiative: id, step: None }.href();
            view! {
                <UndoNotice plan=handle removed=removed undo_id="proposal-undo" message=|s: &str| s.to_string() />
                <p><a id="proposal-open-added" href=href>{p.open_added}</a></p>
            }
        })}
    }
    .into_any()
}
