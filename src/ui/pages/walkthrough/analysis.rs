//! Step 2, Analys: link to goals, benefits, costs, risks, trygg digitalisering, readiness and
//! the two must-pass requirements of ownership and financing (seeds 000, 003; SKR).
//!
//! Every form reads its initial values once and writes through `ctx.edit`; lists are keyed so
//! that typing in one item never re-creates it (focus must never be lost while typing).

mod benefit_kind;
mod benefits;
mod costs;
mod estimate;
mod freed_time;
mod readiness;
mod risks;
mod section;
mod years;

pub use readiness::Factor;
use section::Section;

use leptos::prelude::*;

use super::ctx::WalkCtx;

use crate::core::model::initiative::{NationalArea, Sustainability};
use crate::ui::text::t;
use crate::ui::widgets::fields::{CheckboxGroup, TextInput};

#[component]
pub fn AnalysisStep() -> impl IntoView {
    view! {
        <p class="analysis-intro">{t().analysis.intro}</p>
        <GoalLinks />
        <benefits::BenefitsSection />
        <costs::CostsSection />
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
    let Some((goals, analysis)) =
        ctx.with_untracked(|p, i| (p.framework.goals.clone(), i.analysis.clone()))
    else {
        return ().into_any();
    };
    let (a, w) = (t().analysis, t().walk);
    // Goal ids are strings, the checkbox group wants a Copy value: use the goal's position.
    let goal_ids = StoredValue::new(goals.iter().map(|g| g.id.clone()).collect::<Vec<_>>());
    let goal_options: Vec<(usize, String)> = goals
        .iter()
        .enumerate()
        .map(|(n, g)| (n, g.name.clone()))
        .collect();
    let goal_initial: Vec<usize> = goals
        .iter()
        .enumerate()
        .filter(|(_, g)| analysis.goal_ids.contains(&g.id))
        .map(|(n, _)| n)
        .collect();
    let on_goals = move |chosen: Vec<usize>| {
        let known = goal_ids.get_value();
        ctx.edit(|i| {
            // Links to goals no longer in the framework are left as they are.
            i.analysis.goal_ids.retain(|id| !known.contains(id));
            let mut sorted = chosen;
            sorted.sort_unstable();
            i.analysis
                .goal_ids
                .extend(sorted.into_iter().filter_map(|n| known.get(n).cloned()));
        })
    };
    let goal_part = if goals.is_empty() {
        view! { <p class="hint">{a.no_goals}</p> }.into_any()
    } else {
        view! {
            <CheckboxGroup id="analysis-goals" legend=a.plan_goals options=goal_options initial=goal_initial
                on_change={move |v: Vec<usize>| on_goals(v)} />
        }
        .into_any()
    };
    let national: Vec<(NationalArea, String)> = NationalArea::ALL
        .iter()
        .map(|n| (*n, w.national_area(*n).to_string()))
        .collect();
    let agenda: Vec<(Sustainability, String)> = SUSTAINABILITY
        .iter()
        .map(|s| (*s, w.sustainability(*s).to_string()))
        .collect();
    view! {
        <Section id="analysis-links" title=a.section_links>
            <p class="hint">{a.links_hint}</p>
            {goal_part}
            <CheckboxGroup id="analysis-national" legend=a.national_areas options=national
                initial=analysis.national_areas
                on_change={move |v: Vec<NationalArea>| ctx.edit(|i| i.analysis.national_areas = v)} />
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
    let a = t().analysis;
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
    let a = t().analysis;
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
