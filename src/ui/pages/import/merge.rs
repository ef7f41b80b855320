//! The merge step: what the merge would add, what is the same, and a choice for each
//! initiative that differs; the outcome line is the core's own dry run of those choices.

use std::collections::BTreeMap;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::core::format::merge::{self, Choice, Conflict, MergePreview};
use crate::core::model::ids::{RandomIds, SequentialIds};
use crate::core::Plan;
use crate::ui::browser::clock::now_iso;
use crate::ui::shell::route::{navigate, Route};
use crate::ui::state::{AppState, Notice};
use crate::ui::text::t;
use crate::ui::widgets::focus::focused_heading;
use crate::ui::widgets::title::initiative_title;

#[component]
pub fn MergeStep(
    target_id: String,
    theirs: Plan,
    merging: RwSignal<Option<String>>,
    /// `theirs` is another tab's stored version of the plan, not a file
    /// (`ui::state::conflict`): applying the merge settles that conflict.
    #[prop(optional)]
    from_other_tab: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focused_heading();
    let back = move |_| merging.set(None);
    let Some(mine) = state.plan_cloned(&target_id) else {
        return view! {
            <h1 tabindex="-1" node_ref=heading>{t().import().problems_title}</h1>
            <p class="message message-error" role="alert">{t().import().target_gone}</p>
            <button type="button" on:click=back>{t().import().merge_back}</button>
        }
        .into_any();
    };
    let preview = merge::preview(&mine, &theirs);
    let choices = RwSignal::new(
        preview
            .conflicts
            .iter()
            .map(|c| (c.id.clone(), Choice::KeepMine))
            .collect::<BTreeMap<_, _>>(),
    );
    let title = (t().import().merge_title)(&mine.name);
    let mine = StoredValue::new(mine);
    let theirs = StoredValue::new(theirs);
    // A dry run with throwaway ids: the line says exactly what "Slå samman" will do.
    let outcome = Memo::new(move |_| {
        choices.with(|c| {
            mine.with_value(|m| {
                theirs.with_value(|th| {
                    merge::apply(m, th, c, &mut SequentialIds::new("preview"), "").1
                })
            })
        })
    });
    let error = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = mine.with_value(|m| m.id.clone());
        // Merged into the plan as it is now, in case it changed since the preview.
        let Some(current) = state.plan_cloned(&id) else {
            error.set(true);
            return;
        };
        let (mut merged, summary) = theirs.with_value(|th| {
            choices.with_untracked(|c| {
                merge::apply_with_suffix(
                    &current,
                    th,
                    c,
                    &mut RandomIds,
                    &now_iso(),
                    t().import().copy_suffix,
                )
            })
        });
        merged.id = id.clone();
        if from_other_tab {
            state.conflict_merged(&id);
        }
        match state.replace_plan(merged) {
            Some(previous) => {
                state.notice.set(Some(Notice::Merged {
                    previous: Box::new(previous),
                    summary,
                }));
                state.pending_import.set(None);
                navigate(&Route::Plan { id });
            }
            None => error.set(true),
        }
    };

    view! {
        <h1 tabindex="-1" node_ref=heading>{title}</h1>
        <p class="merge-counts">{counts_line(&preview)}</p>
        <Lists preview=preview.clone() />
        <form class="merge-form" on:submit=submit novalidate>
            <section aria-labelledby="merge-conflicts-heading">
                <h2 id="merge-conflicts-heading">{t().import().conflicts_title}</h2>
                {if preview.conflicts.is_empty() {
                    view! { <p>{t().import().no_conflicts}</p> }.into_any()
                } else {
                    view! {
                        <p>{t().import().conflicts_intro}</p>
                        {preview.conflicts.iter().enumerate().map(|(n, c)| view! {
                            <ConflictChoice index=n conflict=c.clone() choices=choices />
                        }).collect_view()}
                    }.into_any()
                }}
            </section>
            <p class="merge-outcome" aria-live="polite">{move || outcome_line(&outcome.get())}</p>
            {move || error.get().then(|| view! {
                <p class="message message-error" role="alert">{t().import().target_gone}</p>
            })}
            <button type="submit">{t().import().merge_submit}</button>
            <button type="button" class="secondary" on:click=back>{t().import().merge_back}</button>
        </form>
    }
    .into_any()
}

/// What comes along with the merge: new initiatives, goals, and criteria mine lacks.
#[component]
fn Lists(preview: MergePreview) -> impl IntoView {
    let tx = t().import();
    let list = |title: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <h2>{title}</h2>
                <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            }
        })
    };
    let titled = |items: &[(String, String)]| -> Vec<String> {
        items
            .iter()
            .map(|(_, title)| initiative_title(title).to_string())
            .collect()
    };
    view! {
        {list(tx.added_title, titled(&preview.added))}
        {list(tx.goals_missing_title, titled(&preview.goals_missing))}
        {(!preview.unknown_criteria.is_empty()).then(|| view! { <p>{tx.unknown_criteria_intro}</p> })}
        {list(tx.unknown_criteria_title, titled(&preview.unknown_criteria))}
    }
}

/// One initiative that differs: both titles and the three choices, named after the initiative.
#[component]
fn ConflictChoice(
    index: usize,
    conflict: Conflict,
    choices: RwSignal<BTreeMap<String, Choice>>,
) -> impl IntoView {
    let tx = t().import();
    let name = format!("merge-conflict-{index}");
    let id = StoredValue::new(conflict.id.clone());
    let options = [
        (Choice::KeepMine, tx.keep_mine, "mine"),
        (Choice::TakeTheirs, tx.take_theirs, "theirs"),
        (Choice::KeepBoth, tx.keep_both, "both"),
    ];
    view! {
        <fieldset class="merge-conflict">
            <legend>{initiative_title(&conflict.mine_title).to_string()}</legend>
            <p class="conflict-version">{tx.mine}" "<strong>{initiative_title(&conflict.mine_title).to_string()}</strong></p>
            <p class="conflict-version">{tx.theirs}" "<strong>{initiative_title(&conflict.theirs_title).to_string()}</strong></p>
            {options.into_iter().map(|(choice, label, slug)| {
                let input_id = format!("{name}-{slug}");
                view! {
                    <div class="radio">
                        <input type="radio" id=input_id.clone() name=name.clone() value=slug
                            prop:checked=move || choices.with(|c| id.with_value(|id| c.get(id) == Some(&choice)))
                            on:change=move |_| choices.update(|c| {
                                c.insert(id.get_value(), choice);
                            }) />
                        <label for=input_id>{label}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

fn counts_line(preview: &MergePreview) -> String {
    (t().import().merge_counts)(
        preview.added.len(),
        preview.identical,
        preview.conflicts.len(),
    )
}

fn outcome_line(s: &merge::MergeSummary) -> String {
    (t().import().merge_outcome)(s)
}
