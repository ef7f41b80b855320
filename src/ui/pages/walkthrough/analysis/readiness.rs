//! Readiness on the four success factors of seed 000 (Region Västmanland's digitalisation
//! strategy): ownership, competence, the IT environment and information handling.

use leptos::prelude::*;

use super::section::{scale_options, Section};
use crate::core::model::initiative::{Rating, Readiness};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;
use crate::ui::widgets::fields::{SelectInput, TextInput};

/// One of the four success factors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    Ownership,
    Competence,
    ItEnvironment,
    Information,
}

impl Factor {
    /// In seed 000's order.
    const ALL: [Factor; 4] = [
        Factor::Ownership,
        Factor::Competence,
        Factor::ItEnvironment,
        Factor::Information,
    ];

    /// The id prefix of the factor's fields.
    fn key(self) -> &'static str {
        match self {
            Factor::Ownership => "ownership",
            Factor::Competence => "competence",
            Factor::ItEnvironment => "it-environment",
            Factor::Information => "information-handling",
        }
    }

    fn rating(self, r: &Readiness) -> &Rating {
        match self {
            Factor::Ownership => &r.ownership,
            Factor::Competence => &r.competence,
            Factor::ItEnvironment => &r.it_environment,
            Factor::Information => &r.information_handling,
        }
    }

    fn rating_mut(self, r: &mut Readiness) -> &mut Rating {
        match self {
            Factor::Ownership => &mut r.ownership,
            Factor::Competence => &mut r.competence,
            Factor::ItEnvironment => &mut r.it_environment,
            Factor::Information => &mut r.information_handling,
        }
    }
}

#[component]
pub fn ReadinessSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(readiness) = ctx.with_untracked(|_, i| i.analysis.readiness.clone()) else {
        return ().into_any();
    };
    let a = t().analysis();
    view! {
        <Section id="analysis-readiness" title=a.section_readiness>
            <p class="hint">{a.readiness_hint}</p>
            {Factor::ALL.into_iter().map(|factor| {
                let initial = factor.rating(&readiness).clone();
                view! { <FactorEditor factor=factor initial=initial /> }
            }).collect_view()}
        </Section>
    }
    .into_any()
}

#[component]
fn FactorEditor(factor: Factor, initial: Rating) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let a = t().analysis();
    let (name, hint) = a.factor(factor);
    let prefix = format!("readiness-{}", factor.key());
    let hint_id = format!("{prefix}-hint");
    let mut options = vec![("0".to_string(), a.not_rated.to_string())];
    options.extend(scale_options());
    // A corrupt score outside 0–5 shows as not rated rather than as a wrong figure.
    let score = if initial.score <= 5 { initial.score } else { 0 };
    let edit = move |change: &dyn Fn(&mut Rating)| {
        ctx.edit(|i| change(factor.rating_mut(&mut i.analysis.readiness)))
    };
    view! {
        <fieldset class="analysis-item readiness" aria-describedby=hint_id.clone()>
            <legend>{name}</legend>
            <p class="hint" id=hint_id.clone()>{hint}</p>
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
