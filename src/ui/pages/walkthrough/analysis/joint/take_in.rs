//! "Ta in vår andel som eget initiativ": one organisation's share as a new initiative in another
//! of the user's plans, linked to this one (`core::portfolio::joint_share`), with undo.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::core::model::ids::RandomIds;
use crate::core::portfolio::joint_share::{share_initiative, ShareSource};
use crate::ui::browser::clock::now_iso;
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::shell::route::Route;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{Removed, UndoNotice};
use crate::ui::widgets::title::initiative_title;

#[component]
pub fn TakeIn() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint();
    let here = ctx.plan_id.get_value();
    let plans: Vec<(String, String)> = ctx
        .state
        .each_plan_untracked(|p| (p.id.clone(), p.name.clone()))
        .into_iter()
        .filter(|(id, _)| *id != here)
        .collect();
    let members = Memo::new(move |_| {
        ctx.with(|_, i| {
            i.joint.as_ref().map(|jt| {
                jt.members
                    .iter()
                    .map(|m| m.name.clone())
                    .collect::<Vec<_>>()
            })
        })
        .flatten()
        .unwrap_or_default()
    });
    let Some(first) = plans.first().map(|(id, _)| id.clone()) else {
        return view! { <p class="hint">{j.take_no_plans}</p> }.into_any();
    };
    let member = RwSignal::new(0usize);
    let target = RwSignal::new(first);
    let refused = RwSignal::new(None::<&'static str>);
    let removed = RwSignal::new(None::<Removed>);
    let added = RwSignal::new(None::<(String, String)>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let target_id = target.get_untracked();
        let handle = PlanHandle::on(ctx.state, StoredValue::new(target_id.clone()));
        let Some(before) = handle.with_untracked(Clone::clone) else {
            refused.set(Some(j.target_gone));
            return;
        };
        let index = member.get_untracked();
        let made = ctx.with_untracked(|plan, initiative| {
            let name = initiative.joint.as_ref()?.members.get(index)?.name.clone();
            let title = (j.share_title)(&initiative_title(&initiative.title), &name);
            let source = ShareSource {
                plan,
                initiative,
                member: index,
            };
            share_initiative(&source, &before, &title, &mut RandomIds, &now_iso()).ok()
        });
        // The split table already says why a share cannot be made.
        let Some(Some(share)) = made else {
            refused.set(Some(j.no_members));
            return;
        };
        refused.set(None);
        let (id, title) = (share.id.clone(), share.title.clone());
        handle.edit(|p| p.initiatives.push(share));
        removed.set(Some(Removed::after(handle, title, before)));
        added.set(Some((target_id, id)));
        focus_later("joint-open-taken".to_string());
    };
    view! {
        <form class="joint-take-in" aria-labelledby="joint-take-heading" on:submit=submit novalidate>
            <h4 id="joint-take-heading">{j.take_heading}</h4>
            <p class="hint">{j.take_intro}</p>
            <div class="field">
                <label for="joint-take-member">{j.take_member}</label>
                <select id="joint-take-member" on:change=move |ev| member.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {move || members.get().into_iter().enumerate().map(|(n, name)| {
                        view! { <option value=n.to_string() selected=move || member.get() == n>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="joint-take-plan">{j.take_plan}</label>
                <select id="joint-take-plan" aria-invalid=move || refused.get().is_some().then_some("true")
                    aria-describedby=move || refused.get().map(|_| "joint-take-error")
                    on:change=move |ev| target.set(event_target_value(&ev))>
                    {plans.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
                {move || refused.get().map(|m| view! { <p class="field-error" id="joint-take-error">{m}</p> })}
            </div>
            <button type="submit">{j.take_button}</button>
        </form>
        {move || added.get().map(|(plan_id, id)| {
            let handle = PlanHandle::on(ctx.state, StoredValue::new(plan_id.clone()));
            let href = Route::Initiative { plan: plan_id, initiative: id, step: None }.href();
            view! {
                <UndoNotice plan=handle removed=removed undo_id="joint-take-undo" message=j.taken />
                <p><a id="joint-open-taken" href=href>{j.open_taken}</a></p>
            }
        })}
    }
    .into_any()
}
