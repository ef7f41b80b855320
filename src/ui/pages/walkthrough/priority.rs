//! Step 3, Prioritering: score the plan's criteria 1–5 with their rubrics, see the weighted
//! score with its breakdown, where the initiative would rank today, and its key figures.

use leptos::prelude::*;

use super::ctx::WalkCtx;
use super::figures::KeyFiguresPanel;
use crate::core::calc::{can_prioritise, weighted_score, would_rank};
use crate::core::Criterion;
use crate::ui::text::num::decimal;
use crate::ui::text::t;

#[component]
pub fn PriorityStep() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let Some((criteria, scores)) =
        ctx.with_untracked(|p, i| (p.framework.criteria.clone(), i.scores.clone()))
    else {
        return ().into_any();
    };
    view! {
        <p>{w.criteria_intro}</p>
        {criteria.into_iter().map(|c| {
            let initial = scores.get(&c.id).copied();
            view! { <CriterionChoice criterion=c initial=initial /> }
        }).collect_view()}
        <ScoreSummary />
        <KeyFiguresPanel />
    }
    .into_any()
}

/// One criterion as a radio group; each level carries its rubric text beside the choice.
#[component]
fn CriterionChoice(criterion: Criterion, initial: Option<u8>) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let legend = (w.criterion_legend)(&criterion.name, criterion.weight);
    let hint_id = format!("crit-{}-hint", criterion.id);
    let id = criterion.id.clone();
    let described = hint_id.clone();
    view! {
        <fieldset class="criterion" aria-describedby=described>
            <legend>{legend}</legend>
            <p class="hint" id=hint_id>{criterion.description.clone()}</p>
            {(1u8..=5).map(|level| {
                let input_id = format!("crit-{}-{level}", criterion.id);
                let rubric = criterion.rubric.get(level as usize - 1).cloned().unwrap_or_default();
                let id = id.clone();
                view! {
                    <div class="radio">
                        <input type="radio" id=input_id.clone() name=format!("crit-{}", criterion.id)
                            value=level.to_string() checked=initial == Some(level)
                            on:change=move |_| {
                                let id = id.clone();
                                ctx.edit(move |i| { i.scores.insert(id, level); });
                            } />
                        <label for=input_id>{if rubric.trim().is_empty() { level.to_string() } else { format!("{level} – {rubric}") }}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[derive(Clone, PartialEq)]
struct Summary {
    total: Option<f64>,
    parts: Vec<(String, Option<u8>, f64, f64)>,
    rank: Option<(usize, usize)>,
    blocked: bool,
}

#[component]
fn ScoreSummary() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let summary = Memo::new(move |_| {
        ctx.with(|plan, i| {
            let b = weighted_score(i, &plan.framework.criteria);
            let name = |id: &str| {
                plan.framework
                    .criteria
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            };
            Summary {
                total: b.total,
                parts: b
                    .parts
                    .iter()
                    .map(|p| (name(&p.criterion_id), p.score, p.weight, p.points))
                    .collect(),
                rank: would_rank(plan, i),
                blocked: !can_prioritise(i, &plan.framework),
            }
        })
    });
    move || {
        summary.get().map(|s| {
            let total = s
                .total
                .map(w.score_total)
                .unwrap_or_else(|| w.score_incomplete.to_string());
            let rank = match (s.rank, s.blocked) {
                (_, true) => w.rank_blocked.to_string(),
                (Some((rank, of)), false) => (w.rank_would)(rank, of),
                (None, false) => w.rank_unknown.to_string(),
            };
            view! {
                <section class="score-summary" aria-labelledby="score-heading">
                    <h3 id="score-heading">{w.score_title}": "<span class="figure-value">{total}</span></h3>
                    <p role="status">{rank}</p>
                    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="score-caption">
                    <table>
                        <caption id="score-caption" class="visually-hidden">{w.score_title}</caption>
                        <thead><tr>
                            <th scope="col">{w.col_criterion}</th>
                            <th scope="col" class="num">{w.col_score}</th>
                            <th scope="col" class="num">{w.col_weight}</th>
                            <th scope="col" class="num">{w.col_points}</th>
                        </tr></thead>
                        <tbody>
                            {s.parts.into_iter().map(|(name, score, weight, points)| view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{score.map(|v| v.to_string()).unwrap_or_else(|| w.not_scored.to_string())}</td>
                                    <td class="num">{decimal(weight, 2)}</td>
                                    <td class="num">{decimal(points, 1)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                    <details>
                        <summary>{t().figures().how}<span class="visually-hidden">" "{w.score_title}</span></summary>
                        <p>{w.score_formula}</p>
                    </details>
                </section>
            }
        })
    }
}
