//! Risks on the usual 5 × 5 matrix, each with a mitigation, and the highest one named.

use leptos::prelude::*;

use super::section::{scale_options, Section};
use crate::core::calc::{highest_risk, risk_score};
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::model::initiative::{Initiative, Risk};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::{SelectInput, TextInput};
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::title::shown_or;

fn find<'a>(i: &'a Initiative, id: &str) -> Option<&'a Risk> {
    i.analysis.risks.iter().find(|r| r.id == id)
}

/// Changes the risk with `id`, if it is still there.
fn edit(ctx: WalkCtx, id: StoredValue<String>, change: impl FnOnce(&mut Risk)) {
    let id = id.get_value();
    ctx.edit(|i| {
        if let Some(r) = i.analysis.risks.iter_mut().find(|r| r.id == id) {
            change(r)
        }
    });
}

/// A 1–5 select value; anything else keeps the old value.
fn level(v: &str) -> Option<u8> {
    v.parse::<u8>().ok().filter(|n| (1..=5).contains(n))
}

#[component]
pub fn RisksSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let a = t().analysis();
    let ids = move || {
        ctx.with(|_, i| {
            i.analysis
                .risks
                .iter()
                .map(|r| r.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let empty = Memo::new(move |_| ctx.with(|_, i| i.analysis.risks.is_empty()).unwrap_or(true));
    let highest = move || {
        ctx.with(|_, i| {
            highest_risk(i)
                .map(|r| (a.highest_risk_item)(&risk_name(r), risk_score(r)))
                .unwrap_or_else(|| a.highest_risk_none.to_string())
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let id = RandomIds.next_id();
        let risk = Risk {
            id: id.clone(),
            description: String::new(),
            probability: 3,
            consequence: 3,
            mitigation: String::new(),
        };
        ctx.edit(|i| i.analysis.risks.push(risk));
        focus_later(format!("risk-{id}-description"));
    };
    view! {
        <Section id="analysis-risks" title=a.section_risks>
            <p class="hint">{a.risks_hint}</p>
            <p class="risk-highest"><strong>{a.highest_risk}</strong>" "{highest}</p>
            <Show when=move || empty.get()>
                <p>{a.no_risks}</p>
            </Show>
            <For each=ids key=|id| id.clone() children=move |id| view! { <RiskEditor id=id /> } />
            <button type="button" id="risk-add" on:click=add>{a.add_risk}</button>
        </Section>
    }
}

#[component]
fn RiskEditor(id: String) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(r) = ctx.with_untracked(|_, i| find(i, &id).cloned()).flatten() else {
        return ().into_any();
    };
    let a = t().analysis();
    let key = StoredValue::new(id);
    let field = move |name: &str| format!("risk-{}-{name}", key.get_value());
    let title = Memo::new(move |_| {
        ctx.with(|_, i| find(i, &key.get_value()).map(risk_name))
            .flatten()
            .unwrap_or_default()
    });
    let score = move || {
        ctx.with(|_, i| {
            find(i, &key.get_value()).map(|r| (t().analysis().risk_score)(risk_score(r)))
        })
        .flatten()
    };
    let remove = move |_| {
        let id = key.get_value();
        ctx.edit(|i| i.analysis.risks.retain(|r| r.id != id));
        focus_later("risk-add".to_string());
    };
    view! {
        <fieldset class="analysis-item risk">
            <legend>{a.risk_legend}": "{move || title.get()}</legend>
            <TextInput id=field("description") label=a.risk_description initial=r.description
                on_change={move |v: String| edit(ctx, key, |r| r.description = v)} />
            <div class="field-row">
                <SelectInput id=field("probability") label=a.probability options=scale_options()
                    initial=r.probability.clamp(1, 5).to_string()
                    on_change={move |v: String| if let Some(n) = level(&v) { edit(ctx, key, |r| r.probability = n) }} />
                <SelectInput id=field("consequence") label=a.consequence options=scale_options()
                    initial=r.consequence.clamp(1, 5).to_string()
                    on_change={move |v: String| if let Some(n) = level(&v) { edit(ctx, key, |r| r.consequence = n) }} />
            </div>
            <p class="derived risk-score">{score}</p>
            <TextInput id=field("mitigation") label=a.mitigation initial=r.mitigation multiline=true
                on_change={move |v: String| edit(ctx, key, |r| r.mitigation = v)} />
            <button type="button" class="danger" id=field("remove") on:click=remove>
                {a.remove_risk}<span class="visually-hidden">" "{move || title.get()}</span>
            </button>
        </fieldset>
    }
    .into_any()
}

/// A risk as named in legends and buttons: its description, or a placeholder.
fn risk_name(r: &Risk) -> String {
    shown_or(&r.description, t().analysis().risk_untitled)
}
