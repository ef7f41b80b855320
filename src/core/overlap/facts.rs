//! What the samverkan view shows of each grouped initiative: whose it is, where it stands and
//! its key figures under its own plan's parameters (each municipality's own calculation).

use super::groups::Member;
use crate::core::calc::base_year::in_plan;
use crate::core::calc::cashflow::Variant;
use crate::core::model::initiative::{DecisionOutcome, Stage};
use crate::core::Plan;

#[derive(Clone, Debug, PartialEq)]
pub struct MemberFacts {
    pub member: Member,
    pub plan_id: String,
    pub organisation: String,
    pub plan_name: String,
    pub title: String,
    pub stage: Stage,
    /// Expected investment within the horizon, undiscounted.
    pub investment: f64,
    /// Expected net present value at the plan's first year, freed time included.
    pub npv: f64,
    /// The decision in force, if any.
    pub decision: Option<DecisionOutcome>,
}

/// The facts of `member`, or none when its plan or initiative is gone (another tab).
pub fn member_facts(plans: &[Plan], member: &Member) -> Option<MemberFacts> {
    let plan = plans.get(member.plan)?;
    let initiative = plan
        .initiatives
        .iter()
        .find(|i| i.id == member.initiative_id)?;
    let flow = in_plan(plan, initiative, Variant::Expected);
    Some(MemberFacts {
        member: member.clone(),
        plan_id: plan.id.clone(),
        organisation: plan.organisation.name.clone(),
        plan_name: plan.name.clone(),
        title: initiative.title.clone(),
        stage: initiative.stage,
        investment: flow.investment_total,
        npv: flow.npv,
        decision: initiative.current_decision().map(|d| d.outcome),
    })
}

/// The names of the national areas both initiatives of a pair sit under, as the first plan
/// names them (the ids are shared by every plan; a plan may have renamed an area).
pub fn shared_area_names(plans: &[Plan], member: &Member, ids: &[String]) -> Vec<String> {
    let Some(plan) = plans.get(member.plan) else {
        return ids.to_vec();
    };
    ids.iter()
        .map(|id| plan.framework.area_name(id).to_string())
        .collect()
}
