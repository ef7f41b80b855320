//! Key figures of an initiative with their formulas on request, and the yearly table of benefits
//! and costs (*Nyttor och kostnader per år*) in calendar years. All figures come from the
//! calculation core; this file only formats them. Present values are at the plan's base year, as
//! everywhere initiatives are compared (docs/domain.md §5.6).

use leptos::prelude::*;

use super::ctx::WalkCtx;
use crate::core::calc::{
    base_year, calendar_year, cash_flow, freed_hours, freed_value, hourly_cost,
    key_figures_in_plan, Variant, YearRow,
};
use crate::core::model::initiative::BenefitKind;
use crate::ui::text::num::{decimal, kronor, number, percent};
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
    /// The NPV at the initiative's own start year, before it is moved to the base year.
    npv_own_start: f64,
    start_year: i32,
    base_year: i32,
    npv_cash_only: f64,
    range: Option<(f64, f64)>,
    /// The payback year as a calendar year and counted from the start year.
    payback: Option<(i32, u32)>,
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
        let kf = key_figures_in_plan(plan, i);
        let npv_own_start = cash_flow(i, p, Variant::Expected).npv;
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
            npv_own_start,
            start_year: i.start_year,
            base_year: base_year(plan),
            npv_cash_only: e.npv_cash_only,
            range: kf
                .low
                .as_ref()
                .zip(kf.high.as_ref())
                .map(|(l, h)| (l.npv, h.npv)),
            payback: e.payback_year.map(|n| (calendar_year(i.start_year, n), n)),
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
fn Figure(
    name: &'static str,
    value: String,
    /// What the value is measured against, e.g. the year an NPV is discounted to.
    #[prop(optional)]
    note: Option<String>,
    formula: AnyView,
) -> impl IntoView {
    view! {
        <div class="figure">
            <dt>{name}</dt>
            <dd>
                <span class="figure-value">{value}</span>
                {note.map(|n| view! { " " <span class="figure-note">{n}</span> })}
                <details>
                    <summary>{t().figures().how}<span class="visually-hidden">" "{name}</span></summary>
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
            <h3 id="figures-heading">{t().figures().title}</h3>
            {move || data.get().map(|f| view! { <FigureList f=f.clone() /> <CashFlowTable rows=f.rows base_year=f.base_year /> })}
        </section>
    }
}

#[component]
fn FigureList(f: Figures) -> impl IntoView {
    let x = t().figures();
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
    let base_formula =
        (x.npv_base_formula)(f.start_year, f.npv_own_start, f.base_year, f.rate, f.npv);
    let range = f.range.map(|(lo, hi)| (x.npv_range)(lo, hi));
    let payback = f
        .payback
        .map(|(year, index)| (x.payback_year)(year, index))
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
            <Figure name=x.npv value=kronor(f.npv) note=(x.npv_discounted_to)(f.base_year)
                formula=view! { <p>{npv_formula}</p> <p>{base_formula}</p> {range.clone().map(|r| view! { <p>{r}</p> })} }.into_any() />
            <Figure name=x.npv_cash_only value=kronor(f.npv_cash_only) note=(x.npv_discounted_to)(f.base_year)
                formula=view! { <p>{x.npv_cash_only_formula}</p> }.into_any() />
            <Figure name=x.payback value=payback formula=view! { <p>{x.payback_formula}</p> }.into_any() />
            <Figure name=x.bcr value=bcr formula=view! { <p>{bcr_formula}</p> }.into_any() />
        </dl>
        {range.map(|r| view! { <p class="range">{r}</p> })}
    }
}

#[component]
fn CashFlowTable(rows: Vec<YearRow>, base_year: i32) -> impl IntoView {
    let x = t().figures();
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
                    <th scope="col" class="num">{(x.col_pv)(base_year)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{r.calendar_year}</th>
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
