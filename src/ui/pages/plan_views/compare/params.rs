//! The two parameter sets side by side, each value with its source and year, and in words
//! whether it differs.

use leptos::prelude::*;

use crate::core::format::recompute::Candidate;
use crate::core::format::recompute::{ParamDiff, ParamKey};
use crate::core::CalcParams;
use crate::ui::text::num::{decimal, number, percent};
use crate::ui::text::t;

/// The value as the parameter page and the decision brief show it.
fn shown(key: ParamKey, p: &CalcParams) -> String {
    let c = t().compare();
    match key {
        ParamKey::MonthlySalary => format!("{} {}", number(p.monthly_salary.value, 0), c.per_month),
        ParamKey::Uplift => decimal(p.uplift.value, 4),
        ParamKey::HoursPerMonth => format!(
            "{}\u{a0}{}",
            decimal(p.hours_per_month.value, 2),
            c.hours_unit
        ),
        ParamKey::DiscountRate => percent(p.discount_rate_percent.value, 2),
        ParamKey::Horizon => format!("{} {}", p.horizon_years.value, c.years),
        ParamKey::PriceYear => p.price_year.value.to_string(),
    }
}

fn source(key: ParamKey, p: &CalcParams) -> String {
    let (source, year) = key.source(p);
    match (source.trim(), year) {
        ("", None) => t().compare().not_given.to_string(),
        ("", Some(y)) => y.to_string(),
        (s, None) => s.to_string(),
        (s, Some(y)) => format!("{s}, {y}"),
    }
}

fn verdict(differs: bool) -> &'static str {
    if differs {
        t().compare().differs
    } else {
        t().compare().same
    }
}

fn summary(diffs: usize, ours: &Candidate, theirs: &CalcParams) -> String {
    let c = t().compare();
    match diffs {
        0 if *theirs != ours.params => {
            format!("{} {}", (c.all_equal)(&ours.name), c.sources_differ)
        }
        0 => (c.all_equal)(&ours.name),
        1 => c.one_differs.to_string(),
        n => (c.n_differ)(n),
    }
}

#[component]
pub fn ParamsTable(
    theirs: CalcParams,
    ours: Candidate,
    diffs: Vec<ParamDiff>,
    /// Hourly cost of staff time (theirs, ours), from the comparison.
    hourly: (f64, f64),
) -> impl IntoView {
    let c = t().compare();
    let rows = ParamKey::ALL
        .into_iter()
        .map(|key| {
            let differs = diffs.iter().any(|d| d.key == key);
            view! {
                <tr class:differs=differs>
                    <th scope="row">{t().param(key)}</th>
                    <td class="num">{shown(key, &theirs)}</td>
                    <td>{source(key, &theirs)}</td>
                    <td class="num">{shown(key, &ours.params)}</td>
                    <td>{source(key, &ours.params)}</td>
                    <td>{verdict(differs)}</td>
                </tr>
            }
        })
        .collect_view();
    let (hourly_theirs, hourly_ours) = hourly;
    let hourly_differs = hourly_theirs != hourly_ours;
    view! {
        <section class="compare-params" aria-labelledby="compare-params-heading">
            <h2 id="compare-params-heading">{c.params_heading}</h2>
            <p class="compare-summary">{summary(diffs.len(), &ours, &theirs)}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="compare-params-caption">
                <table class="compare-params-table">
                    <caption id="compare-params-caption">{(c.params_caption)(&ours.name)}</caption>
                    <thead><tr>
                        <th scope="col">{t().col_parameter}</th>
                        <th scope="col" class="num">{c.col_theirs_value}</th>
                        <th scope="col">{c.col_theirs_source}</th>
                        <th scope="col" class="num">{c.col_ours_value}</th>
                        <th scope="col">{c.col_ours_source}</th>
                        <th scope="col">{c.col_difference}</th>
                    </tr></thead>
                    <tbody>
                        {rows}
                        <tr class:differs=hourly_differs class="derived">
                            <th scope="row">{c.hourly}</th>
                            <td class="num">{format!("{}\u{a0}{}", number(hourly_theirs, 2), c.kr_per_hour)}</td>
                            <td>{c.hourly_source}</td>
                            <td class="num">{format!("{}\u{a0}{}", number(hourly_ours, 2), c.kr_per_hour)}</td>
                            <td>{c.hourly_source}</td>
                            <td>{verdict(hourly_differs)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
