//! The mapping table between two strategies, as a grid: a row per area of one strategy, a
//! column per area of the other, a checkbox where they correspond. The default is stated as a
//! suggestion with its reasoning and can be restored; rows that point at areas the plan lacks
//! are listed, tied to the table, and can be removed (docs/domain.md §3.6).

use leptos::prelude::*;

use crate::core::content::strategies::default_mapping;
use crate::core::model::strategy::MappingProblem;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::SelectInput;
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{try_remove_with_undo, Removed, UndoNotice};

type Areas = Vec<(String, String)>;

#[component]
pub fn MappingTable(plan: PlanHandle) -> impl IntoView {
    let l = t().lens();
    let strategies = plan.memo(|p| {
        p.framework
            .strategies
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect::<Vec<_>>()
    });
    let first = |n: usize| {
        plan.with_untracked(|p| p.framework.strategies.get(n).map(|s| s.id.clone()))
            .flatten()
            .unwrap_or_default()
    };
    let from = RwSignal::new(first(0));
    let to = RwSignal::new(first(1));
    let removed = RwSignal::new(None::<Removed>);
    let problems = plan.memo(|p| p.framework.mapping_problems());
    let any_problem = move || problems.with(|p| p.as_ref().is_some_and(|p| !p.is_empty()));
    let restore = move |_| {
        let text = l.suggestion_restored.to_string();
        let _ = try_remove_with_undo(plan, removed, text, |p| {
            p.replace_mapping(default_mapping());
            Ok::<(), ()>(())
        });
        focus_later("mapping-undo".to_string());
    };
    let selects = move || {
        let options = strategies.get().unwrap_or_default();
        view! {
            <SelectInput id="mapping-from" label=l.mapping_from options=options.clone()
                initial=from.get_untracked() on_change={move |v: String| from.set(v)} />
            <SelectInput id="mapping-to" label=l.mapping_to options=options
                initial=to.get_untracked() on_change={move |v: String| to.set(v)} />
        }
    };
    view! {
        <h3 id="mapping-heading">{l.mapping_heading}</h3>
        <p class="hint">{l.mapping_intro}</p>
        <UndoNotice plan=plan removed=removed undo_id="mapping-undo" message=l.as_is />
        <fieldset class="mapping" aria-describedby=move || any_problem().then_some("mapping-problems")>
            <legend>{l.mapping_heading}</legend>
            {selects}
            <Grid plan=plan from=from to=to />
        </fieldset>
        <Show when=any_problem>
            <div id="mapping-problems">
                <h4>{l.mapping_problems_heading}</h4>
                <ul>
                    {move || problems.get().unwrap_or_default().into_iter().map(|p| view! { <Problem plan=plan problem=p removed=removed /> }).collect_view()}
                </ul>
            </div>
        </Show>
        <h4>{l.suggestion_heading}</h4>
        <ul class="suggestion">{l.suggestion.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
        <button type="button" class="secondary" on:click=restore>{l.restore_suggestion}</button>
    }
}

#[component]
fn Problem(
    plan: PlanHandle,
    problem: MappingProblem,
    removed: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let l = t().lens();
    let row = problem.row;
    let remove = move |_| {
        let text = (l.row_removed)(row + 1);
        let result = try_remove_with_undo(plan, removed, text, |p| {
            if p.remove_mapping_row(row) {
                Ok(())
            } else {
                Err(())
            }
        });
        if matches!(result, Some(Ok(()))) {
            focus_later("mapping-undo".to_string());
        }
    };
    view! {
        <li class="field-error">{(l.mapping_problem)(row + 1, problem.side, &problem.area_id)}" "
            <button type="button" class="secondary" on:click=remove>{(l.remove_row)(row + 1)}</button>
        </li>
    }
}

/// The grid for the two chosen strategies. Its shape follows the areas; each checkbox reads
/// whether the pair is mapped on its own, so ticking one never re-renders the grid (focus stays).
#[component]
fn Grid(plan: PlanHandle, from: RwSignal<String>, to: RwSignal<String>) -> impl IntoView {
    let l = t().lens();
    let shape = Memo::new(move |_| {
        let (f, t) = (from.get(), to.get());
        plan.with(|p| {
            let areas = |id: &str| -> Option<(String, Areas)> {
                p.framework.strategy(id).map(|s| {
                    (
                        s.name.clone(),
                        s.areas
                            .iter()
                            .map(|a| (a.id.clone(), a.name.clone()))
                            .collect(),
                    )
                })
            };
            (f != t).then(|| areas(&f).zip(areas(&t))).flatten()
        })
        .flatten()
    });
    move || {
        let same = from.with(|f| to.with(|t| f == t));
        let Some(((from_name, rows), (to_name, cols))) = shape.get() else {
            let msg = if same {
                l.mapping_same
            } else {
                l.mapping_needs_two
            };
            return view! { <p>{msg}</p> }.into_any();
        };
        let header = cols
            .iter()
            .map(|(_, name)| view! { <th scope="col">{name.clone()}</th> })
            .collect_view();
        let body = rows
            .into_iter()
            .map(|(row_id, row_name)| {
                let cells = cols
                    .iter()
                    .map(|(col_id, col_name)| {
                        let (a, b) = (row_id.clone(), col_id.clone());
                        let (a2, b2) = (a.clone(), b.clone());
                        let label = (l.mapping_cell)(&row_name, col_name);
                        view! {
                            <td><input type="checkbox" aria-label=label
                                prop:checked=move || plan.with(|p| p.framework.maps(&a, &b) || p.framework.maps(&b, &a)).unwrap_or(false)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let _ = plan.try_edit(|p| {
                                        if !on && p.framework.maps(&b2, &a2) {
                                            p.set_mapping(&b2, &a2, false)?;
                                        }
                                        p.set_mapping(&a2, &b2, on)
                                    });
                                } /></td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{row_name.clone()}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-labelledby="mapping-caption" tabindex="0">
                <table class="mapping-grid">
                    <caption id="mapping-caption">{(l.mapping_caption)(&from_name, &to_name)}</caption>
                    <thead><tr><td></td>{header}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
