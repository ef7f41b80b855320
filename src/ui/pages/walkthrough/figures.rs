//! Key figures of an initiative with their formulas on request, and the yearly table of benefits
//! and costs (*Nyttor och kostnader per år*).
//! All figures come from the calculation core; this file only formats them.

use leptos::prelude::*;

use super::ctx::WalkCtx;
use crate::core::calc::numfmt::{decimal, kronor, number, percent};
use crate::core::calc::{freed_hours, freed_value, hourly_cost, key_figures, Variant, YearRow};
use crate::core::model::initiative::BenefitKind;
use crate::ui::text::t;

/// One freed-time benefit's line in the formula: title, hours, realised share, value.
#[derive(Clone, PartialEq)]
struct FreedLine {
    title: String,
    hours: f64,
    share: f64,
    value: f64,
}

/// Everything the panel shows, computed in one pass when the initiative changes.
#[derive(Clone, PartialEq)]
struct Figures {
    salary: f64,
    hours_per_month: f64,
    uplift: f64,
    hourly: f64,
    freed_hours: f64,
    freed_lines: Vec<FreedLine>,
    freed_value: f64,
    cash_benefit: f64,
    investment: f64,
    npv: f64,
    npv_cash_only: f64,
    range: Option<(f64, f64)>,
    payback: Option<u32>,
    bcr: Option<f64>,
    pv_benefits: f64,
    pv_costs: f64,
    horizon: u32,
    rate: f64,
    price_year: i32,
    rows: Vec<YearRow>,
}

fn figures(ctx: WalkCtx) -> Option<Figures> {
    ctx.with(|plan, i| {
        let p = &plan.params;
        let kf = key_figures(i, p);
        let e = &kf.expected;
        let freed_lines = i
            .analysis
            .benefits
            .iter()
            .filter_map(|b| match &b.kind {
                BenefitKind::FrigjordTid {
                    time,
                    realised_share_percent,
                    ..
                } => Some(FreedLine {
                    title: b.title.clone(),
                    hours: freed_hours(time, Variant::Expected),
                    share: *realised_share_percent,
                    value: freed_value(&b.kind, p, Variant::Expected),
                }),
                _ => None,
            })
            .collect();
        Figures {
            salary: p.monthly_salary.value,
            hours_per_month: p.hours_per_month.value,
            uplift: p.uplift.value,
            hourly: hourly_cost(p),
            freed_hours: e.freed_hours_per_year_max,
            freed_lines,
            freed_value: e.peak_freed_value(),
            cash_benefit: e.peak_cash_benefit(),
            investment: e.investment_total,
            npv: e.npv,
            npv_cash_only: e.npv_cash_only,
            range: kf
                .low
                .as_ref()
                .zip(kf.high.as_ref())
                .map(|(l, h)| (l.npv, h.npv)),
            payback: e.payback_year,
            bcr: e.benefit_cost_ratio,
            pv_benefits: e.pv_benefits,
            pv_costs: e.pv_costs,
            horizon: p.horizon_years.value,
            rate: p.discount_rate_percent.value,
            price_year: p.price_year.value,
            rows: e.rows.clone(),
        }
    })
}

/// One figure: its name, its value, and its formula behind "Hur räknas detta?".
#[component]
fn Figure(name: &'static str, value: String, formula: AnyView) -> impl IntoView {
    view! {
        <div class="figure">
            <dt>{name}</dt>
            <dd>
                <span class="figure-value">{value}</span>
                <details>
                    <summary>{t().figures.how}<span class="visually-hidden">" "{name}</span></summary>
                    <div class="formula">{formula}</div>
                </details>
            </dd>
        </div>
    }
}

#[component]
pub fn KeyFiguresPanel() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let data = Memo::new(move |_| figures(ctx));
    view! {
        <section class="key-figures" aria-labelledby="figures-heading">
            <h3 id="figures-heading">{t().figures.title}</h3>
            {move || data.get().map(|f| view! { <FigureList f=f.clone() /> <CashFlowTable rows=f.rows /> })}
        </section>
    }
}

