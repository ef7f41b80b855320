//! The year's recorded redeployment of freed time (docs/domain.md §4.2): a table of what was
//! recorded, with edit and removal (with undo), and a form to add a record. The figures the
//! ledger shows come from these records only (`core::portfolio::followup`).

use leptos::prelude::*;

use crate::core::calc::numfmt::decimal;
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::model::redeployment::{self, RedeploymentErrors, RedeploymentInput};
use crate::core::portfolio::in_follow_up;
use crate::core::Redeployment;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::removal::{remove_with_undo, Removed, UndoNotice};

const UNDO_ID: &str = "fu-rd-undo";

#[component]
pub fn Redeployments(plan_id: StoredValue<String>, year: i32) -> impl IntoView {
    let f = t().followup;
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let records = plan.memo(move |p| {
        redeployment::in_year(&p.redeployments, year)
            .map(|r| {
                let title = r
                    .initiative_id
                    .as_deref()
                    .and_then(|id| p.initiative(id))
                    .map(|i| i.title.clone());
                (r.clone(), title)
            })
            .collect::<Vec<_>>()
    });
    let initiatives = plan
        .with_untracked(|p| {
            p.initiatives
                .iter()
                .filter(|i| in_follow_up(i))
                .map(|i| (i.id.clone(), i.title.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let removed = RwSignal::new(None::<Removed>);
    let editing = RwSignal::new(None::<String>);
    let hours = RwSignal::new(String::new());
    let used = RwSignal::new(String::new());
    let initiative = RwSignal::new(String::new());
    let errors = RwSignal::new(RedeploymentErrors::default());
    let clear = move || {
        editing.set(None);
        hours.set(String::new());
        used.set(String::new());
        initiative.set(String::new());
        errors.set(RedeploymentErrors::default());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = RedeploymentInput {
            hours: hours.get_untracked(),
            used_for: used.get_untracked(),
            initiative_id: Some(initiative.get_untracked()),
        };
        let id = editing
            .get_untracked()
            .unwrap_or_else(|| RandomIds.next_id());
        match input.check(id, year) {
            Ok(record) => {
                plan.edit(|p| redeployment::put(&mut p.redeployments, record));
                clear();
            }
            Err(e) => errors.set(e),
        }
    };
    let start_edit = move |r: Redeployment| {
        hours.set(decimal(r.hours, 1));
        used.set(r.used_for.clone());
        initiative.set(r.initiative_id.clone().unwrap_or_default());
        errors.set(RedeploymentErrors::default());
        editing.set(Some(r.id));
    };
    let remove = move |id: String| {
        remove_with_undo(plan, removed, UNDO_ID.to_string(), |p| {
            redeployment::remove(&mut p.redeployments, &id)
        });
        if editing.get_untracked().as_deref() == Some(id.as_str()) {
            clear();
        }
    };
    let hours_error = move || errors.get().hours.map(|e| t().walk.number_error(e));
    let used_error = move || errors.get().used_for_missing.then_some(f.rd_used_missing);
    let options = std::iter::once((String::new(), f.rd_no_initiative.to_string()))
        .chain(initiatives)
        .collect::<Vec<_>>();
    view! {
        <section class="fu-redeploy" aria-labelledby="fu-rd-heading">
            <h3 id="fu-rd-heading">{f.rd_heading}</h3>
            <p class="hint">{f.rd_hint}</p>
            {move || {
                let list = records.get().unwrap_or_default();
                if list.is_empty() {
                    return view! { <p>{(f.rd_none)(year)}</p> }.into_any();
                }
                view! {
                    <table id="fu-rd-table">
                        <caption>{(f.rd_caption)(year)}</caption>
                        <thead><tr>
                            <th scope="col" class="num">{f.rd_col_hours}</th>
                            <th scope="col">{f.rd_col_used}</th>
                            <th scope="col">{f.rd_col_initiative}</th>
                            <th scope="col">{f.rd_col_actions}</th>
                        </tr></thead>
                        <tbody>
                            {list.into_iter().map(|(r, title)| {
                                let (edit_r, id) = (r.clone(), r.id.clone());
                                view! {
                                    <tr>
                                        <td class="num">{format!("{}\u{a0}h", decimal(r.hours, 1))}</td>
                                        <td>{r.used_for.clone()}</td>
                                        <td>{title.unwrap_or_else(|| "–".to_string())}</td>
                                        <td>
                                            <button type="button" class="secondary" aria-label=(f.rd_edit)(&r.used_for)
                                                on:click=move |_| start_edit(edit_r.clone())>{f.rd_edit_button}</button>
                                            " "
                                            <button type="button" class="secondary" aria-label=(f.rd_remove)(&r.used_for)
                                                on:click=move |_| remove(id.clone())>{f.rd_remove_button}</button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <UndoNotice plan=plan removed=removed undo_id=UNDO_ID message=f.rd_removed />
            <form class="fu-rd-form" on:submit=submit novalidate>
                <fieldset>
                    <legend>{move || if editing.get().is_some() { f.rd_legend_edit.to_string() } else { (f.rd_legend_add)(year) }}</legend>
                    <div class="field" class:has-error=move || hours_error().is_some()>
                        <label for="fu-rd-hours">{f.rd_hours}</label>
                        <input id="fu-rd-hours" type="text" inputmode="decimal" prop:value=move || hours.get()
                            aria-invalid=move || hours_error().map(|_| "true")
                            aria-describedby=move || hours_error().map(|_| "fu-rd-hours-error")
                            on:input=move |ev| hours.set(event_target_value(&ev)) />
                        <span class="unit">{f.unit_h}</span>
                        {move || hours_error().map(|m| view! { <p class="field-error" id="fu-rd-hours-error">{m}</p> })}
                    </div>
                    <div class="field" class:has-error=move || used_error().is_some()>
                        <label for="fu-rd-used">{f.rd_used}</label>
                        <input id="fu-rd-used" type="text" prop:value=move || used.get()
                            aria-invalid=move || used_error().map(|_| "true")
                            aria-describedby=move || used_error().map(|_| "fu-rd-used-error")
                            on:input=move |ev| used.set(event_target_value(&ev)) />
                        {move || used_error().map(|m| view! { <p class="field-error" id="fu-rd-used-error">{m}</p> })}
                    </div>
                    <div class="field">
                        <label for="fu-rd-initiative">{f.rd_initiative}</label>
                        <select id="fu-rd-initiative" prop:value=move || initiative.get()
                            on:change=move |ev| initiative.set(event_target_value(&ev))>
                            {options.into_iter().map(|(key, text)| view! { <option value=key>{text}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit">{move || if editing.get().is_some() { f.rd_save } else { f.rd_add }}</button>
                    {move || editing.get().is_some().then(|| view! {
                        " "<button type="button" class="secondary" on:click=move |_| clear()>{f.rd_cancel_edit}</button>
                    })}
                </fieldset>
            </form>
        </section>
    }
}
