//! Tables of initiatives in the budget scenario (the proposal, what was left out), how their
//! figures read, and how many rows each table shows at a time.

use leptos::prelude::*;

use crate::core::portfolio::scenario::Line;
use crate::core::portfolio::Objective;
use crate::ui::shell::route::Route;
use crate::ui::text::num::{decimal, kronor};
use crate::ui::text::t;
use crate::ui::widgets::pager::{page_range_sized, Pager};
use crate::ui::widgets::title::initiative_title;

/// Rows per page of the view's tables. The view shows four tables at once: the proposal, what
/// falls outside it, the five-row comparison and the forum's selection. Their pages (15 + 10 +
/// 5 + 15, and two total rows) keep the view within about 50 rows however large the plan is; the
/// proposal gets more than what falls outside since it is what the forum decides on.
pub const CHOSEN_PAGE: usize = 15;
pub const LEFT_OUT_PAGE: usize = 10;
pub const FORUM_PAGE: usize = 15;

/// A value under the objective: "71,3" (points) or "693 345 kr"; "–" when there is none.
pub fn value(v: Option<f64>, objective: Objective) -> String {
    match (v, objective) {
        (Some(v), Objective::Score) => decimal(v, 1),
        (Some(v), Objective::Npv | Objective::NpvCashOnly | Objective::NpvPerKrona) => kronor(v),
        (None, _) => "–".to_string(),
    }
}

/// A link to the initiative's walkthrough, where its figures can be checked and changed.
pub fn initiative_link(plan_id: &str, line: &Line) -> impl IntoView {
    let href = Route::Initiative {
        plan: plan_id.to_string(),
        initiative: line.id.clone(),
        step: None,
    }
    .href();
    let mark = line.prioritised.then_some(t().budget().prioritised_mark);
    view! { <a href=href>{initiative_title(&line.title)}</a>{mark} }
}

/// Initiatives with value, investment and running cost, paged, with an optional total row for
/// all of them (not only the page). The page starts at the first whenever the table is created,
/// that is, whenever the scenario changes.
#[component]
pub fn LineTable(
    caption: &'static str,
    lines: Vec<Line>,
    objective: Objective,
    plan_id: String,
    /// Rows per page.
    size: usize,
    /// (value, investment, running) for the footer.
    #[prop(optional)]
    totals: Option<(f64, f64, f64)>,
) -> impl IntoView {
    let b = t().budget();
    let total = lines.len();
    let lines = StoredValue::new(lines);
    let page = RwSignal::new(0usize);
    let rows = move || {
        let (_, range) = page_range_sized(total, page.get(), size);
        lines.with_value(|lines| {
            lines
                .get(range)
                .unwrap_or_default()
                .iter()
                .map(|l| {
                    view! {
                        <tr>
                            <th scope="row">{initiative_link(&plan_id, l)}</th>
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
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="budget-lines-caption">
            <table class="budget-lines">
                <caption id="budget-lines-caption">{caption}</caption>
                <thead><tr>
                    <th scope="col">{b.col_initiative}</th>
                    <th scope="col" class="num">{t().budget().value_name(objective)}</th>
                    <th scope="col" class="num">{b.col_investment}</th>
                    <th scope="col" class="num">{b.col_running}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                {totals.map(|(v, inv, run)| view! {
                    <tfoot><tr>
                        <th scope="row">{b.total}</th>
                        <td class="num">{value(Some(v), objective)}</td>
                        <td class="num">{kronor(inv)}</td>
                        <td class="num">{kronor(run)}</td>
                    </tr></tfoot>
                })}
            </table>
        </div>
        <Pager total=Signal::derive(move || total) page=page label=caption size=size status=b.page_status />
    }
}
