//! The plan view "Budgetscenario": the user gives an investment budget (and optionally a yearly
//! running-cost budget) and an objective; the app proposes the combination of initiatives with
//! the highest total within the budgets, and sets the forum's own selection beside it.
//!
//! The inputs are view state, not part of the plan: a scenario is a question asked of the plan,
//! and several people may ask different ones of a shared plan. They are remembered per plan for
//! as long as the tab is open, so a visit to an initiative and back does not lose them.
//!
//! Every table is paged (see `lines`), so the view stays within about 50 rows; the tables are
//! re-created when the scenario changes, which starts each of them on its first page again.

mod forum;
mod lines;
mod proposal;

pub(crate) use scenario::Status;

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;

use crate::core::portfolio::scenario;

use self::forum::{ComparisonTable, ForumTable};
use self::proposal::ProposalSection;
use super::lens::AreaFilter;
use super::matrix::widgets::RadioGroup;
use crate::core::calc::parse_non_negative;
use crate::core::portfolio::{restrict, BudgetInput, Objective};
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::{Checkbox, NumberInput};

/// A scenario as last left, per plan id.
#[derive(Clone)]
struct Remembered {
    investment: Option<f64>,
    running: Option<f64>,
    yearly: Option<f64>,
    keep_prioritised: bool,
    objective: Objective,
    forum: Vec<String>,
}

thread_local! {
    static REMEMBERED: RefCell<HashMap<String, Remembered>> = RefCell::new(HashMap::new());
}

/// The forum's selection as last left in this tab's budget scenario for the plan, if it was
/// opened: the decision document offers it as its own selection.
pub(crate) fn forum_selection(plan_id: &str) -> Option<Vec<String>> {
    REMEMBERED.with(|r| r.borrow().get(plan_id).map(|s| s.forum.clone()))
}

#[component]
pub fn BudgetView(plan_id: StoredValue<String>) -> impl IntoView {
    let plan = PlanHandle::new(plan_id);
    let b = t().budget();
    let id = plan_id.get_value();
    let start = REMEMBERED
        .with(|r| r.borrow().get(&id).cloned())
        .unwrap_or_else(|| Remembered {
            investment: None,
            running: None,
            yearly: None,
            keep_prioritised: false,
            objective: Objective::Score,
            forum: plan
                .with_untracked(scenario::prioritised)
                .unwrap_or_default(),
        });
    let investment = RwSignal::new(start.investment);
    let running = RwSignal::new(start.running);
    let yearly = RwSignal::new(start.yearly);
    let keep_prioritised = RwSignal::new(start.keep_prioritised);
    let objective = RwSignal::new(start.objective);
    let forum = RwSignal::new(start.forum);
    let area = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let now = Remembered {
            investment: investment.get(),
            running: running.get(),
            yearly: yearly.get(),
            keep_prioritised: keep_prioritised.get(),
            objective: objective.get(),
            forum: forum.get(),
        };
        REMEMBERED.with(|r| r.borrow_mut().insert(plan_id.get_value(), now));
    });

    let proposal = Memo::new(move |_| {
        let input = BudgetInput {
            investment_budget: investment.get()?,
            running_budget: running.get(),
            yearly_investment_limit: yearly.get(),
            keep_prioritised: keep_prioritised.get(),
        };
        let objective = objective.get();
        let area = area.get();
        plan.with(|plan| {
            let plan = restrict(plan, area.as_deref());
            (
                scenario::propose(&plan, &input, objective),
                input,
                objective,
            )
        })
    });
    let comparison = Memo::new(move |_| {
        let forum = forum.get();
        proposal.with(|p| {
            let (proposal, input, objective) = p.as_ref()?;
            let area = area.get();
            plan.with(|plan| {
                let plan = restrict(plan, area.as_deref());
                scenario::compare(&plan, proposal, input, &forum, *objective)
            })
        })
    });

    let proposal_view = move || match proposal.get() {
        None => view! { <p class="message">{b.no_budget}</p> }.into_any(),
        Some((p, input, objective)) => view! {
            <ProposalSection proposal=p input=input objective=objective
                plan_id=plan_id.get_value() />
        }
        .into_any(),
    };
    let comparison_view = move || {
        let (p, _, objective) = proposal.get()?;
        let c = comparison.get()?;
        Some(view! { <ComparisonTable comparison=c selection=p.selection objective=objective /> })
    };
    let forum_view = move || {
        let (p, _, objective) = proposal.get()?;
        Some(view! { <ForumTable lines=p.lines objective=objective forum=forum /> })
    };
    let from_proposal = move |_| {
        if let Some(chosen) = proposal.with(|p| p.as_ref().map(|p| p.0.selection.chosen.clone())) {
            forum.set(chosen);
        }
    };
    view! {
        <p class="view-intro">{b.intro}</p>
        <super::npv_note::NpvYearNote plan_id=plan_id />
        <section class="budget-inputs" aria-labelledby="budget-inputs-heading">
            <h2 id="budget-inputs-heading">{b.inputs_heading}</h2>
            <p class="hint">{b.state_note}" "{b.running_hint}" "{b.yearly_hint}</p>
            <div class="field-row">
                <NumberInput id="budget-investment" label=b.investment_label unit=b.kr
                    initial=start.investment parse=parse_non_negative decimals=0
                    on_change={move |v: Option<f64>| investment.set(v)} />
                <NumberInput id="budget-running" label=b.running_label unit=b.kr_per_year
                    initial=start.running parse=parse_non_negative decimals=0 optional=true
                    on_change={move |v: Option<f64>| running.set(v)} />
                <NumberInput id="budget-yearly" label=b.yearly_label unit=b.kr_per_year
                    initial=start.yearly parse=parse_non_negative decimals=0 optional=true
                    on_change={move |v: Option<f64>| yearly.set(v)} />
            </div>
            <AreaFilter plan=plan id="budget-filter-area" all=t().list().all chosen=area />
            <Checkbox id="budget-keep-prioritised" label=b.keep_prioritised_label
                hint=b.keep_prioritised_hint initial=start.keep_prioritised
                on_change={move |on: bool| keep_prioritised.set(on)} />
            <RadioGroup id="budget-objective" legend=b.objective_legend
                options=Objective::ALL.iter().map(|o| (*o, b.objective(*o).to_string())).collect()
                initial=start.objective on_change={move |o| objective.set(o)} />
            <p class="hint budget-objective-note" aria-live="polite">
                {move || b.objective_note(objective.get())}
            </p>
        </section>
        <section class="budget-proposal" aria-labelledby="budget-proposal-heading">
            <h2 id="budget-proposal-heading">{b.proposal_heading}</h2>
            {proposal_view}
        </section>
        <section class="budget-forum-section" aria-labelledby="budget-forum-heading">
            <h2 id="budget-forum-heading">{b.forum_heading}</h2>
            <p>{b.forum_intro}</p>
            {comparison_view}
            <p><button type="button" class="secondary" on:click=from_proposal
                disabled=move || proposal.with(Option::is_none)>{b.forum_from_proposal}</button></p>
            {forum_view}
        </section>
        <details class="budget-how">
            <summary>{t().figures().how}<span class="visually-hidden">" "{b.proposal_heading}</span></summary>
            {b.how_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        </details>
    }
}
