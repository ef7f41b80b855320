//! The plan's prioritisation criteria, editable in place: a municipality owns its framework.
//! Names and rubric texts are checked by the core (a refused value keeps the last valid one);
//! removing a criterion says how many initiatives have a rating on it, and can be undone.

use leptos::prelude::*;

use crate::core::calc::parse_non_negative;
use crate::core::model::criterion_edit::{CriterionError, LEVELS};
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::CriterionRole;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::num::percent;
use crate::ui::text::t;
use crate::ui::widgets::checked_field::CheckedTextInput;
use crate::ui::widgets::fields::{NumberInput, SelectInput, WEIGHT_DEBOUNCE_MS};
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{remove_with_undo, ConfirmRemoval, Removed, UndoNotice};

/// A role's key in the form; "" for none.
fn role_key(role: Option<CriterionRole>) -> &'static str {
    match role {
        None => "",
        Some(role) => role.key(),
    }
}

fn role_options() -> Vec<(String, String)> {
    std::iter::once(None)
        .chain(CriterionRole::ALL.into_iter().map(Some))
        .map(|r| (role_key(r).to_string(), t().goals().role(r).to_string()))
        .collect()
}

fn role_of(key: &str) -> Option<CriterionRole> {
    CriterionRole::ALL.into_iter().find(|r| r.key() == key)
}

/// The message for a refused edit; None when it was saved.
fn refused(result: Option<Result<(), CriterionError>>) -> Option<&'static str> {
    match result.unwrap_or(Err(CriterionError::NoSuchCriterion)) {
        Ok(()) => None,
        Err(e) => Some(t().criteria().error(e)),
    }
}

#[component]
pub fn Criteria(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let c = t().criteria();
    let ids = plan.memo(|p| {
        p.framework
            .criteria
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
    });
    let shares = plan.memo(|p| p.framework.weight_shares());
    let removed = RwSignal::new(None::<Removed>);
    let added = RwSignal::new(None::<String>);
    let add = move |_| {
        let mut name = None;
        plan.edit(|p| {
            let generic = &t().overview().new_criterion_rubric;
            name = Some(p.add_criterion(
                RandomIds.next_id(),
                t().overview().new_criterion_name,
                generic,
            ));
        });
        removed.set(None);
        added.set(name);
    };
    view! {
        <section aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{t().overview().section_criteria}</h2>
            <p class="hint">{t().overview().criteria_hint}" "{t().goals().role_hint}</p>
            <UndoNotice plan=plan removed=removed undo_id="criteria-undo" message=c.removed />
            <For
                each=move || ids.get().unwrap_or_default().into_iter().enumerate()
                key=|entry| entry.clone()
                children=move |(n, id)| view! { <CriterionEditor plan=plan id=id n=n shares=shares removed=removed /> }
            />
            <button type="button" on:click=add>{t().overview().add_criterion}</button>
            <p role="status">{move || added.get().map(|n| (c.added)(&n))}</p>
        </section>
    }
}

#[component]
fn CriterionEditor(
    plan: PlanHandle,
    id: String,
    n: usize,
    shares: Memo<Option<Vec<f64>>>,
    removed: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let c = t().criteria();
    let Some(criterion) = plan
        .with_untracked(|p| p.framework.criteria.iter().find(|c| c.id == id).cloned())
        .flatten()
    else {
        return ().into_any();
    };
    let key = StoredValue::new(id.clone());
    let name = RwSignal::new(criterion.name.clone());
    let confirming = RwSignal::new(false);
    let edit = move |change: Box<dyn FnOnce(&mut crate::core::Criterion)>| {
        plan.edit_framework(|f| {
            if let Some(c) = f.criteria.iter_mut().find(|c| c.id == key.get_value()) {
                change(c);
            }
        });
    };
    let on_name = move |typed: String| {
        let result = plan.try_edit(|p| p.rename_criterion(&key.get_value(), &typed));
        let message = refused(result);
        if message.is_none() {
            name.set(typed.trim().to_string());
        }
        message
    };
    let share = move || {
        shares
            .get()
            .and_then(|s| s.get(n).copied())
            .map(|v| percent(v, 1))
            .unwrap_or_default()
    };
    let ratings = move || {
        plan.with(|p| p.criterion_ratings(&key.get_value()))
            .unwrap_or_default()
    };
    let open = move |_| confirming.update(|c| *c = !*c);
    let close = move |()| {
        confirming.set(false);
        focus_later(format!("crit-{}-remove", key.get_value()));
    };
    let remove = move |()| {
        remove_with_undo(plan, removed, "criteria-undo".to_string(), |p| {
            p.remove_criterion(&key.get_value()).ok().map(|c| c.name)
        });
    };
    let rubric = (1..=LEVELS)
        .map(|level| {
            let text = criterion.rubric.get(level - 1).cloned().unwrap_or_default();
            let on_text = move |typed: String| {
                refused(plan.try_edit(|p| p.set_rubric_text(&key.get_value(), level, &typed)))
            };
            view! {
                <CheckedTextInput id=format!("crit-{id}-rubric-{level}") label=(c.rubric_label)(level)
                    initial=text on_change=on_text />
            }
        })
        .collect_view();
    view! {
        <fieldset class="criterion-edit">
            <legend>{move || (c.legend)(&name.get())}</legend>
            <CheckedTextInput id=format!("crit-name-{id}") label=(t().overview().criterion_name_label)(n + 1)
                initial=criterion.name.clone() on_change=on_name />
            <NumberInput id=format!("crit-weight-{id}") label=(t().overview().criterion_weight_label)(&criterion.name)
                initial=Some(criterion.weight) parse=parse_non_negative debounce_ms=WEIGHT_DEBOUNCE_MS
                on_change={move |v: Option<f64>| if let Some(v) = v { edit(Box::new(move |c| c.weight = v)) }} />
            <p class="hint">{t().overview().weight_share}": "{share}</p>
            <SelectInput id=format!("crit-role-{id}") label=(t().goals().role_label)(&criterion.name)
                options=role_options() initial=role_key(criterion.role).to_string()
                on_change={move |v: String| edit(Box::new(move |c| c.role = role_of(&v)))} />
            <fieldset class="criterion-rubric">
                <legend>{move || (c.rubric_legend)(&name.get())}</legend>
                <p class="hint">{c.rubric_hint}</p>
                {rubric}
            </fieldset>
            <button type="button" class="danger" id=format!("crit-{id}-remove")
                aria-expanded=move || confirming.get().to_string() on:click=open>
                {t().overview().remove_criterion}<span class="visually-hidden">" "{move || name.get()}</span></button>
            <Show when=move || confirming.get()>
                <ConfirmRemoval id=format!("crit-{}-confirm", key.get_value())
                    title=Signal::derive(move || (c.confirm_title)(&name.get()))
                    body=Signal::derive(move || (c.ratings)(ratings()))
                    confirm=Signal::derive(move || (c.confirm_remove)(&name.get()))
                    on_confirm=remove on_cancel=close />
            </Show>
        </fieldset>
    }
    .into_any()
}
