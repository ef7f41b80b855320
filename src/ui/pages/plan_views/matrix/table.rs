//! The chart's table alternative: the same initiatives, in the same order and with the same
//! numbers as the bubbles, so nothing in the chart is only visual. Paged, so a plan of a thousand
//! initiatives renders at most `pager::PAGE_SIZE` (50) rows.

use leptos::prelude::*;

use super::data::{Chart, CostAxis, ValueAxis};
use super::labels;
use crate::ui::shell::route::Route;
use crate::ui::text::t;
use crate::ui::widgets::pager::{page_range, Pager};
use crate::ui::widgets::title::initiative_title;

#[component]
pub fn MatrixTable(
    chart: Chart,
    value: ValueAxis,
    cost: CostAxis,
    plan_id: String,
) -> impl IntoView {
    let m = t().matrix();
    let total = chart.points.len();
    let points = StoredValue::new(chart.points);
    // The table is created anew for every chart, so a change of axes, which reorders and
    // re-figures the rows, starts on the first page again.
    let page = RwSignal::new(0usize);
    let cost_head = m.cost_axis(cost);
    let rows = move || {
        let (_, range) = page_range(total, page.get());
        points.with_value(|points| {
            points
                .get(range)
                .unwrap_or_default()
                .iter()
                .map(|p| {
                    let href = Route::Initiative {
                        plan: plan_id.clone(),
                        initiative: p.id.clone(),
                        step: None,
                    }
                    .href();
                    view! {
                        <tr>
                            <td class="num">{p.number.to_string()}</td>
                            <th scope="row">
                                <a href=href>{initiative_title(&p.title)}</a>
                                {p.blocked.then(|| view! { <span class="blocked-note">" ("{m.blocked}")"</span> })}
                            </th>
                            <td class="num">{labels::value(p.value, value)}</td>
                            <td class="num">{labels::cost(p.cost, cost)}</td>
                            <td class="num">{labels::hours(p.hours)}</td>
                            <td>{m.quadrant(p.quadrant)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="matrix-table-caption">
            <table class="matrix-table" id="matrix-table" tabindex="-1">
                <caption id="matrix-table-caption">{m.table_caption}</caption>
                <thead><tr>
                    <th scope="col" class="num">{m.col_number}</th>
                    <th scope="col">{m.col_initiative}</th>
                    <th scope="col" class="num">{m.value_axis(value)}</th>
                    <th scope="col" class="num">{cost_head}</th>
                    <th scope="col" class="num">{m.col_hours}</th>
                    <th scope="col">{m.col_quadrant}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <Pager total=Signal::derive(move || total) page=page label=m.table_caption status=m.page_status />
    }
}
