//! Beslutsunderlag: the plan's decision document in the form of a tjänsteskrivelse
//! (docs/domain.md §2.9): sammanfattning, förslag till beslut, ärendet, the ranking, ekonomiska
//! konsekvenser, konsekvensbeskrivningar and a section per proposed initiative. The user chooses
//! what it proposes and may write the first two in their own words (kept with the plan); it
//! prints (style/brief.css) and exports as a file Word opens.
//!
//! Everything is derived from the plan in one memo (`core::document` and `data`), recomputed
//! only when the plan changes.

mod areas;
mod chart;
mod choice;
mod data;
mod export;
mod outline;
mod own_words;
mod params;
mod proposal;
mod sections;

use leptos::prelude::*;

use crate::core::calc::base_year;
use crate::core::document::{decision_document, DecisionDocument};
use crate::ui::browser::clock::today;
use crate::ui::browser::print::print_page;
use crate::ui::shell::route::Route;
use crate::ui::state::PlanHandle;
use crate::ui::text::num::{decimal, kronor, number};
use crate::ui::text::t;
use crate::ui::widgets::print_marks::PrintMarks;
use chart::{Point, ScoreInvestmentChart};
use data::{brief, Brief};
use outline::{consequences, economy, matter, opening};
use own_words::{OwnText, OwnWords};
use proposal::ProposalSection;
use sections::{render, render_with};

/// Everything the document shows.
#[derive(Clone, PartialEq)]
struct View {
    org: String,
    from: i32,
    to: i32,
    horizon: u32,
    rate: f64,
    /// The year every NPV is discounted to.
    base_year: i32,
    brief: Brief,
    doc: DecisionDocument,
}

#[component]
pub fn BriefView(plan_id: StoredValue<String>) -> impl IntoView {
    let b = t().brief();
    let data = PlanHandle::new(plan_id).memo(|p| View {
        org: if p.organisation.name.trim().is_empty() {
            t().org_kind(p.organisation.kind).to_string()
        } else {
            p.organisation.name.trim().to_string()
        },
        from: p.period.start_year,
        to: p.period.end_year,
        horizon: p.params.horizon_years.value,
        rate: p.params.discount_rate_percent.value,
        base_year: base_year(p),
        brief: brief(p),
        doc: decision_document(p),
    });
    let date = today();
    let meta = StoredValue::new(date.clone());
    let prepared = move || {
        data.get()
            .map(|d| (b.prepared)(&d.org, d.from, d.to, &meta.get_value()))
    };
    let make = Callback::new(move |()| {
        let v = data.get_untracked()?;
        let line = (b.prepared)(&v.org, v.from, v.to, &date);
        Some(export::word_file(
            &v.doc,
            &v.org,
            &line,
            &v.brief.sections,
            v.brief.more_sections,
            &meta.get_value(),
        ))
    });
    view! {
        <div class="brief doc print-document">
            <PrintMarks plan_id=plan_id />
            <p class="brief-meta">{prepared}</p>
            <p class="view-intro">{b.intro}</p>
            <div class="brief-actions">
                <button type="button" on:click=move |_| print_page()>{b.print}</button>
                <p class="hint">{b.print_hint}</p>
                <export::WordExport make=make />
            </div>
            <choice::ProposalChoice plan_id=plan_id />
            {move || data.get().map(|d| {
                let [summary, decision] = opening(&d.doc);
                let summary_editor = view! {
                    <OwnWords plan_id=plan_id which=OwnText::Summary label=t().document().summary
                        text=outline::summary_text(&d.doc) own=d.doc.summary.is_some() />
                }.into_any();
                let decision_editor = view! {
                    <OwnWords plan_id=plan_id which=OwnText::Decision label=t().document().decision
                        text=outline::decision_text(&d.doc) own=d.doc.decision.is_some() />
                }.into_any();
                view! {
                    {render_with(summary, 2, Some(summary_editor))}
                    {render_with(decision, 2, Some(decision_editor))}
                    {render(matter(&d.doc, &d.org), 2)}
                    <Ranking plan_id=plan_id brief=d.brief.clone() />
                    <areas::BriefByArea plan_id=plan_id brief=d.brief.clone() />
                    {render(economy(&d.doc), 2)}
                    {render(consequences(&d.doc), 2)}
                    <ProposalList brief=d.brief horizon=d.horizon rate=d.rate base_year=d.base_year />
                }
            })}
        </div>
    }
}

