//! Frigjord tid: cases × minutes or hours a year, the share expected to be realised and what the
//! time will be used for (seed 000: freed time is hard to realise, so it is kept apart from cash).

use leptos::prelude::*;

use super::estimate::EstimateInputs;
use crate::core::calc::{
    freed_hours, freed_value, hourly_cost, parse_non_negative, parse_percent, Variant,
};
use crate::core::model::initiative::{BenefitKind, Estimate, TimeBasis};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::{NumberInput, SelectInput, TextInput};
use crate::ui::widgets::focus::release_text_focus;

/// Changes the freed-time parts of a benefit, if it still is freed time.
fn edit_freed(
    ctx: WalkCtx,
    id: StoredValue<String>,
    change: impl FnOnce(&mut TimeBasis, &mut f64, &mut String),
) {
    ctx.edit_benefit(id, |b| {
        if let BenefitKind::FrigjordTid {
            time,
            realised_share_percent,
            use_of_time,
        } = &mut b.kind
        {
            change(time, realised_share_percent, use_of_time)
        }
    });
}

fn is_cases(time: &TimeBasis) -> bool {
    matches!(time, TimeBasis::Cases { .. })
}

/// Cases × minutes becomes the same hours; hours go back to the cases typed before, if any.
fn switch_basis(time: &mut TimeBasis, to_cases: bool, stash: StoredValue<Option<TimeBasis>>) {
    if is_cases(time) == to_cases {
        return;
    }
    let new = if to_cases {
        stash.get_value().unwrap_or(TimeBasis::Cases {
            cases_per_year: Estimate::default(),
            minutes_per_case: Estimate::default(),
        })
    } else {
        let expected = freed_hours(time, Variant::Expected);
        let other = |v| Some(freed_hours(time, v)).filter(|h| *h != expected);
        TimeBasis::Hours {
            hours_per_year: Estimate {
                expected,
                low: other(Variant::Low),
                high: other(Variant::High),
            },
        }
    };
    let old = std::mem::replace(time, new);
    if is_cases(&old) {
        stash.set_value(Some(old));
    }
}

#[component]
pub fn FreedTimeFields(
    id: StoredValue<String>,
    time: TimeBasis,
    share: f64,
    use_of_time: String,
) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let a = t().analysis();
    let field = move |name: &str| format!("benefit-{}-{name}", id.get_value());
    let freed = move || {
        ctx.with(|p, i| {
            let b = i.benefit(&id.get_value())?;
            let BenefitKind::FrigjordTid { time, .. } = &b.kind else {
                return None;
            };
            Some((a.freed_summary)(
                freed_hours(time, Variant::Expected),
                hourly_cost(&p.params),
                freed_value(&b.kind, &p.params, Variant::Expected),
            ))
        })
        .flatten()
    };
    let basis = Memo::new(move |_| {
        ctx.with(|_, i| match &i.benefit(&id.get_value())?.kind {
            BenefitKind::FrigjordTid { time, .. } => Some(is_cases(time)),
            _ => None,
        })
        .flatten()
    });
    let cases_stash = StoredValue::new(is_cases(&time).then_some(time));
    let basis_options = vec![
        ("cases".to_string(), a.basis_cases.to_string()),
        ("hours".to_string(), a.basis_hours.to_string()),
    ];
    let initial_basis = if is_cases(&time) { "cases" } else { "hours" };
    view! {
        <SelectInput id=field("basis") label=a.time_basis options=basis_options initial=initial_basis
            on_change={move |v: String| {
                release_text_focus();
                edit_freed(ctx, id, |time, _, _| switch_basis(time, v == "cases", cases_stash))
            }} />
        {move || basis.get().map(|cases| view! { <TimeFields id=id cases=cases /> })}
        <NumberInput id=field("share") label=a.realised_share initial=Some(share) parse=parse_percent
            on_change={move |v: Option<f64>| if let Some(v) = v { edit_freed(ctx, id, |_, s, _| *s = v) }} />
        <p class="derived freed-summary">{freed}</p>
        <TextInput id=field("use") label=a.use_of_time hint=a.use_of_time_hint initial=use_of_time multiline=true
            on_change={move |v: String| edit_freed(ctx, id, |_, _, u| *u = v)} />
    }
}

/// Cases and minutes, or hours, read fresh from the model each time the basis is switched.
#[component]
fn TimeFields(id: StoredValue<String>, cases: bool) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let a = t().analysis();
    let field = move |name: &str| format!("benefit-{}-{name}", id.get_value());
    let time = ctx
        .with_untracked(|_, i| match &i.benefit(&id.get_value())?.kind {
            BenefitKind::FrigjordTid { time, .. } => Some(*time),
            _ => None,
        })
        .flatten();
    match time {
        Some(TimeBasis::Cases { cases_per_year, minutes_per_case }) if cases => view! {
            <NumberInput id=field("cases") label=a.cases_per_year initial=Some(cases_per_year.expected)
                parse=parse_non_negative
                on_change={move |v: Option<f64>| if let Some(v) = v { edit_freed(ctx, id, |t, _, _| {
                    if let TimeBasis::Cases { cases_per_year, .. } = t { cases_per_year.expected = v }
                }) }} />
            <EstimateInputs id=field("minutes") label=a.minutes_per_case unit=a.unit_min initial=minutes_per_case
                on_change={move |e: Estimate| edit_freed(ctx, id, |t, _, _| {
                    if let TimeBasis::Cases { minutes_per_case, .. } = t { *minutes_per_case = e }
                })} />
        }
        .into_any(),
        Some(TimeBasis::Hours { hours_per_year }) if !cases => view! {
            <EstimateInputs id=field("hours") label=a.hours_per_year unit=a.unit_h initial=hours_per_year
                on_change={move |e: Estimate| edit_freed(ctx, id, |t, _, _| {
                    if let TimeBasis::Hours { hours_per_year } = t { *hours_per_year = e }
                })} />
        }
        .into_any(),
        _ => ().into_any(),
    }
}
