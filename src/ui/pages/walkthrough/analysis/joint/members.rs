//! The organisations of a joint initiative, each with the figures its split key reads; adding
//! one by name and removing one with undo. The list is drawn again only when the number of
//! organisations or the key changes, so typing never loses focus.

use leptos::prelude::*;

use crate::core::calc::numparse::parse_calendar_year;
use crate::core::calc::{parse_non_negative, parse_percent};
use crate::core::model::plan::clean_name;
use crate::core::model::{Member, SplitKey};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::{NumberInput, TextInput};
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{remove_with_undo, Removed, UndoNotice};

/// Changes the member at `index`, if it and the joint data are still there.
fn edit(ctx: WalkCtx, index: usize, change: impl FnOnce(&mut Member)) {
    ctx.edit(|i| {
        if let Some(m) = i.joint.as_mut().and_then(|j| j.members.get_mut(index)) {
            change(m)
        }
    });
}

#[component]
pub fn Members() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint();
    let removed = RwSignal::new(None::<Removed>);
    let shape = Memo::new(move |_| {
        ctx.with(|_, i| i.joint.as_ref().map(|jt| (jt.key, jt.members.len())))
            .flatten()
    });
    view! {
        <div class="joint-members">
            <h4>{j.members_heading}</h4>
            {move || {
                let (key, _) = shape.get()?;
                let members = ctx.with_untracked(|_, i| i.joint.as_ref().map(|jt| jt.members.clone())).flatten()?;
                Some(members.into_iter().enumerate().map(|(n, m)| view! {
                    <MemberFields index=n member=m key=key removed=removed />
                }).collect_view())
            }}
            <UndoNotice plan=ctx.plan removed=removed undo_id="joint-member-undo" message=j.member_removed />
            <AddMember />
        </div>
    }
}

#[component]
fn MemberFields(
    index: usize,
    member: Member,
    key: SplitKey,
    removed: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint();
    let name = if member.name.trim().is_empty() {
        j.unnamed.to_string()
    } else {
        member.name.clone()
    };
    let id = |field: &str| format!("joint-member-{index}-{field}");
    let figures = match key {
        SplitKey::Equal => ().into_any(),
        SplitKey::PerInhabitant => view! {
            <NumberInput id=id("population") label=(j.population)(&name) initial=member.population
                parse=parse_non_negative optional=true decimals=0
                on_change={move |v: Option<f64>| edit(ctx, index, |m| m.population = v)} />
            <TextInput id=id("source") label=(j.population_source)(&name) initial=member.population_source.clone()
                on_change={move |v: String| edit(ctx, index, |m| m.population_source = v)} />
            <NumberInput id=id("year") label=(j.population_year)(&name) initial=member.population_year.map(f64::from)
                parse=parse_calendar_year optional=true decimals=0 ungrouped=true
                on_change={move |v: Option<f64>| edit(ctx, index, |m| m.population_year = v.map(|y| y as i32))} />
        }.into_any(),
        SplitKey::PerUser => view! {
            <NumberInput id=id("users") label=(j.users)(&name) initial=member.users
                parse=parse_non_negative optional=true decimals=0
                on_change={move |v: Option<f64>| edit(ctx, index, |m| m.users = v)} />
        }.into_any(),
        SplitKey::OwnPercent => view! {
            <NumberInput id=id("percent") label=(j.percent)(&name) initial=member.percent
                parse=parse_percent optional=true unit="%"
                on_change={move |v: Option<f64>| edit(ctx, index, |m| m.percent = v)} />
        }.into_any(),
    };
    let remove = move |_| {
        let initiative = ctx.initiative_id.get_value();
        remove_with_undo(ctx.plan, removed, "joint-member-undo".to_string(), |p| {
            let joint = p.initiative_mut(&initiative)?.joint.as_mut()?;
            (index < joint.members.len()).then(|| joint.members.remove(index).name)
        });
    };
    view! {
        <fieldset class="joint-member">
            <legend>{name.clone()}</legend>
            <TextInput id=id("name") label=(j.member_name)(index + 1) initial=member.name.clone()
                on_change={move |v: String| edit(ctx, index, |m| m.name = v)} />
            {figures}
            <button type="button" class="secondary" on:click=remove>{(j.remove_member)(&name)}</button>
        </fieldset>
    }
}

/// A new organisation by name; the figures are filled in on its row.
#[component]
fn AddMember() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(clean) = clean_name(&name.get_untracked()) else {
            error.set(true);
            return;
        };
        error.set(false);
        let mut index = 0;
        ctx.edit(|i| {
            if let Some(jt) = i.joint.as_mut() {
                jt.members.push(Member::named(&clean));
                index = jt.members.len() - 1;
            }
        });
        name.set(String::new());
        focus_later(format!("joint-member-{index}-name"));
    };
    view! {
        <form class="inline-form joint-add" on:submit=add novalidate>
            <label for="joint-new-member">{j.new_member_label}</label>
            <input id="joint-new-member" type="text" prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
                aria-invalid=move || error.get().then_some("true")
                aria-describedby=move || error.get().then_some("joint-new-member-error") />
            <button type="submit">{j.add_member}</button>
            {move || error.get().then(|| view! { <p class="field-error" id="joint-new-member-error">{t().name_required}</p> })}
        </form>
    }
}