#[component]
fn Ranking(plan_id: StoredValue<String>, brief: Brief) -> impl IntoView {
    let b = t().brief();
    let points: Vec<Point> = brief
        .proposals
        .iter()
        .map(|p| Point {
            rank: p.row.rank.unwrap_or_default(),
            score: p.row.score.unwrap_or_default(),
            investment: p.row.investment,
        })
        .collect();
    let ranked = !brief.proposals.is_empty();
    view! {
        <section class="brief-ranking" aria-labelledby="brief-ranking-heading">
            <h2 id="brief-ranking-heading">{b.section_ranking}</h2>
            <p class="hint">{b.ranking_hint}</p>
            {if ranked {
                view! {
                    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="brief-ranking-caption">
                    <table id="brief-ranking-table">
                        <caption id="brief-ranking-caption">{b.ranking_caption}</caption>
                        <thead><tr>
                            <th scope="col" class="num">{b.col_rank}</th>
                            <th scope="col">{b.col_initiative}</th>
                            <th scope="col" class="num">{b.col_score}</th>
                            <th scope="col" class="num">{b.col_npv}</th>
                            <th scope="col" class="num">{b.col_freed}</th>
                            <th scope="col" class="num">{b.col_investment}</th>
                            <th scope="col" class="num">{b.col_risk}</th>
                            <th scope="col">{b.col_gates}</th>
                        </tr></thead>
                        <tbody>
                            {brief.proposals.iter().map(|p| {
                                let r = &p.row;
                                let href = Route::Initiative { plan: plan_id.get_value(), initiative: r.initiative_id.clone(), step: None }.href();
                                view! {
                                    <tr>
                                        <td class="num">{r.rank.map(|n| n.to_string())}</td>
                                        <th scope="row"><a href=href>{r.title.clone()}</a></th>
                                        <td class="num">{r.score.map(|s| decimal(s, 2))}</td>
                                        <td class="num">{kronor(r.npv)}</td>
                                        <td class="num">{format!("{}\u{a0}h", number(r.freed_hours, 0))}</td>
                                        <td class="num">{kronor(r.investment)}</td>
                                        <td class="num">{r.highest_risk.map(|s| format!("{s}/25")).unwrap_or_else(|| b.no_risk.to_string())}</td>
                                        <td>{b.gates_met}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            } else {
                view! { <p>{b.no_ranked}</p> }.into_any()
            }}
            {(brief.more_proposals > 0).then(|| view! { <p>{(b.more_ranked)(brief.more_proposals)}</p> })}
            {(!brief.unranked.is_empty()).then(|| view! {
                <h3>{b.not_ranked_heading}</h3>
                <ul class="brief-unranked">
                    {brief.unranked.iter().map(|u| view! {
                        <li><strong>{u.title.clone()}</strong>": "{u.reason.clone()}</li>
                    }).collect_view()}
                </ul>
                {(brief.more_unranked > 0).then(|| view! { <p>{(b.more_unranked)(brief.more_unranked)}</p> })}
            })}
        </section>
        {ranked.then(|| view! {
            <section class="brief-matrix" aria-labelledby="brief-matrix-heading">
                <h2 id="brief-matrix-heading">{b.section_matrix}</h2>
                <ScoreInvestmentChart points=points />
            </section>
        })}
    }
}

#[component]
fn ProposalList(brief: Brief, horizon: u32, rate: f64, base_year: i32) -> impl IntoView {
    let (b, d) = (t().brief(), t().document());
    view! {
        <section class="brief-proposals doc-initiatives" aria-labelledby="brief-proposals-heading">
            <h2 id="brief-proposals-heading">{b.section_proposals}</h2>
            {brief.sections.is_empty().then(|| view! { <p>{d.nothing_proposed}</p> })}
            {brief.sections.into_iter().enumerate().map(|(k, p)| view! {
                <ProposalSection p=p k=k + 1 horizon=horizon rate=rate base_year=base_year />
            }).collect_view()}
            {(brief.more_sections > 0).then(|| view! { <p>{(d.more_sections)(brief.more_sections)}</p> })}
        </section>
    }
}
