//! Which initiatives the decision document proposes (docs/domain.md §2.9): the ranked ones
//! above a line the user sets, or an own selection, which can start from the forum's selection
//! in the budget scenario. The choice is kept with the plan; every change can be undone.

use leptos::prelude::*;

use crate::core::document::{parse_line, proposed_ids, ProposedSet};
use crate::core::portfolio::rows;
use crate::core::portfolio::scenario::prioritised;
use crate::core::Plan;
use crate::ui::pages::plan_views::budget::forum_selection;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::NumberInput;
use crate::ui::widgets::title::initiative_title;

/// The most initiatives the own selection lists; a forum decides on a few dozen at most.
const MAX_CHOICES: usize = 100;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Line,
    Chosen,
}

fn mode(plan: &Plan) -> Mode {
    match plan.document.proposed {
        Some(ProposedSet::Chosen { .. }) => Mode::Chosen,
        _ => Mode::Line,
    }
}

/// (id, "rank. title", proposed) for every initiative not rejected, in ranking order.
fn candidates(plan: &Plan) -> Vec<(String, String, bool)> {
    let proposed = proposed_ids(plan);
    rows(plan)
        .iter()
        .filter(|r| !r.rejected)
        .take(MAX_CHOICES)
        .map(|r| {
            let title = initiative_title(&r.title);
            let label = match r.rank {
                Some(n) => format!("{n}. {title}"),
                None => format!("{title} ({})", t().document().unranked_mark),
            };
            (
                r.initiative_id.clone(),
                label,
                proposed.contains(&r.initiative_id),
            )
        })
        .collect()
}

fn ranked(plan: &Plan) -> usize {
    rows(plan).iter().filter(|r| r.rank.is_some()).count()
}

#[component]
pub fn ProposalChoice(plan_id: StoredValue<String>) -> impl IntoView {
    let d = t().document();
    let plan = PlanHandle::new(plan_id);
    let set = move |set: ProposedSet| {
        plan.edit(|p| p.document.proposed = Some(set));
    };
    let to_mode = move |mode: Mode| {
        let Some(ids) = plan.with_untracked(proposed_ids) else {
            return;
        };
        set(match mode {
            Mode::Line => ProposedSet::Line { count: ids.len() },
            Mode::Chosen => ProposedSet::Chosen { ids },
        });
    };
    let use_forum = move |_| {
        let id = plan_id.get_value();
        let ids = forum_selection(&id)
            .filter(|f| !f.is_empty())
            .or_else(|| plan.with_untracked(prioritised));
        if let Some(ids) = ids {
            set(ProposedSet::Chosen { ids });
        }
    };
    let set_line = move |v: Option<f64>| {
        if let Some(v) = v {
            set(ProposedSet::Line { count: v as usize });
        }
    };
    let toggle = move |id: String, on: bool| {
        let Some(mut ids) = plan.with_untracked(proposed_ids) else {
            return;
        };
        ids.retain(|i| *i != id);
        if on {
            ids.push(id);
        }
        set(ProposedSet::Chosen { ids });
    };
    let current = plan.memo(mode);
    let ranked = plan.memo(ranked);
    let picks = plan.memo(candidates);
    let fields = move || {
        match current.get() {
        Some(Mode::Line) => {
            let count = plan.with_untracked(|p| proposed_ids(p).len()).unwrap_or(0);
            view! {
                <NumberInput id="doc-line" label=d.line_label initial=Some(count as f64)
                    parse=parse_line decimals=0 debounce_ms=300 on_change=set_line />
                <p class="hint">{move || ranked.get().map(d.line_hint)}</p>
            }
            .into_any()
        }
        Some(Mode::Chosen) => view! {
            <fieldset class="doc-chosen">
                <legend>{d.chosen_legend}</legend>
                <For each=move || picks.get().unwrap_or_default()
                    key=|(id, label, _)| (id.clone(), label.clone())
                    children=move |(id, label, _)| {
                        let input = format!("doc-pick-{id}");
                        let checked = {
                            let id = id.clone();
                            move || picks.with(|p| p.as_ref().is_some_and(|p| p.iter().any(|(i, _, on)| *i == id && *on)))
                        };
                        view! {
                            <div class="checkbox single">
                                <input type="checkbox" id=input.clone() prop:checked=checked
                                    on:change=move |ev| toggle(id.clone(), event_target_checked(&ev)) />
                                <label for=input>{label}</label>
                            </div>
                        }
                    } />
            </fieldset>
        }
        .into_any(),
        None => ().into_any(),
    }
    };
    view! {
        <section class="doc-controls" aria-labelledby="doc-choice-heading">
            <h2 id="doc-choice-heading" class="visually-hidden">{d.choice_legend}</h2>
            <fieldset class="radio-group">
                <legend>{d.choice_legend}</legend>
                {[(Mode::Line, "doc-choice-line", d.choice_line), (Mode::Chosen, "doc-choice-chosen", d.choice_chosen)]
                    .into_iter()
                    .map(|(m, id, label)| view! {
                        <div class="radio">
                            <input type="radio" id=id name="doc-choice" prop:checked=move || current.get() == Some(m)
                                on:change=move |_| to_mode(m) />
                            <label for=id>{label}</label>
                        </div>
                    })
                    .collect_view()}
            </fieldset>
            {fields}
            <button type="button" class="doc-use-forum" aria-describedby="doc-use-forum-hint" on:click=use_forum>{d.use_forum}</button>
            <p class="hint" id="doc-use-forum-hint">{d.use_forum_hint}</p>
        </section>
    }
}
