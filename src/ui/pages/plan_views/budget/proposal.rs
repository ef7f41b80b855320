//! The proposal: a one-line summary, the method in plain Swedish, the chosen initiatives with
//! totals and the candidates that did not fit.

use leptos::prelude::*;

use super::lines::{value, LineTable, CHOSEN_PAGE, LEFT_OUT_PAGE};
use crate::core::portfolio::scenario::{Proposal, Status};
use crate::core::portfolio::{BudgetInput, Objective, Selection};
use crate::ui::text::num::kronor;
use crate::ui::text::t;

/// The method as a reader needs it: exact or not, and why not.
fn method_text(selection: &Selection) -> &'static str {
    let b = t().budget();
    if selection.left_out.is_empty() {
        b.method_all_fit
    } else {
        b.method(selection.method, selection.exact)
    }
}

fn summary(s: &Selection, input: &BudgetInput, objective: Objective) -> String {
    let b = t().budget();
    let mut text = (b.summary)(
        s.chosen.len(),
        s.total_investment,
        input.investment_budget,
        b.value_name(objective),
        &value(Some(s.total_value), objective),
    );
    if let Some(r) = input.running_budget {
        text.push(' ');
        text.push_str(&(b.summary_running)(s.total_running, r));
    }
    text.push(' ');
    text.push_str(&(b.summary_yearly)(
        &s.investment_by_year,
        input.yearly_investment_limit,
    ));
    text
}

#[component]
pub fn ProposalSection(
    proposal: Proposal,
    input: BudgetInput,
    objective: Objective,
    plan_id: String,
) -> impl IntoView {
    let b = t().budget();
    let s = &proposal.selection;
    let chosen = proposal.with_status(Status::Chosen);
    let left_out = proposal.with_status(Status::LeftOut);
    let cannot = proposal
        .lines
        .iter()
        .filter(|l| !matches!(l.status, Status::Chosen | Status::LeftOut))
        .count();
    let totals = (s.total_value, s.total_investment, s.total_running);
    let left_totals = left_out.iter().fold((0.0, 0.0, 0.0), |t, l| {
        (
            t.0 + l.value.unwrap_or(0.0),
            t.1 + l.investment,
            t.2 + l.running,
        )
    });
    let remaining = (input.investment_budget - s.total_investment).max(0.0);
    view! {
        <p class="budget-summary">{summary(s, &input, objective)}</p>
        <p class="budget-method">{method_text(s)}</p>
        {if chosen.is_empty() {
            view! { <p>{b.none_chosen}</p> }.into_any()
        } else {
            view! {
                <LineTable caption=b.chosen_caption lines=chosen objective=objective
                    plan_id=plan_id.clone() size=CHOSEN_PAGE totals=totals />
            }.into_any()
        }}
        <p>{b.remaining}" "{kronor(remaining)}</p>
        {if left_out.is_empty() {
            view! { <p>{b.none_left_out}</p> }.into_any()
        } else {
            view! {
                <LineTable caption=b.left_out_caption lines=left_out objective=objective
                    plan_id=plan_id size=LEFT_OUT_PAGE totals=left_totals />
            }.into_any()
        }}
        {(cannot > 0).then(|| view! { <p>{(b.cannot_choose)(cannot)}</p> })}
    }
}
