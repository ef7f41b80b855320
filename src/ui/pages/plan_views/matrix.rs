//! The plan view "Matris": value against cost or effort for every scored initiative, as a
//! bubble chart with named quadrants and a table with the same figures. The choice of axes is
//! view state, not part of the plan: it changes how the plan is looked at, not what it says.

mod chart;
mod data;
mod geometry;
mod labels;
mod table;
pub(super) mod widgets;

pub(crate) use data::{CostAxis, ValueAxis};
pub(crate) use geometry::Quadrant;

use crate::ui::widgets::focus::focus_now;
use leptos::prelude::*;

use self::widgets::RadioGroup;
use super::lens::AreaFilter;
use crate::core::portfolio::restrict;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;

#[component]
pub fn MatrixView(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let m = t().matrix();
    let value = RwSignal::new(ValueAxis::Score);
    let cost = RwSignal::new(CostAxis::Cost);
    let area = RwSignal::new(None::<String>);
    // Everything the chart needs, once per plan change; unrelated edits compare equal and
    // redraw nothing.
    let base = Memo::new(move |_| {
        let area = area.get();
        PlanHandle::on(state, plan_id)
            .with(|p| data::base(&restrict(p, area.as_deref())))
            .unwrap_or_default()
    });
    // The axes travel with the chart, so headings and labels always match the figures.
    let chart = Memo::new(move |_| {
        let (v, c) = (value.get(), cost.get());
        (base.with(|b| data::chart(b, v, c)), v, c)
    });
    let effort_name = base.with_untracked(|b| b.effort_criterion.clone());
    let mut cost_options = vec![(CostAxis::Cost, m.cost_cost.to_string())];
    if let Some(name) = &effort_name {
        cost_options.push((CostAxis::Effort, (m.cost_effort)(name)));
    }
    let body = move || {
        let (chart, v, c) = chart.get();
        let id = plan_id.get_value();
        if chart.points.is_empty() && chart.not_placed.is_empty() {
            return view! { <p class="message">{m.empty}</p> }.into_any();
        }
        let not_placed: Vec<String> = chart
            .not_placed
            .iter()
            .map(|s| crate::ui::widgets::title::initiative_title(s))
            .collect();
        view! {
            <button type="button" class="skip-chart secondary" on:click=|_| focus_now("matrix-table")>{m.skip_chart}</button>
            <chart::MatrixChart chart=chart.clone() value=v cost=c plan_id=id.clone() />
            <table::MatrixTable chart=chart value=v cost=c plan_id=id />
            {(!not_placed.is_empty()).then(|| view! {
                <p>{m.not_placed}" "{not_placed.join(", ")}</p>
            })}
        }
        .into_any()
    };
    let unscored = move || {
        base.with(|b| {
            (!b.unscored.is_empty() && !b.candidates.is_empty()).then(|| {
                let names: Vec<String> = b
                    .unscored
                    .iter()
                    .map(|s| crate::ui::widgets::title::initiative_title(s))
                    .collect();
                view! { <p>{m.unscored}" "{names.join(", ")}</p> }
            })
        })
    };
    view! {
        <p class="view-intro">{m.intro}</p>
        <super::npv_note::NpvYearNote plan_id=plan_id />
        <div class="matrix-controls">
            <AreaFilter plan=PlanHandle::on(state, plan_id) id="matrix-filter-area" all=t().list().all chosen=area />
            <RadioGroup id="matrix-value" legend=m.value_legend
                options=vec![
                    (ValueAxis::Score, m.value_axis(ValueAxis::Score).to_string()),
                    (ValueAxis::Npv, m.value_axis(ValueAxis::Npv).to_string()),
                ]
                initial=ValueAxis::Score on_change={move |v| value.set(v)} />
            {match effort_name {
                Some(_) => view! {
                    <RadioGroup id="matrix-cost" legend=m.cost_legend options=cost_options
                        initial=CostAxis::Cost on_change={move |c| cost.set(c)} />
                }.into_any(),
                None => view! {
                    <RadioGroup id="matrix-cost" legend=m.cost_legend options=cost_options
                        initial=CostAxis::Cost on_change={move |c| cost.set(c)}
                        hint=m.effort_missing />
                }.into_any(),
            }}
        </div>
        <section class="matrix" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{m.chart_heading}</h2>
            {body}
            {unscored}
            <details>
                <summary>{t().figures().how}<span class="visually-hidden">" "{m.chart_heading}</span></summary>
                {m.how_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </details>
        </section>
    }
}
