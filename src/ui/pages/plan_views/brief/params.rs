//! The plan's calculation parameters with source and year, first in the brief because every
//! figure after it rests on them (docs/domain.md: every parameter is shown with where it comes from).

use leptos::prelude::*;

use crate::core::calc::hourly_cost;
use crate::core::{CalcParams, Plan, Sourced};
use crate::ui::state::PlanHandle;
use crate::ui::text::num::{decimal, number, percent};
use crate::ui::text::t;

#[derive(Clone, Debug, PartialEq)]
struct Line {
    name: &'static str,
    value: String,
    source: String,
    year: String,
}

fn line<T>(name: &'static str, value: String, s: &Sourced<T>) -> Line {
    Line {
        name,
        value,
        source: s.source.clone(),
        year: s.year.map(|y| y.to_string()).unwrap_or_else(|| "–".into()),
    }
}

fn lines(p: &CalcParams) -> Vec<Line> {
    let (x, b) = (t(), t().brief());
    vec![
        line(
            x.param_salary,
            format!("{} {}", number(p.monthly_salary.value, 0), b.per_month),
            &p.monthly_salary,
        ),
        line(
            x.param_hours,
            format!("{}\u{a0}h", decimal(p.hours_per_month.value, 1)),
            &p.hours_per_month,
        ),
        line(x.param_uplift, decimal(p.uplift.value, 4), &p.uplift),
        Line {
            name: b.hourly,
            value: format!("{}\u{a0}kr/h", number(hourly_cost(p), 2)),
            source: b.hourly_source.to_string(),
            year: "–".into(),
        },
        line(
            x.param_rate,
            percent(p.discount_rate_percent.value, 2),
            &p.discount_rate_percent,
        ),
        line(
            x.param_horizon,
            format!("{} {}", p.horizon_years.value, b.years),
            &p.horizon_years,
        ),
        line(
            x.param_price_year,
            p.price_year.value.to_string(),
            &p.price_year,
        ),
    ]
}

#[component]
pub fn ParamsTable(plan_id: StoredValue<String>) -> impl IntoView {
    let b = t().brief();
    let rows = PlanHandle::new(plan_id).memo(|p: &Plan| lines(&p.params));
    view! {
        <section class="brief-params" aria-labelledby="brief-params-heading">
            <h2 id="brief-params-heading">{b.section_params}</h2>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="brief-params-caption">
            <table>
                <caption id="brief-params-caption">{b.params_caption}</caption>
                <thead><tr>
                    <th scope="col">{t().col_parameter}</th>
                    <th scope="col" class="num">{t().col_value}</th>
                    <th scope="col">{t().col_source}</th>
                    <th scope="col" class="num">{t().col_year}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().unwrap_or_default().into_iter().map(|l| view! {
                        <tr>
                            <th scope="row">{l.name}</th>
                            <td class="num">{l.value}</td>
                            <td>{l.source}</td>
                            <td class="num">{l.year}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    }
}
