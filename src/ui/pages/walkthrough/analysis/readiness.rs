//! Readiness on the four success factors of seed 000 (Region Västmanland's digitalisation
//! strategy): ownership, competence, the IT environment and information handling.

use leptos::prelude::*;

use super::section::{scale_options, Section};
use crate::core::model::initiative::{Rating, Readiness};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::{SelectInput, TextInput};

/// The factors in seed 000's order, with the id prefix of their fields.
const FACTORS: [&str; 4] = [
    "ownership",
    "competence",
    "it-environment",
    "information-handling",
];

fn rating(r: &Readiness, factor: usize) -> &Rating {
    match factor {
        0 => &r.ownership,
        1 => &r.competence,
        2 => &r.it_environment,
        _ => &r.information_handling,
    }
}

fn rating_mut(r: &mut Readiness, factor: usize) -> &mut Rating {
    match factor {
        0 => &mut r.ownership,
        1 => &mut r.competence,
        2 => &mut r.it_environment,
        _ => &mut r.information_handling,
    }
}

#[component]
pub fn ReadinessSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(readiness) = ctx.with_untracked(|_, i| i.analysis.readiness.clone()) else {
        return ().into_any();
    };
    let a = t().analysis;
    view! {
        <Section id="analysis-readiness" title=a.section_readiness>
            <p class="hint">{a.readiness_hint}</p>
            {(0..FACTORS.len()).map(|factor| {
                let initial = rating(&readiness, factor).clone();
                view! { <FactorEditor factor=factor initial=initial /> }
            }).collect_view()}
        </Section>
    }
    .into_any()
}

#[component]
fn FactorEditor(factor: usize, initial: Rating) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let a = t().analysis;
    let prefix = format!("readiness-{}", FACTORS[factor]);
    let hint_id = format!("{prefix}-hint");
    let mut options = vec![("0".to_string(), a.not_rated.to_string())];
    options.extend(scale_options());
    // A corrupt score outside 0–5 shows as not rated rather than as a wrong figure.
    let score = if initial.score <= 5 { initial.score } else { 0 };
    let edit = move |change: &dyn Fn(&mut Rating)| {
        ctx.edit(|i| change(rating_mut(&mut i.analysis.readiness, factor)))
    };
    view! {
        <fieldset class="analysis-item readiness" aria-describedby=hint_id.clone()>
            <legend>{a.factors[factor]}</legend>
            <p class="hint" id=hint_id.clone()>{a.factor_hints[factor]}</p>
            <SelectInput id=format!("{prefix}-score") label=a.readiness_score options=options
                initial=score.to_string()
                on_change={move |v: String| if let Ok(n) = v.parse::<u8>() {
                    if n <= 5 { edit(&|r| r.score = n) }
                }} />
            <TextInput id=format!("{prefix}-comment") label=a.readiness_comment initial=initial.comment
                on_change={move |v: String| edit(&|r| r.comment = v.clone())} />
        </fieldset>
    }
}
