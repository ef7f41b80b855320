//! One plan in the plan list, with rename in place and a delete that asks first.

use leptos::prelude::*;

use super::table::SummaryCells;
use crate::core::model::ids::RandomIds;
use crate::core::model::plan::clean_name;
use crate::core::model::summary::PlanSummary;
use crate::ui::browser::clock::now_iso;
use crate::ui::shell::route::{PlanView, Route};
use crate::ui::state::AppState;
use crate::ui::text::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    View,
    Rename,
    ConfirmDelete,
}

#[component]
pub fn PlanRow(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(plan) = state.plan_cloned(&id) else {
        return ().into_any();
    };
    let mode = RwSignal::new(Mode::View);
    let name = plan.name.clone();
    let reminder_name = StoredValue::new(plan.name.clone());
    let id = StoredValue::new(id);

    let duplicate = {
        let plan = plan.clone();
        move |_| {
            let copy = plan.duplicate(
                &mut RandomIds,
                &format!("{} {}", plan.name, t().copy_suffix),
                &now_iso(),
            );
            let at = state
                .each_plan_untracked(|p| p.id == plan.id)
                .iter()
                .position(|same| *same)
                .map(|i| i + 1);
            state.insert_plan(copy, at);
        }
    };

    view! {
        <tr>
            <SummaryCells summary=PlanSummary::of(&plan)>
                {move || {
                    let reminder = state.backup.with(|b| {
                        id.with_value(|id| b.unexported.get(id).and_then(|u| u.reminder(&now_iso())))
                    })?;
                    let share = Route::PlanView { id: id.get_value(), view: PlanView::Share }.href();
                    Some(view! {
                        <span class="plan-reminder">
                            {(t().backup().reminder)(reminder)}" "
                            <a href=share>{(t().backup().export_now)(&reminder_name.get_value())}</a>
                        </span>
                    })
                }}
            </SummaryCells>
            <td class="actions">
                {move || match mode.get() {
                    Mode::View => {
                        let name = name.clone();
                        let duplicate = duplicate.clone();
                        view! {
                            <button type="button" class="secondary" on:click=move |_| mode.set(Mode::Rename)>
                                {t().plan_list().rename}<span class="visually-hidden">" "{name.clone()}</span>
                            </button>
                            <button type="button" class="secondary" on:click=duplicate>
                                {t().plan_list().duplicate}<span class="visually-hidden">" "{name.clone()}</span>
                            </button>
                            <button type="button" class="danger" on:click=move |_| mode.set(Mode::ConfirmDelete)>
                                {t().plan_list().delete}<span class="visually-hidden">" "{name.clone()}</span>
                            </button>
                        }
                        .into_any()
                    }
                    Mode::Rename => view! { <RenameForm id=id.get_value() name=name.clone() mode=mode /> }.into_any(),
                    Mode::ConfirmDelete => view! { <ConfirmDelete id=id.get_value() name=name.clone() mode=mode /> }.into_any(),
                }}
            </td>
        </tr>
    }
    .into_any()
}

#[component]
fn RenameForm(id: String, name: String, mode: RwSignal<Mode>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = RwSignal::new(name.clone());
    let error = RwSignal::new(None::<&'static str>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input_ref.get() {
            let _ = input.focus();
            input.select();
        }
    });
    let input_id = format!("rename-{id}");
    let error_id = format!("rename-error-{id}");
    let error_id_for_msg = error_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Check first: a refused name must not touch the plan (that would close this form).
        match clean_name(&value.get_untracked()) {
            Ok(new_name) => {
                state.update_plan(&id, |plan| plan.name = new_name);
                mode.set(Mode::View);
            }
            Err(_) => error.set(Some(t().name_required)),
        }
    };
    view! {
        <form class="inline-form" on:submit=submit novalidate>
            <label for=input_id.clone()>{t().plan_list().new_name_label}" "{name}</label>
            <input
                id=input_id
                type="text"
                node_ref=input_ref
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=move || error.get().map(|_| error_id.clone())
                on:keydown=move |ev| if ev.key() == "Escape" { mode.set(Mode::View) }
            />
            {move || error.get().map(|msg| view! { <p class="field-error" id=error_id_for_msg.clone()>{msg}</p> })}
            <button type="submit">{t().plan_list().save}</button>
            <button type="button" class="secondary" on:click=move |_| mode.set(Mode::View)>{t().cancel}</button>
        </form>
    }
}

#[component]
fn ConfirmDelete(id: String, name: String, mode: RwSignal<Mode>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = cancel_ref.get() {
            let _ = button.focus();
        }
    });
    let title_id = format!("confirm-title-{id}");
    let body_id = format!("confirm-body-{id}");
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby=labelled_by aria-describedby=described_by
            on:keydown=move |ev| if ev.key() == "Escape" { mode.set(Mode::View) }>
            <p id=title_id><strong>{t().plan_list().confirm_delete_title}</strong>" "{name}</p>
            <p id=body_id>{t().plan_list().confirm_delete_body}</p>
            <button type="button" class="danger" on:click=move |_| state.delete_plan(&id)>{t().plan_list().confirm_delete_yes}</button>
            <button type="button" class="secondary" node_ref=cancel_ref on:click=move |_| mode.set(Mode::View)>{t().cancel}</button>
        </div>
    }
}
