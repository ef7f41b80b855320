//! Samverkan on the analysis step: mark the initiative as joint, list the organisations with the
//! figures the split key reads, choose the key, and see each organisation's share; then take
//! one organisation's share into another plan (docs/domain.md §7).

mod members;
mod table;
mod take_in;

use leptos::prelude::*;

use super::section::Section;
use crate::core::model::{Joint, SplitKey};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::shell::route::Route;
use crate::ui::text::t;
use crate::ui::widgets::fields::Checkbox;

#[component]
pub fn JointSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint();
    let is_joint = Memo::new(move |_| ctx.with(|_, i| i.joint.is_some()).unwrap_or(false));
    let initial = is_joint.get_untracked();
    view! {
        <Section id="analysis-joint" title=j.heading>
            <LinkedNote />
            <p class="hint">{j.intro}</p>
            <Checkbox id="joint-on" label=j.is_joint initial=initial
                on_change={move |on: bool| ctx.edit(|i| i.joint = on.then(Joint::default))} />
            {move || is_joint.get().then(|| view! {
                <KeyChoice />
                <members::Members />
                <table::SplitTable />
                <take_in::TakeIn />
            })}
        </Section>
    }
}

fn set_key(ctx: WalkCtx, key: SplitKey) {
    ctx.edit(|i| {
        if let Some(joint) = i.joint.as_mut() {
            joint.key = key;
        }
    });
}

/// The split key as radio buttons.
#[component]
fn KeyChoice() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint();
    let key = Memo::new(move |_| {
        ctx.with(|_, i| i.joint.as_ref().map(|jt| jt.key))
            .flatten()
            .unwrap_or_default()
    });
    view! {
        <fieldset class="radio-group joint-key">
            <legend>{j.key_legend}</legend>
            {SplitKey::ALL.into_iter().enumerate().map(|(n, k)| {
                let id = format!("joint-key-{n}");
                view! {
                    <div class="radio">
                        <input type="radio" id=id.clone() name="joint-key" prop:checked=move || key.get() == k
                            on:change=move |_| set_key(ctx, k) />
                        <label for=id>{j.key(k)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// On an initiative that is one organisation's share: whose share, and a way to the joint one
/// when its plan is in this browser.
#[component]
fn LinkedNote() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint();
    move || {
        let link = ctx.with(|_, i| i.joint_link.clone()).flatten()?;
        let here = ctx.state.has_plan(&link.plan_id);
        let href = Route::Initiative {
            plan: link.plan_id.clone(),
            initiative: link.initiative_id.clone(),
            step: None,
        }
        .href();
        Some(view! {
            <p class="message">
                {(j.linked_note)(&link.member, link.share_percent)}
                {here.then(|| view! { " "<a href=href>{j.linked_open}</a> })}
            </p>
        })
    }
}
