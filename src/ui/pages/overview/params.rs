//! The plan's calculation parameters, each editable with its source and year (docs/domain.md:
//! every parameter is shown with where it comes from, and is the plan's own).

use leptos::prelude::*;

use crate::core::calc::{
    hourly_cost, parse_in_range, parse_non_negative, parse_whole, NumberError,
};
use crate::core::{CalcParams, Sourced};
use crate::ui::state::AppState;
use crate::ui::state::PlanHandle;
use crate::ui::text::num::number;
use crate::ui::text::t;
use crate::ui::widgets::fields::{NumberInput, TextInput};

fn parse_uplift(text: &str) -> Result<f64, NumberError> {
    parse_in_range(text, 1.0, 3.0)
}
fn parse_hours(text: &str) -> Result<f64, NumberError> {
    parse_in_range(text, 1.0, 300.0)
}
fn parse_rate(text: &str) -> Result<f64, NumberError> {
    parse_in_range(text, 0.0, 20.0)
}
fn parse_horizon(text: &str) -> Result<f64, NumberError> {
    parse_whole(text, 0, 50).map(f64::from)
}
fn parse_year(text: &str) -> Result<f64, NumberError> {
    parse_whole(text, 2000, 2100).map(f64::from)
}

/// How to reach one parameter inside `CalcParams`, as plain functions so one component serves all.
struct ParamSpec {
    key: &'static str,
    label: &'static str,
    unit: Option<&'static str>,
    parse: fn(&str) -> Result<f64, NumberError>,
    decimals: usize,
    ungrouped: bool,
    value: fn(&CalcParams) -> f64,
    set_value: fn(&mut CalcParams, f64),
    meta: fn(&mut CalcParams) -> (&mut String, &mut Option<i32>),
    source: fn(&CalcParams) -> (String, Option<i32>),
}

fn meta<T>(s: &mut Sourced<T>) -> (&mut String, &mut Option<i32>) {
    (&mut s.source, &mut s.year)
}

fn specs() -> [ParamSpec; 6] {
    let x = t();
    [
        ParamSpec {
            key: "salary",
            label: x.param_salary,
            unit: Some(x.kr_per_month),
            parse: parse_non_negative,
            decimals: 0,
            ungrouped: false,
            value: |p| p.monthly_salary.value,
            set_value: |p, v| p.monthly_salary.value = v,
            meta: |p| meta(&mut p.monthly_salary),
            source: |p| (p.monthly_salary.source.clone(), p.monthly_salary.year),
        },
        ParamSpec {
            key: "uplift",
            label: x.param_uplift,
            unit: None,
            parse: parse_uplift,
            decimals: 4,
            ungrouped: false,
            value: |p| p.uplift.value,
            set_value: |p, v| p.uplift.value = v,
            meta: |p| meta(&mut p.uplift),
            source: |p| (p.uplift.source.clone(), p.uplift.year),
        },
        ParamSpec {
            key: "hours",
            label: x.param_hours,
            unit: Some("h"),
            parse: parse_hours,
            decimals: 2,
            ungrouped: false,
            value: |p| p.hours_per_month.value,
            set_value: |p, v| p.hours_per_month.value = v,
            meta: |p| meta(&mut p.hours_per_month),
            source: |p| (p.hours_per_month.source.clone(), p.hours_per_month.year),
        },
        ParamSpec {
            key: "rate",
            label: x.param_rate,
            unit: Some("%"),
            parse: parse_rate,
            decimals: 2,
            ungrouped: false,
            value: |p| p.discount_rate_percent.value,
            set_value: |p, v| p.discount_rate_percent.value = v,
            meta: |p| meta(&mut p.discount_rate_percent),
            source: |p| {
                (
                    p.discount_rate_percent.source.clone(),
                    p.discount_rate_percent.year,
                )
            },
        },
        ParamSpec {
            key: "horizon",
            label: x.param_horizon,
            unit: Some(x.years_unit),
            parse: parse_horizon,
            decimals: 0,
            ungrouped: false,
            value: |p| f64::from(p.horizon_years.value),
            set_value: |p, v| p.horizon_years.value = v as u32,
            meta: |p| meta(&mut p.horizon_years),
            source: |p| (p.horizon_years.source.clone(), p.horizon_years.year),
        },
        ParamSpec {
            key: "price-year",
            label: x.param_price_year,
            unit: None,
            parse: parse_year,
            decimals: 0,
            ungrouped: true,
            value: |p| f64::from(p.price_year.value),
            set_value: |p, v| p.price_year.value = v as i32,
            meta: |p| meta(&mut p.price_year),
            source: |p| (p.price_year.source.clone(), p.price_year.year),
        },
    ]
}

#[component]
pub fn Params(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(initial) = PlanHandle::on(state, plan_id).with_untracked(|p| p.params.clone()) else {
        return ().into_any();
    };
    let hourly = PlanHandle::new(plan_id).memo(|p| hourly_cost(&p.params));
    let edit = move |change: Box<dyn FnOnce(&mut CalcParams)>| {
        PlanHandle::on(state, plan_id).edit(|p| change(&mut p.params));
    };
    view! {
        <section aria-labelledby="params-heading">
            <h2 id="params-heading">{t().overview().section_params}</h2>
            <p class="hint">{t().overview().params_hint}</p>
            <super::revision::ParamsReview plan_id=plan_id />
            {specs().into_iter().map(|spec| {
                let (source, year) = (spec.source)(&initial);
                let id = format!("param-{}", spec.key);
                let (set_value, set_meta) = (spec.set_value, spec.meta);
                view! {
                    <fieldset class="param">
                        <legend>{spec.label}</legend>
                        <NumberInput id=format!("{id}-value") label=format!("{}, {}", spec.label, t().overview().param_value)
                            unit=spec.unit.unwrap_or_default() initial=Some((spec.value)(&initial)) parse=spec.parse decimals=spec.decimals ungrouped=spec.ungrouped
                            on_change={move |v: Option<f64>| if let Some(v) = v { edit(Box::new(move |p| set_value(p, v))) }} />
                        <TextInput id=format!("{id}-source") label=format!("{}, {}", spec.label, t().overview().param_source) initial=source
                            on_change={move |v: String| edit(Box::new(move |p| *set_meta(p).0 = v))} />
                        <NumberInput id=format!("{id}-year") label=format!("{}, {}", spec.label, t().overview().param_year)
                            initial=year.map(f64::from) parse=parse_year optional=true decimals=0 ungrouped=true
                            on_change={move |v: Option<f64>| edit(Box::new(move |p| *set_meta(p).1 = v.map(|y| y as i32)))} />
                    </fieldset>
                }
            }).collect_view()}
            <p>{t().overview().hourly_cost_now}" "<strong>{move || hourly.get().map(|h| format!("{}\u{a0}kr/h", number(h, 2)))}</strong></p>
        </section>
    }
    .into_any()
}
