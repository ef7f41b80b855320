//! The forum's own selection beside the proposal: a checkbox per initiative, both selections'
//! totals side by side, whether the forum's fits the budget, and which initiatives differ.

use leptos::prelude::*;

use super::lines::{value, FORUM_PAGE};
use crate::core::portfolio::scenario::{Comparison, Line};
use crate::core::portfolio::{Objective, Selection};
use crate::ui::text::num::kronor;
use crate::ui::text::t;
use crate::ui::widgets::pager::{page_range_sized, Pager};
use crate::ui::widgets::title::initiative_title;

/// "Ja", or by how much each budget is exceeded.
fn within_text(c: &Comparison) -> String {
    let b = t().budget();
    let mut parts = Vec::new();
    if c.over_investment > 0.0 {
        parts.push((b.over_investment)(c.over_investment));
    }
    if let Some(over) = c.over_running.filter(|o| *o > 0.0) {
        parts.push((b.over_running)(over));
    }
    if let Some(over) = c.over_yearly.filter(|o| *o > 0.0) {
        parts.push((b.over_yearly)(over));
    }
    if parts.is_empty() {
        b.yes.to_string()
    } else {
        parts.join("; ")
    }
}

/// Both selections side by side, and what differs.
#[component]
pub fn ComparisonTable(
    comparison: Comparison,
    selection: Selection,
    objective: Objective,
) -> impl IntoView {
    let b = t().budget();
    let c = comparison;
    let value_row = (b.total_of)(b.value_name(objective));
    let names = |titles: &[String]| {
        titles
            .iter()
            .map(|s| initiative_title(s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let differs = !(c.only_proposal.is_empty() && c.only_forum.is_empty());
    let over = c.over_investment > 0.0
        || c.over_running.is_some_and(|o| o > 0.0)
        || c.over_yearly.is_some_and(|o| o > 0.0);
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="budget-compare-caption">
            <table class="budget-compare">
                <caption id="budget-compare-caption">{b.compare_caption}</caption>
                <thead><tr>
                    <td></td>
                    <th scope="col" class="num">{b.col_proposal}</th>
                    <th scope="col" class="num">{b.col_forum}</th>
                </tr></thead>
                <tbody>
                    <tr><th scope="row">{b.row_count}</th>
                        <td class="num">{selection.chosen.len().to_string()}</td>
                        <td class="num">{c.count.to_string()}</td></tr>
                    <tr><th scope="row">{value_row}</th>
                        <td class="num">{value(Some(selection.total_value), objective)}</td>
                        <td class="num">{value(Some(c.value), objective)}</td></tr>
                    <tr><th scope="row">{b.col_investment}</th>
                        <td class="num">{kronor(selection.total_investment)}</td>
                        <td class="num">{kronor(c.investment)}</td></tr>
                    <tr><th scope="row">{b.col_running}</th>
                        <td class="num">{kronor(selection.total_running)}</td>
                        <td class="num">{kronor(c.running)}</td></tr>
                    <tr><th scope="row">{b.row_within}</th>
                        <td class="num">{b.yes}</td>
                        <td class="num" class:over=over>{within_text(&c)}</td></tr>
                </tbody>
            </table>
        </div>
        <div class="budget-differences">
            {(!differs).then(|| view! { <p>{b.same_selection}</p> })}
            {(!c.only_proposal.is_empty()).then(|| view! { <p>{b.only_proposal}" "{names(&c.only_proposal)}</p> })}
            {(!c.only_forum.is_empty()).then(|| view! { <p>{b.only_forum}" "{names(&c.only_forum)}</p> })}
        </div>
    }
}

/// A checkbox per initiative of the plan, with its status in the proposal and its figures,
/// [`FORUM_PAGE`] at a time. The selection lives in `forum`, not in the rows, so an initiative
/// ticked on one page stays ticked when the user pages on, and any initiative can be reached.
#[component]
pub fn ForumTable(
    lines: Vec<Line>,
    objective: Objective,
    forum: RwSignal<Vec<String>>,
) -> impl IntoView {
    let b = t().budget();
    let total = lines.len();
    let lines = StoredValue::new(lines);
    let page = RwSignal::new(0usize);
    let rows = move || {
        let (_, range) = page_range_sized(total, page.get(), FORUM_PAGE);
        lines.with_value(|lines| {
            lines
                .get(range)
                .unwrap_or_default()
                .iter()
                .map(|l| {
                    let input_id = format!("forum-{}", l.id);
                    let (id, checked_id) = (l.id.clone(), l.id.clone());
                    let mark = l.prioritised.then_some(t().budget().prioritised_mark);
                    view! {
                        <tr>
                            <th scope="row">
                                <div class="checkbox">
                                    <input type="checkbox" id=input_id.clone()
                                        prop:checked=move || forum.with(|f| f.contains(&checked_id))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            forum.update(|f| {
                                                f.retain(|x| *x != id);
                                                if on { f.push(id.clone()) }
                                            });
                                        } />
                                    <label for=input_id>{initiative_title(&l.title)}{mark}</label>
                                </div>
                            </th>
                            <td>{t().budget().status(l.status)}</td>
                            <td class="num">{value(l.value, objective)}</td>
                            <td class="num">{kronor(l.investment)}</td>
                            <td class="num">{kronor(l.running)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="budget-forum-caption">
            <table class="budget-forum">
                <caption id="budget-forum-caption">{b.forum_caption}</caption>
                <thead><tr>
                    <th scope="col">{b.forum_col}</th>
                    <th scope="col">{b.col_status}</th>
                    <th scope="col" class="num">{b.value_name(objective)}</th>
                    <th scope="col" class="num">{b.col_investment}</th>
                    <th scope="col" class="num">{b.col_running}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <Pager total=Signal::derive(move || total) page=page label=b.forum_caption size=FORUM_PAGE status=b.page_status />
    }
}
