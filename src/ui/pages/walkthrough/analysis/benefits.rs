//! The benefits of an initiative, each with an owner, a baseline, a target and a way to measure
//! it, so that it can be followed up (docs/domain.md: benefits were never followed up and had no owner).

use leptos::prelude::*;

use super::benefit_kind::{change_class, Class, ClassFields};
use super::section::Section;
use crate::core::calc::calendar::calendar_span;
use crate::core::calc::parse_year_index;
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::model::initiative::{Benefit, BenefitKind, Estimate};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::{NumberInput, SelectInput, TextInput};
use crate::ui::widgets::focus::focus_later;

#[component]
pub fn BenefitsSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let a = t().analysis();
    let ids = move || {
        ctx.with(|_, i| {
            i.analysis
                .benefits
                .iter()
                .map(|b| b.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let empty = Memo::new(move |_| {
        ctx.with(|_, i| i.analysis.benefits.is_empty())
            .unwrap_or(true)
    });
    let add = move |_| {
        let id = RandomIds.next_id();
        let benefit = Benefit::new(
            id.clone(),
            "",
            BenefitKind::Ekonomisk {
                kronor_per_year: Estimate::default(),
            },
        );
        ctx.edit(|i| i.analysis.benefits.push(benefit));
        focus_later(format!("benefit-{id}-title"));
    };
    view! {
        <Section id="analysis-benefits" title=a.section_benefits>
            <p class="hint">{a.benefits_hint}</p>
            <Show when=move || empty.get()>
                <p>{a.no_benefits}</p>
            </Show>
            <For each=ids key=|id| id.clone() children=move |id| view! { <BenefitEditor id=id /> } />
            <button type="button" id="benefit-add" on:click=add>{a.add_benefit}</button>
        </Section>
    }
}

#[component]
fn BenefitEditor(id: String) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(b) = ctx.with_untracked(|_, i| i.benefit(&id).cloned()).flatten() else {
        return ().into_any();
    };
    let a = t().analysis();
    let key = StoredValue::new(id.clone());
    let field = move |name: &str| format!("benefit-{}-{name}", key.get_value());
    let title = Memo::new(move |_| {
        ctx.with(|_, i| {
            i.benefit(&key.get_value())
                .map(|b| b.title.trim().to_string())
        })
        .flatten()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| a.benefit_untitled.to_string())
    });
    // Only the class is followed, so the class fields are swapped without touching the rest.
    let class = Memo::new(move |_| {
        ctx.with(|_, i| i.benefit(&key.get_value()).map(|b| Class::of(&b.kind)))
            .flatten()
    });
    let years_wrong = Memo::new(move |_| {
        ctx.with(|_, i| {
            i.benefit(&key.get_value())
                .map(|b| b.last_year < b.first_year)
        })
        .flatten()
        .unwrap_or(false)
    });
    // Kinds left behind by a class switch, so switching back restores what was typed.
    let stash = StoredValue::new(Vec::<BenefitKind>::new());
    let class_options: Vec<(String, String)> = Class::ALL
        .iter()
        .map(|c| (c.key().to_string(), c.label().to_string()))
        .collect();
    let remove = move |_| {
        let id = key.get_value();
        ctx.edit(|i| i.analysis.benefits.retain(|b| b.id != id));
        focus_later("benefit-add".to_string());
    };
    let years_error = field("years-error");
    let y = t().years();
    let calendar = move || {
        ctx.with(|p, i| {
            i.benefit(&key.get_value())
                .and_then(|b| calendar_span(p, i, b.first_year, b.last_year))
        })
        .flatten()
        .map(|(from, to)| (y.benefit_years)(from, to))
        .unwrap_or_else(|| y.benefit_years_none.to_string())
    };
    view! {
        <fieldset class="analysis-item benefit">
            <legend>{a.benefit_legend}": "{move || title.get()}</legend>
            <TextInput id=field("title") label=a.benefit_title initial=b.title
                on_change={move |v: String| ctx.edit_benefit(key, |b| b.title = v)} />
            <SelectInput id=field("class") label=a.benefit_class options=class_options
                initial=Class::of(&b.kind).key()
                on_change={move |v: String| change_class(ctx, key, stash, &v)} />
            {move || class.get().map(|c| view! { <ClassFields class=c id=key /> })}
            <TextInput id=field("owner") label=a.owner initial=b.owner
                on_change={move |v: String| ctx.edit_benefit(key, |b| b.owner = v)} />
            <TextInput id=field("baseline") label=a.baseline initial=b.baseline
                on_change={move |v: String| ctx.edit_benefit(key, |b| b.baseline = v)} />
            <TextInput id=field("target") label=a.target initial=b.target
                on_change={move |v: String| ctx.edit_benefit(key, |b| b.target = v)} />
            <TextInput id=field("measure") label=a.measure initial=b.measure multiline=true
                on_change={move |v: String| ctx.edit_benefit(key, |b| b.measure = v)} />
            <div class="field-row">
                <NumberInput id=field("first") label=a.first_year initial=Some(f64::from(b.first_year))
                    parse=parse_year_index decimals=0
                    on_change={move |v: Option<f64>| if let Some(v) = v { ctx.edit_benefit(key, |b| b.first_year = v as u32) }} />
                <NumberInput id=field("last") label=a.last_year initial=Some(f64::from(b.last_year))
                    parse=parse_year_index decimals=0
                    on_change={move |v: Option<f64>| if let Some(v) = v { ctx.edit_benefit(key, |b| b.last_year = v as u32) }} />
            </div>
            <p class="hint benefit-years">{calendar}</p>
            <div role="status">
                <Show when=move || years_wrong.get()>
                    <p class="field-warning" id=years_error.clone()>{a.years_order}</p>
                </Show>
            </div>
            <button type="button" class="danger" id=field("remove") on:click=remove>
                {a.remove_benefit}<span class="visually-hidden">" "{move || title.get()}</span>
            </button>
        </fieldset>
    }
    .into_any()
}
