//! Costs: the initiative's start year, one-off investments in given years and a yearly running
//! cost with its first and last year (Inera's template; docs/domain.md §5.5).

use leptos::prelude::*;

use super::estimate::EstimateInputs;
use super::section::Section;
use super::years::YearInput;
use crate::core::calc::calendar::{calendar_span, running_calendar_years};
use crate::core::calc::parse_year_index;
use crate::core::model::initiative::{Estimate, Investment};
use crate::core::model::YearError;
use crate::core::Plan;
use crate::ui::browser::clock::now_iso;
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::NumberInput;
use crate::ui::widgets::focus::focus_later;

/// Changes the investment at `index`, if it is still there.
fn edit(ctx: WalkCtx, index: usize, change: impl FnOnce(&mut Investment)) {
    ctx.edit(|i| {
        if let Some(inv) = i.analysis.costs.investments.get_mut(index) {
            change(inv)
        }
    });
}

/// A year field's edit: `set` is one of the plan's year setters; a plan gone meanwhile is
/// refused like a removed initiative.
fn year_edit(
    ctx: WalkCtx,
    set: fn(&mut Plan, &str, &str, &str) -> Result<(), YearError>,
) -> Callback<String, Result<(), YearError>> {
    Callback::new(move |text: String| {
        let now = now_iso();
        ctx.try_edit(|plan, id| set(plan, id, &text, &now))
            .unwrap_or(Err(YearError::Gone))
    })
}

#[component]
pub fn CostsSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some((start, running, first, last)) = ctx.with_untracked(|_, i| {
        let c = &i.analysis.costs;
        (
            i.start_year,
            c.running_per_year,
            c.running_first_year,
            c.running_last_year,
        )
    }) else {
        return ().into_any();
    };
    let a = t().analysis();
    let y = t().years();
    let start_hint = Signal::derive(move || {
        ctx.with(|p, _| (y.start_year_hint)(p.period.start_year, p.period.end_year))
            .unwrap_or_default()
    });
    let running_hint = Signal::derive(move || y.running_years_hint.to_string());
    let running_span = move || {
        ctx.with(running_calendar_years)
            .flatten()
            .map(|(from, to)| (y.running_years)(from, to))
            .unwrap_or_else(|| y.running_years_none.to_string())
    };
    let count = Memo::new(move |_| {
        ctx.with(|_, i| i.analysis.costs.investments.len())
            .unwrap_or(0)
    });
    // Investments have no id. Rows are keyed by (count, index): typing never re-creates a row,
    // while adding or removing one re-creates them all, so no row shows a neighbour's figures.
    let rows = move || {
        let n = count.get();
        (0..n).map(|index| (n, index)).collect::<Vec<_>>()
    };
    let add = move |_| {
        let index = count.get_untracked();
        ctx.edit(|i| {
            i.analysis.costs.investments.push(Investment {
                year: 0,
                amount: Estimate::default(),
            })
        });
        focus_later(format!("investment-{index}-year"));
    };
    view! {
        <Section id="analysis-costs" title=a.section_costs>
            <p class="hint">{a.costs_hint}</p>
            <YearInput id="initiative-start-year" label=y.start_year initial=start.to_string()
                hint=start_hint
                apply=year_edit(ctx, |p, id, text, now| p.set_start_year(id, text, now).map(|_| ())) />
            <h4>{a.investments}</h4>
            <Show when=move || count.get() == 0>
                <p>{a.no_investments}</p>
            </Show>
            <For each=rows key=|row| *row children=move |(_, index)| view! { <InvestmentEditor index=index /> } />
            <button type="button" id="investment-add" on:click=add>{a.add_investment}</button>
            <fieldset class="analysis-item running-cost">
                <legend>{a.running}</legend>
                <EstimateInputs id="running-cost" label=a.running_cost unit=a.unit_kr initial=running
                    on_change={move |e: Estimate| ctx.edit(|i| i.analysis.costs.running_per_year = e)} />
                <div class="field-row">
                    <YearInput id="running-cost-first-year" label=y.running_first_year initial=first.to_string()
                        hint=running_hint
                        apply=year_edit(ctx, |p, id, text, now| p.set_running_first_year(id, text, now).map(|_| ())) />
                    <YearInput id="running-cost-last-year" label=y.running_last_year initial=last.to_string()
                        apply=year_edit(ctx, |p, id, text, now| p.set_running_last_year(id, text, now).map(|_| ())) />
                </div>
                <p class="hint running-years">{running_span}</p>
            </fieldset>
        </Section>
    }
    .into_any()
}

#[component]
fn InvestmentEditor(index: usize) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(inv) = ctx
        .with_untracked(|_, i| i.analysis.costs.investments.get(index).copied())
        .flatten()
    else {
        return ().into_any();
    };
    let a = t().analysis();
    let y = t().years();
    let number = index + 1;
    let calendar = move || {
        ctx.with(|p, i| {
            let year = i.analysis.costs.investments.get(index)?.year;
            calendar_span(p, i, year, year)
        })
        .flatten()
        .map(|(year, _)| (y.investment_year)(year))
        .unwrap_or_else(|| y.investment_year_none.to_string())
    };
    let remove = move |_| {
        ctx.edit(|i| {
            if index < i.analysis.costs.investments.len() {
                i.analysis.costs.investments.remove(index);
            }
        });
        focus_later("investment-add".to_string());
    };
    view! {
        <fieldset class="analysis-item investment">
            <legend>{a.investment_legend}" "{number}</legend>
            <NumberInput id=format!("investment-{index}-year") label=a.investment_year
                initial=Some(f64::from(inv.year)) parse=parse_year_index decimals=0
                on_change={move |v: Option<f64>| if let Some(v) = v { edit(ctx, index, |inv| inv.year = v as u32) }} />
            <p class="hint investment-year">{calendar}</p>
            <EstimateInputs id=format!("investment-{index}-amount") label=a.investment_amount unit=a.unit_kr
                initial=inv.amount
                on_change={move |e: Estimate| edit(ctx, index, |inv| inv.amount = e)} />
            <button type="button" class="danger" id=format!("investment-{index}-remove") on:click=remove>
                {a.remove_investment}
                <span class="visually-hidden">" "{a.remove_investment_hidden}" "{number}</span>
            </button>
        </fieldset>
    }
    .into_any()
}
