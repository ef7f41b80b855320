//! One organisation's share of a joint initiative taken into its own plan as an initiative of its
//! own, linked back to the joint one (docs/domain.md §7.3).
//!
//! Every amount of the joint initiative (investments, running cost, economic benefit, cases or
//! hours of freed time, low and high estimates too) is multiplied by the organisation's fraction
//! of the split key. The calculation is linear in those amounts, so the new initiative's net
//! present value is the organisation's exact share of the joint one under the same parameters;
//! the split table shows the same share rounded by the largest remainder rule, so the two differ
//! by less than 1 kr. Under the receiving plan's own parameters the figures follow that plan.

use crate::core::model::ids::IdSource;
use crate::core::model::initiative::{BenefitKind, Estimate, TimeBasis};
use crate::core::model::{Initiative, JointLink, Plan, Stage};

use super::split::{fractions, SplitError};

/// What the new initiative is made from: the joint initiative, its plan and the member.
pub struct ShareSource<'a> {
    pub plan: &'a Plan,
    pub initiative: &'a Initiative,
    /// The member's 0-based position in the joint initiative's list.
    pub member: usize,
}

/// The member's share as a new initiative of `target`, titled `title`, in the analysis stage
/// (its need and figures are there; its goals, scores and decisions are the receiving plan's to
/// make). Refused when the joint initiative cannot be split or has no such member.
pub fn share_initiative(
    source: &ShareSource<'_>,
    target: &Plan,
    title: &str,
    ids: &mut dyn IdSource,
    now: &str,
) -> Result<Initiative, SplitError> {
    let joint = source
        .initiative
        .joint
        .as_ref()
        .ok_or(SplitError::NoMembers)?;
    let fraction = *fractions(joint)?
        .get(source.member)
        .ok_or(SplitError::MissingFigure {
            member: source.member,
        })?;
    let member = joint.members[source.member].name.clone();
    let mut share = target.new_initiative(ids.next_id(), title, now);
    share.start_year = source.initiative.start_year;
    share.stage = Stage::Analys;
    share.need = source.initiative.need.clone();
    let mut analysis = source.initiative.analysis.clone();
    // Goals belong to the joint plan's framework; areas are kept where the receiving plan has
    // the same strategy areas (both national strategies carry the same ids in every plan).
    analysis.goal_ids.clear();
    analysis
        .area_ids
        .retain(|id| target.framework.area(id).is_some());
    for investment in &mut analysis.costs.investments {
        scale(&mut investment.amount, fraction);
    }
    scale(&mut analysis.costs.running_per_year, fraction);
    for benefit in &mut analysis.benefits {
        benefit.id = ids.next_id();
        benefit.realised.clear();
        match &mut benefit.kind {
            BenefitKind::Ekonomisk { kronor_per_year } => scale(kronor_per_year, fraction),
            BenefitKind::FrigjordTid { time, .. } => match time {
                TimeBasis::Cases { cases_per_year, .. } => scale(cases_per_year, fraction),
                TimeBasis::Hours { hours_per_year } => scale(hours_per_year, fraction),
            },
            BenefitKind::Kvalitativ { .. } => {}
        }
    }
    for risk in &mut analysis.risks {
        risk.id = ids.next_id();
    }
    share.analysis = analysis;
    share.joint_link = Some(JointLink {
        plan_id: source.plan.id.clone(),
        initiative_id: source.initiative.id.clone(),
        member,
        share_percent: fraction * 100.0,
    });
    Ok(share)
}

fn scale(estimate: &mut Estimate, fraction: f64) {
    estimate.expected *= fraction;
    estimate.low = estimate.low.map(|v| v * fraction);
    estimate.high = estimate.high.map(|v| v * fraction);
}
