//! The plan's own goals, edited in place: a municipality writes its goals itself (a blank plan
//! starts with none). Names are checked by the core; removing a goal says what links to it and
//! moves those links where the user chooses, and can be undone.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::core::model::goal_edit::GoalError;
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::GoalKind;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::fields::{SelectInput, TextInput};
use crate::ui::widgets::focus::focus_later;

use super::goal_area::GoalArea;
use crate::ui::widgets::removal::{try_remove_with_undo, Removed, UndoNotice};

fn kind_options() -> Vec<(String, String)> {
    GoalKind::ALL
        .iter()
        .map(|&k| (k.key().to_string(), t().goals().kind(k).to_string()))
        .collect()
}

fn kind_of(key: &str) -> GoalKind {
    GoalKind::ALL
        .into_iter()
        .find(|k| k.key() == key)
        .unwrap_or_default()
}

#[component]
pub fn Goals(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let g = t().goals();
    let ids = plan.memo(|p| {
        p.framework
            .goals
            .iter()
            .map(|g| g.id.clone())
            .collect::<Vec<_>>()
    });
    let removed = RwSignal::new(None::<Removed>);
    view! {
        <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t().overview().section_goals}</h2>
            <p class="hint">{g.intro}</p>
            <UndoNotice plan=plan removed=removed undo_id="goals-undo" message=g.removed />
            <Show when=move || ids.with(|i| i.as_ref().is_some_and(Vec::is_empty))>
                <p>{t().overview().no_goals}</p>
            </Show>
            <For
                each=move || ids.get().unwrap_or_default().into_iter().enumerate()
                key=|entry| entry.clone()
                children=move |(n, id)| view! { <GoalEditor plan=plan id=id n=n removed=removed /> }
            />
            <AddGoal plan=plan />
        </section>
    }
}

