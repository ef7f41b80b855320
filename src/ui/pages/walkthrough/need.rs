//! Step 1, Behov: what the problem is, who has it, who proposes it (seeds 002, 004).

use leptos::prelude::*;

use super::ctx::WalkCtx;
use crate::core::model::initiative::TargetGroup;
use crate::ui::text::t;
use crate::ui::widgets::fields::{Checkbox, CheckboxGroup, TextInput};

#[component]
pub fn NeedStep() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(i) = ctx.initiative() else {
        return ().into_any();
    };
    let w = t().walk();
    let groups: Vec<(TargetGroup, String)> = TargetGroup::ALL
        .iter()
        .map(|g| (*g, w.target_group(*g).to_string()))
        .collect();
    view! {
        <TextInput id="need-title" label=w.title initial=i.title required=true
            on_change={move |v: String| ctx.edit(|i| i.title = v)} />
        <TextInput id="need-problem" label=w.problem hint=w.problem_hint initial=i.need.problem multiline=true
            on_change={move |v: String| ctx.edit(|i| i.need.problem = v)} />
        <TextInput id="need-current" label=w.current_situation initial=i.need.current_situation multiline=true
            on_change={move |v: String| ctx.edit(|i| i.need.current_situation = v)} />
        <CheckboxGroup id="need-groups" legend=w.target_groups options=groups initial=i.need.target_groups
            on_change={move |v: Vec<TargetGroup>| ctx.edit(|i| i.need.target_groups = v)} />
        <TextInput id="need-unit" label=w.proposing_unit initial=i.need.proposing_unit
            on_change={move |v: String| ctx.edit(|i| i.need.proposing_unit = v)} />
        <TextInput id="need-contact" label=w.contact initial=i.need.contact
            on_change={move |v: String| ctx.edit(|i| i.need.contact = v)} />
        <TextInput id="need-equality" label=w.equality hint=w.equality_hint initial=i.need.equality_considerations multiline=true
            on_change={move |v: String| ctx.edit(|i| i.need.equality_considerations = v)} />
        <TextInput id="need-participation" label=w.participation hint=w.participation_hint initial=i.need.user_participation multiline=true
            on_change={move |v: String| ctx.edit(|i| i.need.user_participation = v)} />
        <Checkbox id="need-verified" label=w.verified hint=w.verified_hint initial=i.need.verified
            on_change={move |v: bool| ctx.edit(|i| i.need.verified = v)} />
    }
    .into_any()
}
