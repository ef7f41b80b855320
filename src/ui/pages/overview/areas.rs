//! One area of a strategy, edited in place (name, description), and the dialog that asks before
//! an area or a strategy is removed, saying how many initiatives, goals and mapping rows point
//! at it (docs/domain.md §3.6).

use leptos::prelude::*;

use super::parts::NameField;
use crate::core::model::strategy_edit::{AreaLinks, StrategyError};
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::TextInput;
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::ConfirmRemoval;
use crate::ui::widgets::removal::{try_remove_with_undo, Removed};

/// Asks before a removal (the app's own dialog, `widgets::removal`): what is removed and what
/// points at it.
#[component]
pub fn RemoveDialog(
    id: String,
    title: String,
    links: Signal<AreaLinks>,
    on_confirm: Callback<()>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let l = t().lens();
    let body = Signal::derive(move || {
        let n = links.get();
        if n.total() == 0 {
            l.no_links.to_string()
        } else {
            (l.links)(n)
        }
    });
    view! {
        <ConfirmRemoval id=id title=title body=body confirm=l.confirm_remove.to_string()
            on_confirm=on_confirm on_cancel=move |_| open.set(false) />
    }
}

#[component]
pub fn AreaEditor(
    plan: PlanHandle,
    id: String,
    n: usize,
    removed: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let l = t().lens();
    let Some(area) = plan
        .with_untracked(|p| p.framework.area(&id).map(|(_, a)| a.clone()))
        .flatten()
    else {
        return ().into_any();
    };
    let key = StoredValue::new(id.clone());
    let name = RwSignal::new(area.name.clone());
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let check =
        move |typed: String| match plan.try_edit(|p| p.rename_area(&key.get_value(), &typed)) {
            Some(Ok(())) => {
                name.set(typed.trim().to_string());
                Ok(())
            }
            Some(Err(e)) => Err(l.error(e, true)),
            None => Err(l.gone),
        };
    let links = Signal::derive(move || {
        plan.with(|p| p.area_links(&key.get_value()))
            .unwrap_or_default()
    });
    let remove = Callback::new(move |()| {
        let area = key.get_value();
        let result = try_remove_with_undo(plan, removed, name.get_untracked(), |p| {
            p.remove_area(&area)
        });
        match result.unwrap_or(Err(StrategyError::NoSuchArea)) {
            Ok(_) => focus_later("strategies-undo".to_string()),
            Err(e) => error.set(Some(l.error(e, true))),
        }
    });
    view! {
        <fieldset class="area-edit">
            <legend>{move || (l.area_legend)(n + 1, &name.get())}</legend>
            <NameField id=format!("area-{id}-name") label=l.area_name initial=area.name.clone() check=check />
            <TextInput id=format!("area-{id}-description") label=l.area_description multiline=true
                initial=area.description.clone()
                on_change={move |v: String| { plan.edit(|p| { let _ = p.describe_area(&key.get_value(), &v); }); }} />
            <button type="button" class="danger" aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.update(|c| *c = !*c)>
                {l.remove_area}<span class="visually-hidden">" "{move || name.get()}</span></button>
            {move || error.get().map(|msg| view! { <p class="field-error">{msg}</p> })}
            <Show when=move || confirming.get()>
                <RemoveDialog id=format!("area-{}-remove", key.get_value()) title=(l.confirm_area_title)(&name.get_untracked())
                    links=links on_confirm=remove open=confirming />
            </Show>
        </fieldset>
    }
    .into_any()
}
