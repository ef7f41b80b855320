//! Step 2, Analys: link to goals, benefits, costs, risks, trygg digitalisering, readiness and
//! the two must-pass requirements of ownership and financing (seeds 000, 003; SKR).
//!
//! Every form reads its initial values once and writes through `ctx.edit`; lists are keyed so
//! that typing in one item never re-creates it (focus must never be lost while typing).

mod areas;
mod benefit_kind;
mod benefits;
mod costs;
mod estimate;
mod freed_time;
mod goal_choice;
mod joint;
mod readiness;
mod risks;
mod section;
mod years;

pub use readiness::Factor;
use section::Section;

use leptos::prelude::*;

use super::ctx::WalkCtx;

use crate::core::model::initiative::Sustainability;
use crate::ui::text::t;
use crate::ui::widgets::fields::{CheckboxGroup, TextInput};

#[component]
pub fn AnalysisStep() -> impl IntoView {
    view! {
        <p class="analysis-intro">{t().analysis().intro}</p>
        <GoalLinks />
        <benefits::BenefitsSection />
        <costs::CostsSection />
        <joint::JointSection />
        <risks::RisksSection />
        <SafeDigitalisationSection />
        <readiness::ReadinessSection />
        <OwnershipSection />
        <super::figures::KeyFiguresPanel />
    }
}

/// A section of the step, with its own heading under the step's h2.
const SUSTAINABILITY: [Sustainability; 3] = [
    Sustainability::Ekonomisk,
    Sustainability::Social,
    Sustainability::Ekologisk,
];

#[component]
fn GoalLinks() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(analysis) = ctx.with_untracked(|_, i| i.analysis.clone()) else {
        return ().into_any();
    };
    let (a, w) = (t().analysis(), t().walk());
    let goal_part = view! { <goal_choice::GoalChoice /> };
    let agenda: Vec<(Sustainability, String)> = SUSTAINABILITY
        .iter()
        .map(|s| (*s, w.sustainability(*s).to_string()))
        .collect();
    view! {
        <Section id="analysis-links" title=a.section_links>
            <p class="hint">{a.links_hint}</p>
            {goal_part}
            <areas::AreaLinks />
            <CheckboxGroup id="analysis-agenda2030" legend=a.agenda2030 options=agenda
                initial=analysis.agenda2030
                on_change={move |v: Vec<Sustainability>| ctx.edit(|i| i.analysis.agenda2030 = v)} />
        </Section>
    }
    .into_any()
}

#[component]
fn SafeDigitalisationSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some(safe) = ctx.with_untracked(|_, i| i.analysis.safe_digitalisation.clone()) else {
        return ().into_any();
    };
    let a = t().analysis();
    view! {
        <Section id="analysis-safe" title=a.section_safe>
            <TextInput id="safe-personal-data" label=a.personal_data initial=safe.personal_data multiline=true
                on_change={move |v: String| ctx.edit(|i| i.analysis.safe_digitalisation.personal_data = v)} />
            <TextInput id="safe-classification" label=a.security_classification initial=safe.security_classification multiline=true
                on_change={move |v: String| ctx.edit(|i| i.analysis.safe_digitalisation.security_classification = v)} />
            <TextInput id="safe-legal-ethical" label=a.legal_ethical initial=safe.legal_ethical multiline=true
                on_change={move |v: String| ctx.edit(|i| i.analysis.safe_digitalisation.legal_ethical = v)} />
        </Section>
    }
    .into_any()
}

/// SKR's must-pass requirements of a named owner and a plan for financing and maintenance.
#[component]
fn OwnershipSection() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some((owner, financing)) =
        ctx.with_untracked(|_, i| (i.analysis.owner.clone(), i.analysis.financing_plan.clone()))
    else {
        return ().into_any();
    };
    let a = t().analysis();
    view! {
        <Section id="analysis-ownership" title=a.section_ownership>
            <TextInput id="analysis-owner" label=a.business_owner hint=a.business_owner_hint initial=owner required=true
                on_change={move |v: String| ctx.edit(|i| i.analysis.owner = v)} />
            <TextInput id="analysis-financing" label=a.financing_plan hint=a.financing_plan_hint initial=financing
                multiline=true required=true
                on_change={move |v: String| ctx.edit(|i| i.analysis.financing_plan = v)} />
        </Section>
    }
    .into_any()
}
