//! What the checked file holds, and how to bring it in: as a new plan (the default) or merged
//! into a plan already here.

use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::core::format::import::validate::usable_id;
use crate::core::format::import::Imported;
use crate::core::format::FORMAT_VERSION;
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::Plan;
use crate::ui::browser::clock::short;
use crate::ui::shell::route::{navigate, Route};
use crate::ui::state::{AppState, Notice};
use crate::ui::text::{problem_message, t};
use crate::ui::widgets::focus::focused_heading;

/// The user's choice, kept above the preview so that going back from the merge step keeps it.
#[derive(Clone, Copy)]
pub struct ModeChoice {
    merge: RwSignal<bool>,
    target: RwSignal<String>,
}

impl ModeChoice {
    /// Proposes the plan the file came from (same id) as the merge target, else the first.
    pub fn new(theirs: &Plan) -> Self {
        let state = expect_context::<AppState>();
        let target = {
            let ids = state.each_plan_untracked(|p| p.id.clone());
            let same = ids.iter().find(|id| **id == theirs.id);
            same.or(ids.first()).cloned().unwrap_or_default()
        };
        Self {
            merge: RwSignal::new(false),
            target: RwSignal::new(target),
        }
    }
}

#[component]
pub fn Preview(
    file_name: String,
    imported: Arc<Imported>,
    choice: ModeChoice,
    merging: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focused_heading();
    let plan = &imported.plan;
    let own: Vec<(String, String)> = state.each_plan_untracked(|p| (p.id.clone(), p.name.clone()));
    let id_taken = own.iter().any(|(id, _)| *id == plan.id);
    let name_taken = own.iter().any(|(_, name)| *name == plan.name);
    let params_differ = params_differ_from_newest(state, plan);
    let has_own = !own.is_empty();
    let target_gone = RwSignal::new(false);

    let rows = summary_rows(&imported);
    let warnings: Vec<String> = imported.warnings.iter().map(problem_message).collect();
    let plan = StoredValue::new(imported.clone());
    let differ = params_differ.is_some();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if !choice.merge.get_untracked() {
            import_as_new(state, plan.with_value(|i| i.plan.clone()), differ);
            return;
        }
        let target = choice.target.get_untracked();
        if state.has_plan(&target) {
            merging.set(Some(target));
        } else {
            target_gone.set(true);
        }
    };
    let new_hint = match (id_taken, name_taken) {
        (false, false) => None,
        _ => Some("import-new-hint"),
    };

    view! {
        <h1 tabindex="-1" node_ref=heading>{t().import().preview_title}</h1>
        <p>{t().import().file_name}" "<strong class="file-name">{file_name}</strong></p>
        <p>{t().import().preview_intro}</p>
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="import-preview-caption">
        <table class="import-preview">
            <caption id="import-preview-caption">{t().import().preview_caption}</caption>
            <tbody>
                {rows.into_iter().map(|(head, value)| view! {
                    <tr><th scope="row">{head}</th><td>{value}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
        {(!warnings.is_empty()).then(|| view! {
            <section class="import-warnings" aria-labelledby="import-warnings-heading">
                <h2 id="import-warnings-heading">{t().import().warnings_title}</h2>
                <p>{t().import().warnings_intro}</p>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </section>
        })}
        {params_differ.map(|name| view! {
            <p class="message">{(t().import().params_differ)(&name)}</p>
        })}
        <form class="import-mode" on:submit=submit novalidate>
            <fieldset>
                <legend>{t().import().mode_legend}</legend>
                <div class="radio">
                    <input type="radio" id="import-mode-new" name="import-mode" value="new"
                        prop:checked=move || !choice.merge.get()
                        aria-describedby=new_hint
                        on:change=move |_| choice.merge.set(false) />
                    <label for="import-mode-new">{t().import().mode_new}</label>
                </div>
                {new_hint.map(|id| view! {
                    <p class="hint import-option-hint" id=id>
                        {id_taken.then_some(t().import().id_taken)}
                        {(id_taken && name_taken).then_some(" ")}
                        {name_taken.then_some(t().import().name_taken)}
                    </p>
                })}
                <div class="radio">
                    <input type="radio" id="import-mode-merge" name="import-mode" value="merge"
                        prop:checked=move || choice.merge.get()
                        disabled=!has_own
                        aria-describedby=(!has_own).then_some("import-merge-none")
                        on:change=move |_| choice.merge.set(true) />
                    <label for="import-mode-merge">{t().import().mode_merge}</label>
                </div>
                {if has_own {
                    view! { <TargetSelect own=own choice=choice target_gone=target_gone /> }.into_any()
                } else {
                    view! { <p class="hint import-option-hint" id="import-merge-none">{t().import().merge_no_plans}</p> }.into_any()
                }}
            </fieldset>
            <button type="submit">{t().import().submit}</button>
        </form>
        <p><a href=Route::PlanList.href()>{t().import().cancel}</a></p>
    }
}

/// The plan to merge into; picking one also picks "merge", which is what the user meant.
#[component]
fn TargetSelect(
    own: Vec<(String, String)>,
    choice: ModeChoice,
    target_gone: RwSignal<bool>,
) -> impl IntoView {
    let selected = choice.target.get_untracked();
    view! {
        <div class="field import-target">
            <label for="import-merge-target">{t().import().merge_target}</label>
            <select id="import-merge-target"
                aria-invalid=move || target_gone.get().then_some("true")
                aria-describedby=move || target_gone.get().then_some("import-merge-target-error")
                on:change=move |ev| {
                    choice.target.set(event_target_value(&ev));
                    choice.merge.set(true);
                    target_gone.set(false);
                }>
                {own.into_iter().map(|(id, name)| {
                    let is_selected = id == selected;
                    view! { <option value=id selected=is_selected>{name}</option> }
                }).collect_view()}
            </select>
            {move || target_gone.get().then(|| view! {
                <p class="field-error" id="import-merge-target-error">{t().import().target_gone}</p>
            })}
        </div>
    }
}

/// Label and value of each row of the preview table.
fn summary_rows(imported: &Imported) -> Vec<(&'static str, String)> {
    let tx = t().import();
    let plan = &imported.plan;
    let organisation = if plan.organisation.name.is_empty() {
        t().org_kind(plan.organisation.kind).to_string()
    } else {
        plan.organisation.name.clone()
    };
    let mut versions = (tx.versions)(&imported.app_version, FORMAT_VERSION);
    if imported.source_version < FORMAT_VERSION {
        versions.push(' ');
        versions.push_str(&(tx.migrated)(imported.source_version));
    }
    vec![
        (tx.row_name, plan.name.clone()),
        (tx.row_organisation, organisation),
        (
            tx.row_period,
            format!("{}–{}", plan.period.start_year, plan.period.end_year),
        ),
        (
            tx.row_exported,
            imported
                .exported
                .as_deref()
                .map(short)
                .unwrap_or_else(|| tx.not_exported.to_string()),
        ),
        (tx.row_versions, versions),
        (tx.row_initiatives, plan.initiatives.len().to_string()),
        (tx.row_activities, plan.activities.len().to_string()),
        (tx.row_goals, plan.framework.goals.len().to_string()),
    ]
}

/// The name of the most recently changed own plan when its parameters differ from the file's:
/// that is the plan whose figures the user will want to compare with.
fn params_differ_from_newest(state: AppState, theirs: &Plan) -> Option<String> {
    state
        .each_plan_untracked(|p| {
            (
                p.modified.clone(),
                p.params != theirs.params,
                p.name.clone(),
            )
        })
        .into_iter()
        .max_by(|a, b| a.0.cmp(&b.0))
        .filter(|(_, differ, _)| *differ)
        .map(|(_, _, name)| name)
}

/// Stores the plan as a new one. Its id is replaced when taken (both plans stay) or when it
/// could not be used in an address; the name is kept, so the list may show it twice.
fn import_as_new(state: AppState, mut plan: Plan, params_differ: bool) {
    let (id_taken, same_name) = {
        let owned = state.each_plan_untracked(|p| (p.id == plan.id, p.name == plan.name));
        (
            owned.iter().any(|(id, _)| *id),
            owned.iter().any(|(_, name)| *name),
        )
    };
    let new_id = id_taken || !usable_id(&plan.id);
    if new_id {
        plan.id = RandomIds.next_id();
    }
    let (plan_id, name) = (plan.id.clone(), plan.name.clone());
    state.insert_plan_soon(plan);
    state.notice.set(Some(Notice::Imported {
        plan_id: plan_id.clone(),
        name,
        new_id,
        same_name,
        params_differ,
    }));
    state.pending_import.set(None);
    navigate(&Route::Plan { id: plan_id });
}