#[component]
fn FigureList(f: Figures) -> impl IntoView {
    let x = t().figures;
    let kr_h = |v: f64| format!("{}\u{a0}{}", number(v, 2), x.kr_per_hour);
    let hours = |v: f64| format!("{}\u{a0}{}", decimal(v, 1), x.hours_unit);
    let hourly_formula = (x.hourly_formula)(f.salary, f.hours_per_month, f.uplift, f.hourly);
    let freed_lines = f
        .freed_lines
        .iter()
        .map(|l| {
            format!(
                "{}: {} × {} × {} = {}",
                l.title,
                hours(l.hours),
                kr_h(f.hourly),
                percent(l.share, 1),
                kronor(l.value)
            )
        })
        .collect::<Vec<_>>();
    let npv_formula = (x.npv_formula)(f.horizon, f.rate, f.price_year);
    let range = f.range.map(|(lo, hi)| (x.npv_range)(lo, hi));
    let payback = f
        .payback
        .map(x.payback_year)
        .unwrap_or_else(|| x.payback_never.to_string());
    let bcr = f
        .bcr
        .map(|b| decimal(b, 2))
        .unwrap_or_else(|| x.bcr_none.to_string());
    let bcr_formula = (x.bcr_formula)(f.pv_benefits, f.pv_costs);
    view! {
        <dl class="figures">
            <Figure name=x.hourly_cost value=kr_h(f.hourly) formula=view! { <p>{hourly_formula}</p> }.into_any() />
            <Figure name=x.freed_hours value=format!("{} {}", hours(f.freed_hours), x.per_year)
                formula=view! { <p>{(x.freed_hours_formula)(f.freed_hours)}</p> }.into_any() />
            <Figure name=x.freed_value value=format!("{} {}", kronor(f.freed_value), x.per_year)
                formula=view! {
                    <p>{x.freed_value_formula}</p>
                    <ul>{freed_lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <p>{x.freed_value_note}</p>
                }.into_any() />
            <Figure name=x.cash_benefit value=format!("{} {}", kronor(f.cash_benefit), x.per_year)
                formula=view! { <p>{x.cash_benefit_formula}</p> }.into_any() />
            <Figure name=x.investment value=kronor(f.investment) formula=view! { <p>{x.investment}</p> }.into_any() />
            <Figure name=x.npv value=kronor(f.npv)
                formula=view! { <p>{npv_formula}</p> {range.clone().map(|r| view! { <p>{r}</p> })} }.into_any() />
            <Figure name=x.npv_cash_only value=kronor(f.npv_cash_only) formula=view! { <p>{x.npv_cash_only_formula}</p> }.into_any() />
            <Figure name=x.payback value=payback formula=view! { <p>{x.payback_formula}</p> }.into_any() />
            <Figure name=x.bcr value=bcr formula=view! { <p>{bcr_formula}</p> }.into_any() />
        </dl>
        {range.map(|r| view! { <p class="range">{r}</p> })}
    }
}

#[component]
fn CashFlowTable(rows: Vec<YearRow>) -> impl IntoView {
    let x = t().figures;
    view! {
        <div class="table-scroll" role="region" aria-labelledby="cashflow-caption" tabindex="0">
            <table class="cashflow">
                <caption id="cashflow-caption">{x.table_title}</caption>
                <thead><tr>
                    <th scope="col">{x.col_year}</th>
                    <th scope="col" class="num">{x.col_cash}</th>
                    <th scope="col" class="num">{x.col_freed_hours}</th>
                    <th scope="col" class="num">{x.col_freed_value}</th>
                    <th scope="col" class="num">{x.col_investment}</th>
                    <th scope="col" class="num">{x.col_running}</th>
                    <th scope="col" class="num">{x.col_net}</th>
                    <th scope="col" class="num">{x.col_cumulative}</th>
                    <th scope="col" class="num">{x.col_pv}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{format!("{} {}", x.year_label, r.year)}</th>
                            <td class="num">{kronor(r.cash_benefit)}</td>
                            <td class="num">{decimal(r.freed_hours, 1)}</td>
                            <td class="num">{kronor(r.freed_value)}</td>
                            <td class="num">{kronor(r.investment)}</td>
                            <td class="num">{kronor(r.running_cost)}</td>
                            <td class="num">{kronor(r.net)}</td>
                            <td class="num">{kronor(r.cumulative_net)}</td>
                            <td class="num">{kronor(r.present_value)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
