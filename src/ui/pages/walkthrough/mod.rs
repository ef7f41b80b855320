//! The guided walkthrough (seed 003, Figure 1): Behov → Analys → Prioritering → Beslut.
//! Every step saves as the user types, can be left and resumed, and lists what is missing.

pub(crate) mod analysis;
mod ctx;
mod decision;
mod figures;
mod need;
mod priority;

use leptos::prelude::*;

pub use ctx::WalkCtx;

use crate::core::calc::Gate;
use crate::core::workflow::walkthrough::{missing, Step};
use crate::ui::shell::route::Route;
use crate::ui::state::AppState;
use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};
use crate::ui::widgets::missing::Missing;

#[component]
pub fn WalkthroughPage(
    plan_id: String,
    initiative_id: String,
    step: Option<Step>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ctx = WalkCtx::new(state, plan_id, initiative_id);
    provide_context(ctx);
    let exists = Memo::new(move |_| ctx.with(|_, _| ()).is_some());
    let step = step
        .or_else(|| ctx.with_untracked(|_, i| Step::resume(i)))
        .unwrap_or(Step::Need);
    // Working on a step moves the initiative forward, never back.
    if ctx.with_untracked(|_, i| i.stage < step.stage()) == Some(true) {
        ctx.edit(|i| i.stage = step.stage());
    }
    move || {
        if !exists.get() {
            return view! {
                <Missing message=t().walk().not_found back_href=Route::Plan { id: ctx.plan_id.get_value() }.href() back_label=t().walk().back_to_plan />
            }
            .into_any();
        }
        view! { <Walkthrough step=step /> }.into_any()
    }
}

fn route(ctx: WalkCtx, step: Step) -> Route {
    Route::Initiative {
        plan: ctx.plan_id.get_value(),
        initiative: ctx.initiative_id.get_value(),
        step: Some(step),
    }
}

#[component]
fn Walkthrough(step: Step) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let title = Memo::new(move |_| {
        ctx.with(|_, i| i.title.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| t().no_title.to_string())
    });
    Effect::new(move |_| set_title(&format!("{}: {}", w.step(step), title.get())));
    let plan_href = Route::Plan {
        id: ctx.plan_id.get_value(),
    }
    .href();
    let body = match step {
        Step::Need => view! { <need::NeedStep /> }.into_any(),
        Step::Analysis => view! { <analysis::AnalysisStep /> }.into_any(),
        Step::Priority => view! { <priority::PriorityStep /> }.into_any(),
        Step::Decision => view! { <decision::DecisionStep /> }.into_any(),
    };
    view! {
        <p class="breadcrumb"><a href=plan_href>{w.back_to_plan}</a></p>
        <PageHeading text=title />
        <Stepper current=step />
        <p class="hint">{w.autosave_hint}</p>
        <div class="walk-layout">
            <section class="walk-main" aria-labelledby="step-heading">
                <h2 id="step-heading">{(w.step_of)(step as usize + 1)}": "{w.step(step)}</h2>
                {body}
            </section>
            <MissingPanel step=step />
        </div>
        <StepNav step=step />
    }
}

#[component]
fn Stepper(current: Step) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    view! {
        <nav aria-label=w.steps_label class="stepper">
            <ol>
                {Step::ALL.into_iter().map(|step| {
                    let done = move || ctx.with(|p, i| missing(step, i, p).is_empty()).unwrap_or(false);
                    view! {
                        <li class:current=step == current class:done=done>
                            <a href=route(ctx, step).href() aria-current=(step == current).then_some("step")>
                                {format!("{}. {}", step as usize + 1, w.step(step))}
                                <span class="step-state">" ("{move || if done() { w.step_done } else { w.step_incomplete }}")"</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

#[component]
fn MissingPanel(step: Step) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let items = Memo::new(move |_| {
        ctx.with(|p, i| {
            // Criteria are named from the plan's own framework.
            let name = |id: &str| {
                p.framework
                    .criteria
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            };
            missing(step, i, p)
                .iter()
                .map(|m| w.missing(m, name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <aside class="missing" aria-labelledby="missing-heading">
            <h2 id="missing-heading">{w.missing_title}</h2>
            {move || {
                let items = items.get();
                if items.is_empty() {
                    view! { <p>{w.nothing_missing}</p> }.into_any()
                } else {
                    view! { <ul>{items.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            <GatesPanel />
        </aside>
    }
}

/// SKR's must-pass requirements, each met or missing, in words (never by colour alone).
#[component]
pub fn GatesPanel() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    let met = Memo::new(move |_| {
        ctx.with(|p, i| Gate::ALL.map(|g| (g, crate::core::calc::gate_met(g, i, &p.framework))))
    });
    view! {
        <h3 id="gates-heading">{w.gates_title}</h3>
        <ul class="gates" aria-labelledby="gates-heading">
            {move || met.get().map(|gates| gates.into_iter().map(|(g, ok)| view! {
                <li class:gate-ok=ok class:gate-missing=!ok>
                    <span aria-hidden="true">{if ok { "✓ " } else { "✗ " }}</span>
                    {w.gate(g)}": "{if ok { w.gate_met } else { w.gate_missing }}
                </li>
            }).collect_view())}
        </ul>
    }
}

#[component]
fn StepNav(step: Step) -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let w = t().walk();
    view! {
        <nav class="step-nav" aria-label=w.steps_label>
            {step.previous().map(|s| view! { <a class="button secondary" href=route(ctx, s).href()>{w.previous}": "{w.step(s)}</a> })}
            {step.next().map(|s| view! { <a class="button" href=route(ctx, s).href()>{w.next}": "{w.step(s)}</a> })}
        </nav>
    }
}
