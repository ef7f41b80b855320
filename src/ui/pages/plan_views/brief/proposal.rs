//! One ranked initiative's section of the brief: need, benefits, costs and key figures, risks,
//! must-pass requirements and score, short enough to fit on one printed page.

use leptos::prelude::*;

use super::data::Proposal;
use crate::core::calc::Gate;
use crate::ui::text::num::{decimal, kronor};
use crate::ui::text::t;
use crate::ui::widgets::title::or_dash;

#[component]
pub fn ProposalSection(
    p: Proposal,
    /// The section's place among the proposed, from 1, for its heading's id.
    k: usize,
    horizon: u32,
    rate: f64,
    base_year: i32,
) -> impl IntoView {
    let b = t().brief();
    let heading_id = format!("brief-proposal-{k}");
    let labelled_by = heading_id.clone();
    let title = match p.row.rank {
        Some(rank) => format!("{rank}. {}", or_dash(&p.row.title)),
        None => format!(
            "{} ({})",
            or_dash(&p.row.title),
            t().document().unranked_mark
        ),
    };
    let year = |y: Option<(i32, u32)>| {
        y.map(|(year, index)| (b.payback_year)(year, index))
            .unwrap_or_else(|| b.payback_none.to_string())
    };
    let ratio = |r: Option<f64>| r.map(|r| decimal(r, 2)).unwrap_or_else(|| "–".into());
    let payback = year(p.payback);
    let npv_label = (b.npv)(horizon, rate, base_year);
    let score = p
        .row
        .score
        .map(|s| decimal(s, 2))
        .unwrap_or_else(|| "–".into());
    let gates = Gate::ALL
        .iter()
        .map(|g| t().walk().gate(*g))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <section class="brief-proposal" aria-labelledby=labelled_by>
            <h3 id=heading_id>{title}</h3>
            {p.decision.clone().map(|d| view! { <p class="brief-decision"><strong>{b.decision}": "</strong>{d}</p> })}
            <h4>{b.need}</h4>
            <p>{or_dash(&p.problem)}</p>
            <dl class="brief-facts">
                <div><dt>{b.current_situation}</dt><dd>{or_dash(&p.current_situation)}</dd></div>
                <div><dt>{b.proposed_by}</dt><dd>{or_dash(&p.proposed_by)}</dd></div>
                <div><dt>{b.target_groups}</dt><dd>{or_dash(&p.target_groups.join(", "))}</dd></div>
                <div><dt>{b.goals}</dt><dd>{or_dash(&p.goals.join("; "))}</dd></div>
            </dl>
            <h4>{b.benefits}</h4>
            {if p.benefits.is_empty() {
                view! { <p>{b.no_benefits}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {p.benefits.iter().map(|l| view! {
                            <li>
                                <strong>{or_dash(&l.title)}</strong>" ("{l.class}"): "{l.amount.clone()}
                                {(!l.owner.trim().is_empty()).then(|| format!("; {} {}", b.owner, l.owner.trim()))}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h4>{b.costs}</h4>
            <dl class="brief-facts">
                <div><dt>{b.investment_total}</dt><dd>{kronor(p.row.investment)}</dd></div>
                <div><dt>{b.running}</dt><dd>{kronor(p.running)}</dd></div>
                <div><dt>{npv_label}</dt><dd>{kronor(p.row.npv)}</dd></div>
                <div><dt>{b.npv_cash_only}</dt><dd>{kronor(p.npv_cash_only)}</dd></div>
                <div><dt>{b.payback}</dt><dd>{payback}</dd></div>
                <div><dt>{b.bcr}</dt><dd>{ratio(p.bcr)}</dd></div>
                <div><dt>{b.payback_cash_only}</dt><dd>{year(p.payback_cash_only)}</dd></div>
                <div><dt>{b.bcr_cash_only}</dt><dd>{ratio(p.bcr_cash_only)}</dd></div>
            </dl>
            <p class="hint">{b.with_freed_time_note}</p>
            <h4>{b.risks}</h4>
            {if p.risks.is_empty() {
                view! { <p>{b.no_risks}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {p.risks.iter().map(|r| {
                            let line = (b.risk_line)(r.probability, r.consequence, r.score);
                            view! {
                                <li>
                                    <strong>{or_dash(&r.description)}</strong>" – "{line}
                                    {(!r.mitigation.trim().is_empty()).then(|| format!(". {}", r.mitigation.trim()))}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h4>{b.gates}</h4>
            <p>{b.gates_met}": "{gates}"."</p>
            <dl class="brief-facts">
                <div><dt>{b.initiative_owner}</dt><dd>{or_dash(&p.owner)}</dd></div>
                <div><dt>{b.financing}</dt><dd>{or_dash(&p.financing)}</dd></div>
            </dl>
            <h4>{b.score}": "{score}</h4>
            <ul class="brief-score">
                {p.parts.iter().map(|s| view! {
                    <li>{(b.score_line)(&s.criterion, s.score, s.points)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
