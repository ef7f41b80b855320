//! The plan's strategies, edited on its overview: which one the plan reads by (its lens), each
//! strategy's name and areas, a third strategy of the plan's own, and the mapping table between
//! strategies (docs/domain.md §3.6). Removing an area or a strategy asks first and can be undone.

use leptos::prelude::*;

use super::areas::{AreaEditor, RemoveDialog};
use super::mapping::MappingTable;
use super::parts::{AddByName, NameField};
use crate::core::model::ids::{IdSource, RandomIds};
use crate::ui::pages::plan_views::lens::LensSelect;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{try_remove_with_undo, Removed, UndoNotice};

#[component]
pub fn Strategies(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let l = t().lens();
    let ids = plan.memo(|p| {
        p.framework
            .strategies
            .iter()
            .map(|s| s.id.clone())
            .collect::<Vec<_>>()
    });
    let removed = RwSignal::new(None::<Removed>);
    let add =
        move |typed: String| match plan.try_edit(|p| p.add_strategy(RandomIds.next_id(), &typed)) {
            Some(Ok(())) => Ok(()),
            Some(Err(e)) => Err(l.error(e, false)),
            None => Err(l.gone),
        };
    view! {
        <section aria-labelledby="strategies-heading">
            <h2 id="strategies-heading">{l.section}</h2>
            <p class="hint">{l.intro}</p>
            <UndoNotice plan=plan removed=removed undo_id="strategies-undo" message=l.removed />
            <LensSelect plan=plan id="plan-lens" />
            <For
                each=move || ids.get().unwrap_or_default()
                key=|id| id.clone()
                children=move |id| view! { <StrategyEditor plan=plan id=id removed=removed /> }
            />
            <h3>{l.add_strategy_heading}</h3>
            <AddByName id="strategy-new-name".to_string() label=l.add_strategy_label.to_string()
                button=l.add_strategy added=l.strategy_added hint=l.add_strategy_hint add=add />
            <MappingTable plan=plan />
        </section>
    }
}

#[component]
fn StrategyEditor(
    plan: PlanHandle,
    id: String,
    removed: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let l = t().lens();
    let Some(name0) = plan
        .with_untracked(|p| p.framework.strategy(&id).map(|s| s.name.clone()))
        .flatten()
    else {
        return ().into_any();
    };
    let key = StoredValue::new(id.clone());
    let name = RwSignal::new(name0.clone());
    let confirming = RwSignal::new(false);
    let opened = RwSignal::new(false);
    let areas = plan.memo(move |p| {
        p.framework
            .strategy(&key.get_value())
            .map(|s| s.areas.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let rename =
        move |typed: String| match plan.try_edit(|p| p.rename_strategy(&key.get_value(), &typed)) {
            Some(Ok(())) => {
                name.set(typed.trim().to_string());
                Ok(())
            }
            Some(Err(e)) => Err(l.error(e, false)),
            None => Err(l.gone),
        };
    let add = move |typed: String| {
        let result = plan.try_edit(|p| p.add_area(&key.get_value(), RandomIds.next_id(), &typed));
        match result {
            Some(Ok(())) => Ok(()),
            Some(Err(e)) => Err(l.error(e, true)),
            None => Err(l.gone),
        }
    };
    let links = Signal::derive(move || {
        plan.with(|p| p.strategy_links(&key.get_value()))
            .unwrap_or_default()
    });
    let remove = Callback::new(move |()| {
        let strategy = key.get_value();
        let result = try_remove_with_undo(plan, removed, name.get_untracked(), |p| {
            p.remove_strategy(&strategy)
        });
        if matches!(result, Some(Ok(_))) {
            focus_later("strategies-undo".to_string());
        }
    });
    view! {
        <fieldset class="strategy-edit">
            <legend>{move || (l.strategy_legend)(&name.get())}</legend>
            <NameField id=format!("strategy-{id}-name") label=l.strategy_name initial=name0 check=rename />
            // Ten areas with their descriptions would make the overview long: each strategy's
            // areas open on request, and are built when first opened (they were a third of the
            // time the overview took to open).
            <details class="strategy-areas" on:toggle=move |_| opened.set(true)>
                <summary>{move || (l.areas_heading)(&name.get())}</summary>
                <Show when=move || opened.get()>
                    <Show when=move || areas.with(|a| a.as_ref().is_some_and(Vec::is_empty))>
                        <p>{l.no_areas}</p>
                    </Show>
                    <For
                        each=move || areas.get().unwrap_or_default().into_iter().enumerate()
                        key=|entry| entry.clone()
                        children=move |(n, id)| view! { <AreaEditor plan=plan id=id n=n removed=removed /> }
                    />
                    <AddByName id=format!("strategy-{}-new-area", key.get_value()) label=(l.add_area_label)(&name.get_untracked())
                        button=l.add_area added=l.area_added add=add />
                </Show>
            </details>
            <button type="button" class="danger" aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.update(|c| *c = !*c)>
                {l.remove_strategy}<span class="visually-hidden">" "{move || name.get()}</span></button>
            <Show when=move || confirming.get()>
                <RemoveDialog id=format!("strategy-{}-remove", key.get_value()) title=(l.confirm_strategy_title)(&name.get_untracked())
                    links=links on_confirm=remove open=confirming />
            </Show>
        </fieldset>
    }
    .into_any()
}
