//! Each benefit to follow up, with its owner, baseline → target and the value expected for the
//! year next to the field for what was realised (docs/domain.md: benefits were never followed up and
//! had no owner).

use leptos::prelude::*;

use super::model::{expected_in_year, realised_for, set_comment, set_realised};
use super::pages::BENEFIT_PAGE;
use crate::core::calc::{parse_non_negative, parse_number};
use crate::core::model::initiative::{Benefit, BenefitKind};
use crate::core::portfolio::in_follow_up;
use crate::ui::shell::route::Route;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::num::{decimal, kronor};
use crate::ui::text::t;
use crate::ui::widgets::fields::{NumberInput, TextInput};
use crate::ui::widgets::pager::{page_range_sized, Pager};
use crate::ui::widgets::title::{or_dash, shown_or};

/// (initiative id, benefit id) of every benefit in the follow-up, in the plan's order.
type BenefitKey = (String, String);

/// The benefits [`BENEFIT_PAGE`] at a time, with a pager of their own.
#[component]
pub fn Benefits(plan_id: StoredValue<String>, year: i32) -> impl IntoView {
    let f = t().followup();
    let state = expect_context::<AppState>();
    let keys = Memo::new(move |_| {
        PlanHandle::on(state, plan_id)
            .with(|p| {
                p.initiatives
                    .iter()
                    .filter(|i| in_follow_up(i))
                    .flat_map(|i| {
                        i.analysis
                            .benefits
                            .iter()
                            .map(|b| (i.id.clone(), b.id.clone()))
                    })
                    .collect::<Vec<BenefitKey>>()
            })
            .unwrap_or_default()
    });
    let total = Signal::derive(move || keys.with(Vec::len));
    let page = RwSignal::new(0usize);
    let visible = move || {
        let (_, range) = page_range_sized(total.get(), page.get(), BENEFIT_PAGE);
        keys.with(|k| k.get(range).map(<[BenefitKey]>::to_vec).unwrap_or_default())
    };
    view! {
        <section class="fu-benefits" aria-labelledby="fu-benefits-heading">
            <h2 id="fu-benefits-heading">{f.section_benefits}</h2>
            <p class="hint">{f.benefits_hint}</p>
            <Show when=move || total.get() == 0>
                <p>{f.no_benefits}</p>
            </Show>
            <For each=visible key=|k| k.clone() children=move |(iid, bid)| view! {
                <BenefitRow plan_id=plan_id initiative_id=iid benefit_id=bid year=year />
            } />
            <Pager total=total page=page label=f.section_benefits size=BENEFIT_PAGE status=f.page_status />
        </section>
    }
}

/// The benefit and what the row shows about it, read once when the row is created.
fn read(
    plan: PlanHandle,
    initiative_id: &str,
    benefit_id: &str,
    year: i32,
) -> Option<(Benefit, String, Option<f64>)> {
    plan.with_untracked(|plan| {
        let initiative = plan.initiative(initiative_id)?;
        let b = initiative
            .analysis
            .benefits
            .iter()
            .find(|b| b.id == benefit_id)?;
        let expected = expected_in_year(plan, initiative, b, year);
        Some((b.clone(), initiative.title.clone(), expected))
    })?
}