#[component]
fn GoalEditor(
    plan: PlanHandle,
    id: String,
    n: usize,
    removed: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let g = t().goals();
    let Some(goal) = plan
        .with_untracked(|p| p.framework.goal(&id).cloned())
        .flatten()
    else {
        return ().into_any();
    };
    let key = StoredValue::new(id.clone());
    let name = RwSignal::new(goal.name.clone());
    let error = RwSignal::new(None::<&'static str>);
    let confirming = RwSignal::new(false);
    let kind = RwSignal::new(goal.kind);
    let target = RwSignal::new(String::new());
    let name_id = format!("goal-{id}-name");
    let error_id = format!("goal-{id}-name-error");
    let on_name = move |ev| {
        let typed = event_target_value(&ev);
        let id = key.get_value();
        match plan.try_edit(|p| p.rename_goal(&id, &typed)) {
            Some(Ok(())) => {
                error.set(None);
                name.set(typed.trim().to_string());
            }
            Some(Err(e)) => error.set(Some(g.error(e))),
            None => error.set(Some(g.gone)),
        }
    };
    let step = move |up: bool| {
        let id = key.get_value();
        let moved = plan.try_edit(|p| {
            if p.move_goal(&id, up) {
                Ok(())
            } else {
                Err(())
            }
        });
        if moved == Some(Ok(())) {
            focus_later(format!("goal-{id}-{}", if up { "up" } else { "down" }));
        }
    };
    let links = move || {
        plan.with(|p| p.goal_links(&key.get_value()))
            .unwrap_or_default()
    };
    let others = move || {
        plan.with(|p| {
            p.framework
                .goals
                .iter()
                .filter(|o| o.id != key.get_value())
                .map(|o| (o.id.clone(), o.name.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let remove = move |_| {
        let id = key.get_value();
        let to = target.get_untracked();
        let move_to = (!to.is_empty()).then_some(to.as_str());
        match try_remove_with_undo(plan, removed, name.get_untracked(), |p| {
            p.remove_goal(&id, move_to)
        })
        .unwrap_or(Err(GoalError::NoSuchGoal))
        {
            Ok(_) => focus_later("goals-undo".to_string()),
            Err(e) => error.set(Some(g.error(e))),
        }
    };
    let described = move || error.get().map(|_| error_id.clone());
    view! {
        <fieldset class="goal-edit">
            <legend>{move || (g.legend)(n + 1, &name.get())}</legend>
            <div class="field" class:has-error=move || error.get().is_some()>
                <label for=name_id.clone()>{g.name_label}</label>
                <input id=name_id.clone() type="text" value=goal.name.clone() required
                    aria-invalid=move || error.get().map(|_| "true") aria-describedby=described on:input=on_name />
                {move || error.get().map(|msg| view! { <p class="field-error" id=format!("goal-{}-name-error", key.get_value())>{msg}</p> })}
            </div>
            <SelectInput id=format!("goal-{id}-kind") label=g.kind_label options=kind_options()
                initial=goal.kind.key().to_string()
                on_change={move |v: String| { plan.edit(|p| { let _ = p.set_goal_kind(&key.get_value(), kind_of(&v)); }); kind.set(kind_of(&v)); }} />
            <Show when=move || kind.get() == GoalKind::Effektmal>
                <GoalArea plan=plan goal=key />
            </Show>
            <TextInput id=format!("goal-{id}-description") label=g.description_label multiline=true
                initial=goal.description.clone()
                on_change={move |v: String| { plan.edit(|p| { let _ = p.describe_goal(&key.get_value(), &v); }); }} />
            <div class="goal-actions">
                <button type="button" class="secondary" id=format!("goal-{id}-up") on:click=move |_| step(true)>
                    {g.move_up}<span class="visually-hidden">" "{move || name.get()}</span></button>
                <button type="button" class="secondary" id=format!("goal-{id}-down") on:click=move |_| step(false)>
                    {g.move_down}<span class="visually-hidden">" "{move || name.get()}</span></button>
                <button type="button" class="danger" aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| confirming.update(|c| *c = !*c)>
                    {g.remove}<span class="visually-hidden">" "{move || name.get()}</span></button>
            </div>
            <Show when=move || confirming.get()>
                <div class="goal-remove" role="group" aria-label=move || (g.confirm_remove)(&name.get())>
                    <p>{move || { let l = links(); if l.total() == 0 { g.no_links.to_string() } else { (g.links)(l) } }}</p>
                    <Show when=move || { links().total() != 0 }>
                        <div class="field">
                            <label for=format!("goal-{}-target", key.get_value())>{g.move_links_label}</label>
                            <select id=format!("goal-{}-target", key.get_value()) on:change=move |ev| target.set(event_target_value(&ev))>
                                <option value="" selected=move || target.get().is_empty()>{g.move_to_outside}</option>
                                {move || others().into_iter().map(|(oid, oname)| {
                                    let selected = target.get() == oid;
                                    view! { <option value=oid selected=selected>{oname}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </Show>
                    <button type="button" class="danger" on:click=remove>{move || (g.confirm_remove)(&name.get())}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{g.cancel}</button>
                </div>
            </Show>
        </fieldset>
    }
    .into_any()
}

#[component]
fn AddGoal(plan: PlanHandle) -> impl IntoView {
    let g = t().goals();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(GoalKind::default().key().to_string());
    let error = RwSignal::new(None::<&'static str>);
    let added = RwSignal::new(None::<String>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        let goal_kind = kind_of(&kind.get_untracked());
        let result = plan.try_edit(|p| p.add_goal(RandomIds.next_id(), &typed, goal_kind));
        match result.unwrap_or(Err(GoalError::NoSuchGoal)) {
            Ok(()) => {
                error.set(None);
                added.set(Some(typed.trim().to_string()));
                name.set(String::new());
            }
            Err(e) => {
                error.set(Some(g.error(e)));
                added.set(None);
                focus_later("goal-new-name".to_string());
            }
        }
    };
    view! {
        <form class="goal-add" on:submit=submit novalidate>
            <h3>{g.add_heading}</h3>
            <div class="field" class:has-error=move || error.get().is_some()>
                <label for="goal-new-name">{g.add_name_label}</label>
                <input id="goal-new-name" type="text" prop:value=move || name.get()
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=move || error.get().map(|_| "goal-new-name-error")
                    on:input=move |ev| name.set(event_target_value(&ev)) />
                {move || error.get().map(|msg| view! { <p class="field-error" id="goal-new-name-error">{msg}</p> })}
            </div>
            <div class="field">
                <label for="goal-new-kind">{g.add_kind_label}</label>
                <select id="goal-new-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                    {kind_options().into_iter().map(|(k, label)| {
                        let selected = k == kind.get_untracked();
                        view! { <option value=k selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit">{g.add}</button>
            <p role="status">{move || added.get().map(|n| (g.added)(&n))}</p>
        </form>
    }
}
