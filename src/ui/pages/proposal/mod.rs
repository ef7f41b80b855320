//! Proposals (*förslag*, docs/domain.md §7.4): "Lämna ett förslag", where anyone without a plan
//! fills in the need step of one initiative and sends it as a file or a link; and opening such a
//! link or file, with a preview and "Lägg till i plan". Nothing is stored until the strategist
//! adds the proposal to a plan.

mod add;
pub mod open;
mod send;

use leptos::prelude::*;

use crate::core::format::proposal::Proposal;
use crate::core::model::initiative::TargetGroup;
use crate::ui::text::t;
use crate::ui::widgets::fields::{CheckboxGroup, TextInput};
use crate::ui::widgets::heading::{set_title, PageHeading};

use send::TITLE_ID;
const TITLE_ERROR_ID: &str = "proposal-title-error";

#[component]
pub fn ProposalPage() -> impl IntoView {
    let p = t().proposal();
    set_title(p.title);
    let draft = RwSignal::new(Proposal::default());
    let title_error = RwSignal::new(false);
    view! {
        <PageHeading text=p.title.to_string() />
        {p.intro.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
        <form class="proposal-form" aria-labelledby="proposal-form-heading" novalidate
            on:submit=|ev| ev.prevent_default()>
            <h2 id="proposal-form-heading">{p.form_heading}</h2>
            <NeedFields draft=draft title_error=title_error />
        </form>
        <send::SendProposal draft=draft title_error=title_error />
    }
}

/// The walkthrough's need fields (docs/domain.md §2.2) on a proposal held in memory; whether the
/// need is verified is left to the strategist.
#[component]
fn NeedFields(draft: RwSignal<Proposal>, title_error: RwSignal<bool>) -> impl IntoView {
    let w = t().walk();
    let groups: Vec<(TargetGroup, String)> = TargetGroup::ALL
        .iter()
        .map(|g| (*g, w.target_group(*g).to_string()))
        .collect();
    let on_title = move |ev| {
        let value = event_target_value(&ev);
        draft.update(|d| d.title = value);
        if draft.with_untracked(Proposal::has_title) {
            title_error.set(false);
        }
    };
    view! {
        <div class="field" class:has-error=move || title_error.get()>
            <label for=TITLE_ID>{w.title}</label>
            <input id=TITLE_ID type="text" required=true on:input=on_title
                aria-invalid=move || title_error.get().then_some("true")
                aria-describedby=move || title_error.get().then_some(TITLE_ERROR_ID) />
            {move || title_error.get().then(|| view! {
                <p class="field-error" id=TITLE_ERROR_ID>{t().proposal().title_required}</p>
            })}
        </div>
        <TextInput id="proposal-problem" label=w.problem hint=w.problem_hint initial="" multiline=true
            on_change={move |v: String| draft.update(|d| d.need.problem = v)} />
        <TextInput id="proposal-current" label=w.current_situation initial="" multiline=true
            on_change={move |v: String| draft.update(|d| d.need.current_situation = v)} />
        <CheckboxGroup id="proposal-groups" legend=w.target_groups options=groups initial=Vec::new()
            on_change={move |v: Vec<TargetGroup>| draft.update(|d| d.need.target_groups = v)} />
        <TextInput id="proposal-unit" label=w.proposing_unit initial=""
            on_change={move |v: String| draft.update(|d| d.need.proposing_unit = v)} />
        <TextInput id="proposal-contact" label=w.contact initial=""
            on_change={move |v: String| draft.update(|d| d.need.contact = v)} />
        <TextInput id="proposal-equality" label=w.equality hint=w.equality_hint initial="" multiline=true
            on_change={move |v: String| draft.update(|d| d.need.equality_considerations = v)} />
        <TextInput id="proposal-participation" label=w.participation hint=w.participation_hint initial="" multiline=true
            on_change={move |v: String| draft.update(|d| d.need.user_participation = v)} />
    }
}
