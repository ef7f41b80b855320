//! The plan's prioritisation criteria, editable in place: a municipality owns its framework.

use leptos::prelude::*;

use crate::core::calc::numfmt::percent;
use crate::core::calc::parse_non_negative;
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::{Criterion, CriterionRole};
use crate::ui::state::AppState;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::{NumberInput, SelectInput, TextInput, WEIGHT_DEBOUNCE_MS};

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
        .map(|r| (role_key(r).to_string(), t().goals.role(r).to_string()))
        .collect()
}

fn role_of(key: &str) -> Option<CriterionRole> {
    CriterionRole::ALL.into_iter().find(|r| r.key() == key)
}

#[component]
pub fn Criteria(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ids = PlanHandle::new(plan_id).memo(|p| {
        p.framework
            .criteria
            .iter()
            .map(|c| c.id.clone())
            .collect::<Vec<_>>()
    });
    let shares = PlanHandle::new(plan_id).memo(|p| p.framework.weight_shares());
    let edit = move |cid: String, change: Box<dyn FnOnce(&mut crate::core::Criterion)>| {
        PlanHandle::on(state, plan_id).edit(|p| {
            if let Some(c) = p.framework.criteria.iter_mut().find(|c| c.id == cid) {
                change(c);
            }
        });
    };
    view! {
        <section aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{t().section_criteria}</h2>
            <p class="hint">{t().criteria_hint}" "{t().goals.role_hint}</p>
            <For
                each=move || ids.get().unwrap_or_default().into_iter().enumerate()
                key=|(_, id)| id.clone()
                children=move |(n, cid)| {
                    let initial = PlanHandle::on(state, plan_id).with_untracked(|p| {
                        p.framework.criteria.iter().find(|c| c.id == cid).cloned()
                    }).flatten();
                    let Some(c) = initial else { return ().into_any() };
                    let (id_name, id_weight) = (cid.clone(), cid.clone());
                    let share = move || shares.get().and_then(|s| s.get(n).copied()).map(|v| percent(v, 1)).unwrap_or_default();
                    view! {
                        <fieldset class="criterion-edit">
                            <legend>{c.name.clone()}</legend>
                            <TextInput id=format!("crit-name-{cid}") label=(t().criterion_name_label)(n + 1)
                                initial=c.name.clone()
                                on_change={move |v: String| edit(id_name.clone(), Box::new(move |c| c.name = v))} />
                            <NumberInput id=format!("crit-weight-{cid}") label=(t().criterion_weight_label)(&c.name)
                                initial=Some(c.weight) parse=parse_non_negative debounce_ms=WEIGHT_DEBOUNCE_MS
                                on_change={move |v: Option<f64>| if let Some(v) = v { edit(id_weight.clone(), Box::new(move |c| c.weight = v)) }} />
                            <p class="hint">{t().weight_share}": "{share}</p>
                            <SelectInput id=format!("crit-role-{cid}") label=(t().goals.role_label)(&c.name)
                                options=role_options() initial=role_key(c.role).to_string()
                                on_change={let id_role = cid.clone(); move |v: String| edit(id_role.clone(), Box::new(move |c| c.role = role_of(&v)))} />
                            <button type="button" class="secondary" on:click={
                                let (cid, name) = (cid.clone(), c.name.clone());
                                move |_| {
                                    let question = (t().confirm_remove_criterion)(&name);
                                    if window().confirm_with_message(&question).unwrap_or(false) {
                                        let cid = cid.clone();
                                        PlanHandle::on(state, plan_id).edit(move |p| p.framework.criteria.retain(|c| c.id != cid));
                                    }
                                }
                            }>{t().remove_criterion}<span class="visually-hidden">" "{c.name.clone()}</span></button>
                        </fieldset>
                    }.into_any()
                }
            />
            <button type="button" on:click=move |_| {
                let criterion = Criterion {
                    id: RandomIds.next_id(),
                    name: t().new_criterion_name.to_string(),
                    weight: 10.0,
                    description: String::new(),
                    rubric: t().new_criterion_rubric.iter().map(|r| r.to_string()).collect(),
                    inverted_wording: false,
                    role: None,
                };
                PlanHandle::on(state, plan_id).edit(move |p| p.framework.criteria.push(criterion));
            }>{t().add_criterion}</button>
        </section>
    }
}
