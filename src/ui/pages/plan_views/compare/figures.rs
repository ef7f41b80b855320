//! Each initiative's key figures under the plan's parameters and ours, 50 rows a page, with
//! totals over all initiatives.

use leptos::prelude::*;

use crate::core::format::recompute::{Comparison, FigureRow};
use crate::ui::shell::route::Route;
use crate::ui::text::num::kronor;
use crate::ui::text::t;
use crate::ui::widgets::pager::{page_range, Pager};
use crate::ui::widgets::title::initiative_title;

fn rank(rank: Option<usize>, of: usize) -> String {
    let c = t().compare();
    match rank {
        Some(r) => (c.rank_of)(r, of),
        None => c.no_rank.to_string(),
    }
}

/// The initiative's title as a link to its walkthrough, where its figures can be checked.
fn initiative_link(plan_id: &str, row: &FigureRow) -> impl IntoView {
    let href = Route::Initiative {
        plan: plan_id.to_string(),
        initiative: row.id.clone(),
        step: None,
    }
    .href();
    let title = initiative_title(&row.title);
    view! { <a href=href>{title}</a> }
}

#[component]
pub fn FiguresTable(
    comparison: Comparison,
    plan_id: String,
    page: RwSignal<usize>,
) -> impl IntoView {
    let c = t().compare();
    if comparison.rows.is_empty() {
        return view! { <p class="message">{c.no_initiatives}</p> }.into_any();
    }
    let total = comparison.rows.len();
    let ranked = comparison.ranked;
    let totals = comparison.totals;
    let rows = StoredValue::new(comparison.rows);
    let body = move || {
        let (_, range) = page_range(total, page.get());
        rows.with_value(|rows| {
            rows.get(range)
                .unwrap_or_default()
                .iter()
                .map(|r| {
                    view! {
                        <tr>
                            <th scope="row">{initiative_link(&plan_id, r)}</th>
                            <td class="num">{kronor(r.npv_theirs)}</td>
                            <td class="num">{kronor(r.npv_ours)}</td>
                            <td class="num">{kronor(r.freed_value_theirs)}</td>
                            <td class="num">{kronor(r.freed_value_ours)}</td>
                            <td class="num">{rank(r.rank_theirs, ranked)}</td>
                            <td class="num">{rank(r.rank_ours, ranked)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="compare-figures-caption">
            <table class="compare-figures-table">
                <caption id="compare-figures-caption">{c.figures_caption}</caption>
                <thead><tr>
                    <th scope="col">{c.col_initiative}</th>
                    <th scope="col" class="num">{c.col_npv_theirs}</th>
                    <th scope="col" class="num">{c.col_npv_ours}</th>
                    <th scope="col" class="num">{c.col_freed_theirs}</th>
                    <th scope="col" class="num">{c.col_freed_ours}</th>
                    <th scope="col" class="num">{c.col_rank_theirs}</th>
                    <th scope="col" class="num">{c.col_rank_ours}</th>
                </tr></thead>
                <tbody>{body}</tbody>
                <tfoot><tr>
                    <th scope="row">{c.total}</th>
                    <td class="num">{kronor(totals.npv_theirs)}</td>
                    <td class="num">{kronor(totals.npv_ours)}</td>
                    <td class="num">{kronor(totals.freed_value_theirs)}</td>
                    <td class="num">{kronor(totals.freed_value_ours)}</td>
                    <td></td>
                    <td></td>
                </tr></tfoot>
            </table>
        </div>
        <Pager total=Signal::derive(move || total) page=page label=c.pager_label.to_string() />
    }
    .into_any()
}