#[component]
fn BenefitRow(
    plan_id: StoredValue<String>,
    initiative_id: String,
    benefit_id: String,
    year: i32,
) -> impl IntoView {
    let f = t().followup();
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let Some((b, initiative_title, expected)) = read(plan, &initiative_id, &benefit_id, year)
    else {
        return ().into_any();
    };
    let (iid, bid) = (
        StoredValue::new(initiative_id),
        StoredValue::new(benefit_id),
    );
    let edit = move |change: Box<dyn FnOnce(&mut Benefit)>| {
        let bid = bid.get_value();
        plan.edit_initiative(&iid.get_value(), |i| {
            if let Some(b) = i.analysis.benefits.iter_mut().find(|b| b.id == bid) {
                change(b);
            }
        });
    };
    let field = move |name: &str| format!("fu-{}-{name}", bid.get_value());
    let current = realised_for(&b.realised, year).cloned();
    // The comment typed before any value exists is kept here and written with the value.
    let comment = StoredValue::new(
        current
            .as_ref()
            .map(|r| r.comment.clone())
            .unwrap_or_default(),
    );
    let (class, expected_text, value_field) = match &b.kind {
        BenefitKind::Kvalitativ { .. } => (
            t().analysis().benefit_class(&b.kind),
            expected.map(|_| b.target.clone()),
            view! {
                <TextInput id=field("result") label=(f.result_label)(year) multiline=true
                    initial=comment.get_value()
                    on_change={move |v: String| {
                        let value = (!v.trim().is_empty()).then_some(0.0);
                        edit(Box::new(move |b| set_realised(&mut b.realised, year, value, &v)));
                    }} />
            }
            .into_any(),
        ),
        kind => {
            let cash = matches!(kind, BenefitKind::Ekonomisk { .. });
            let class = t().analysis().benefit_class(kind);
            let (unit, parse): (_, fn(&str) -> _) = if cash {
                (f.unit_kr, parse_number)
            } else {
                (f.unit_h, parse_non_negative)
            };
            let shown = expected.map(|v| {
                if cash {
                    kronor(v)
                } else {
                    format!("{}\u{a0}h", decimal(v, 1))
                }
            });
            let view = view! {
                <div class="field-row">
                    <NumberInput id=field("value") label=(f.realised_label)(year) unit=unit
                        initial=current.as_ref().map(|r| r.value) parse=parse optional=true decimals=1
                        on_change={move |v: Option<f64>| {
                            let c = comment.get_value();
                            edit(Box::new(move |b| set_realised(&mut b.realised, year, v, &c)));
                        }} />
                    <div>
                        <TextInput id=field("comment") label=(f.comment_label)(year)
                            hint=f.comment_hint initial=comment.get_value()
                            on_change={move |v: String| {
                                comment.set_value(v.clone());
                                edit(Box::new(move |b| { set_comment(&mut b.realised, year, &v); }));
                            }} />
                    </div>
                </div>
            }
            .into_any();
            (class, shown, view)
        }
    };
    let href = Route::Initiative {
        plan: plan_id.get_value(),
        initiative: iid.get_value(),
        step: None,
    }
    .href();
    let title = shown_or(&b.title, f.benefit_untitled);
    let owner = if b.owner.trim().is_empty() {
        view! { <dd class="fu-warning">{f.owner_missing}</dd> }.into_any()
    } else {
        view! { <dd>{b.owner.clone()}</dd> }.into_any()
    };
    let baseline_target = if b.baseline.trim().is_empty() && b.target.trim().is_empty() {
        or_dash("")
    } else {
        format!("{} → {}", or_dash(&b.baseline), or_dash(&b.target))
    };
    view! {
        <fieldset class="fu-benefit">
            <legend><span class="visually-hidden">{f.benefit_legend}": "</span>{title}</legend>
            <dl class="fu-facts">
                <div><dt>{f.initiative}</dt><dd><a href=href>{initiative_title}</a></dd></div>
                <div><dt>{f.class}</dt><dd>{class}</dd></div>
                <div><dt>{f.owner}</dt>{owner}</div>
                <div><dt>{f.baseline_target}</dt><dd>{baseline_target}</dd></div>
                {(!b.measure.trim().is_empty()).then(|| view! { <div><dt>{f.measure}</dt><dd>{b.measure.clone()}</dd></div> })}
                <div><dt>{(f.expected)(year)}</dt><dd>{expected_text.map(|e| or_dash(&e)).unwrap_or_else(|| f.not_expected.to_string())}</dd></div>
            </dl>
            {value_field}
        </fieldset>
    }
    .into_any()
}
