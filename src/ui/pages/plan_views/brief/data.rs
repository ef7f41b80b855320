//! What the decision brief shows, derived from the plan in one pass. The ranking comes from
//! `core::portfolio::rows`, so the brief, the prioritisation list and the walkthrough always
//! agree; this module only selects and words the figures.

use crate::core::calc::{
    calendar_year, freed_hours, freed_value, in_plan, weighted_score, Variant,
};
use crate::core::document::{chosen, risk_lines, RiskLine};
use crate::core::model::initiative::{BenefitKind, Initiative};
use crate::core::portfolio::{rows, PortfolioRow};
use crate::core::Plan;
use crate::ui::text::t;

#[derive(Clone, Debug, PartialEq)]
pub struct BenefitLine {
    pub title: String,
    pub class: &'static str,
    /// "450 000 kr per år", or the target of a qualitative benefit.
    pub amount: String,
    pub owner: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScoreLine {
    pub criterion: String,
    pub score: Option<u8>,
    pub points: f64,
}

/// One ranked initiative's section of the brief.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub row: PortfolioRow,
    pub problem: String,
    pub current_situation: String,
    pub proposed_by: String,
    pub target_groups: Vec<&'static str>,
    pub goals: Vec<String>,
    pub benefits: Vec<BenefitLine>,
    pub running: f64,
    pub npv_cash_only: f64,
    /// The payback year as a calendar year and counted from the start year.
    pub payback: Option<(i32, u32)>,
    pub bcr: Option<f64>,
    pub payback_cash_only: Option<(i32, u32)>,
    pub bcr_cash_only: Option<f64>,
    pub risks: Vec<RiskLine>,
    pub owner: String,
    pub financing: String,
    pub parts: Vec<ScoreLine>,
    /// "Prioriterad 2019-02-20, Regionala ledningsgruppen", when a decision is in force.
    pub decision: Option<String>,
}

/// An initiative left out of the ranking, with why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unranked {
    pub title: String,
    pub reason: String,
}

/// A forum reads a brief of some twenty proposals, not a thousand: the brief shows the top of
/// the ranking and says how many more there are (the whole list is in Prioriteringslista).
pub const MAX_IN_BRIEF: usize = 25;

#[derive(Clone, Debug, PartialEq)]
pub struct Brief {
    /// The ranked initiatives, for the ranking table and the chart.
    pub proposals: Vec<Proposal>,
    /// The initiatives the document proposes (`core::document::chosen`), one section each.
    pub sections: Vec<Proposal>,
    /// Proposed initiatives beyond [`MAX_IN_BRIEF`], left out of the sections.
    pub more_sections: usize,
    pub unranked: Vec<Unranked>,
    /// Ranked initiatives beyond [`MAX_IN_BRIEF`], left out of the brief.
    pub more_proposals: usize,
    /// Initiatives not ranked beyond [`MAX_IN_BRIEF`], left out of the brief.
    pub more_unranked: usize,
}

fn benefit_lines(plan: &Plan, i: &Initiative) -> Vec<BenefitLine> {
    let b = t().brief();
    i.analysis
        .benefits
        .iter()
        .map(|ben| {
            let amount = match &ben.kind {
                BenefitKind::Ekonomisk { kronor_per_year } => {
                    (b.per_year)(kronor_per_year.pick(Variant::Expected, false))
                }
                BenefitKind::FrigjordTid {
                    time,
                    realised_share_percent,
                    ..
                } => (b.hours_per_year)(
                    freed_hours(time, Variant::Expected),
                    *realised_share_percent,
                    freed_value(&ben.kind, &plan.params, Variant::Expected),
                ),
                BenefitKind::Kvalitativ { description } => {
                    if ben.target.trim().is_empty() {
                        description.clone()
                    } else {
                        ben.target.clone()
                    }
                }
            };
            BenefitLine {
                title: ben.title.clone(),
                class: t().analysis().benefit_class(&ben.kind),
                amount,
                owner: ben.owner.clone(),
            }
        })
        .collect()
}

fn proposal(plan: &Plan, row: &PortfolioRow, i: &Initiative) -> Proposal {
    let flow = in_plan(plan, i, Variant::Expected);
    let breakdown = weighted_score(i, &plan.framework.criteria);
    let parts = plan
        .framework
        .criteria
        .iter()
        .zip(&breakdown.parts)
        .map(|(c, p)| ScoreLine {
            criterion: c.name.clone(),
            score: p.score,
            points: p.points,
        })
        .collect();
    let decision = i.current_decision().map(|d| {
        let mut text = format!("{} {}", t().walk().outcome(d.outcome), d.date);
        if !d.forum.trim().is_empty() {
            text.push_str(", ");
            text.push_str(d.forum.trim());
        }
        text
    });
    Proposal {
        row: row.clone(),
        problem: i.need.problem.clone(),
        current_situation: i.need.current_situation.clone(),
        proposed_by: i.need.proposing_unit.clone(),
        target_groups: i
            .need
            .target_groups
            .iter()
            .map(|g| t().walk().target_group(*g))
            .collect(),
        goals: i
            .analysis
            .goal_ids
            .iter()
            .filter_map(|id| plan.framework.goal(id).map(|g| g.name.clone()))
            .collect(),
        benefits: benefit_lines(plan, i),
        running: row.running_cost,
        npv_cash_only: flow.npv_cash_only,
        payback: flow
            .payback_year
            .map(|n| (calendar_year(i.start_year, n), n)),
        bcr: flow.benefit_cost_ratio,
        payback_cash_only: flow
            .payback_year_cash_only
            .map(|n| (calendar_year(i.start_year, n), n)),
        bcr_cash_only: flow.benefit_cost_ratio_cash_only,
        risks: risk_lines(i),
        owner: i.analysis.owner.clone(),
        financing: i.analysis.financing_plan.clone(),
        parts,
        decision,
    }
}

/// The ranked proposals in rank order and the initiatives left out, with the reason for each.
pub fn brief(plan: &Plan) -> Brief {
    let b = t().brief();
    let mut proposals = Vec::new();
    let mut unranked = Vec::new();
    let (mut more_proposals, mut more_unranked) = (0, 0);
    let all = rows(plan);
    let picked = chosen(plan, &all).1;
    let more_sections = picked.len().saturating_sub(MAX_IN_BRIEF);
    let sections = picked
        .into_iter()
        .take(MAX_IN_BRIEF)
        .filter_map(|row| Some(proposal(plan, row, plan.initiative(&row.initiative_id)?)))
        .collect();
    for row in &all {
        let Some(i) = plan.initiative(&row.initiative_id) else {
            continue;
        };
        if row.rank.is_some() {
            if proposals.len() < MAX_IN_BRIEF {
                proposals.push(proposal(plan, row, i));
            } else {
                more_proposals += 1;
            }
        } else if unranked.len() >= MAX_IN_BRIEF {
            more_unranked += 1;
        } else {
            let reason = if row.missing_gates.is_empty() {
                b.not_scored.to_string()
            } else {
                let gates: Vec<&str> = row
                    .missing_gates
                    .iter()
                    .map(|g| t().walk().gate(*g))
                    .collect();
                (b.missing_gates)(&gates.join(", "))
            };
            unranked.push(Unranked {
                title: row.title.clone(),
                reason,
            });
        }
    }
    Brief {
        proposals,
        sections,
        more_sections,
        unranked,
        more_proposals,
        more_unranked,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_big_plan_brings_only_the_top_of_the_ranking() {
        let mut plan = crate::core::content::example::example_plan();
        let originals = plan.initiatives.clone();
        plan.initiatives = (0..20)
            .flat_map(|k| {
                originals.iter().cloned().map(move |mut i| {
                    i.id = format!("{}-{k}", i.id);
                    i
                })
            })
            .collect();
        let brief = brief(&plan);
        assert_eq!(brief.proposals.len(), MAX_IN_BRIEF);
        assert_eq!(brief.more_proposals, 3 * 20 - MAX_IN_BRIEF);
        assert_eq!(brief.unranked.len(), MAX_IN_BRIEF);
        assert_eq!(brief.more_unranked, 2 * 20 - MAX_IN_BRIEF);
    }
    use crate::core::content::example::example_plan;

    #[test]
    fn the_example_proposes_the_three_ranked_initiatives_in_order() {
        let plan = example_plan();
        let brief = brief(&plan);
        let titles: Vec<&str> = brief
            .proposals
            .iter()
            .map(|p| p.row.title.as_str())
            .collect();
        assert_eq!(
            titles,
            vec![
                "Digital signering och ankomstregistrering för socialjouren",
                "Gemensamt biblioteksdatasystem med självbetjäning",
                "Digitala möten som förstahandsval",
            ]
        );
        assert_eq!(brief.proposals[0].row.rank, Some(1));
        assert_eq!(brief.proposals[0].row.score, Some(71.25));
        // The e-archive is blocked by its gates, the mobile coverage mapping is not scored.
        assert_eq!(brief.unranked.len(), 2);
        assert!(brief
            .unranked
            .iter()
            .any(|u| u.title.contains("e-arkiv") && u.reason.contains("ska-krav")));
        // The worked example: 500 h a year, fully realised, 216 901 kr a year.
        let freed = &brief.proposals[0].benefits[0].amount;
        assert!(
            freed.contains("500\u{a0}h") && freed.contains("216\u{a0}901\u{a0}kr"),
            "{freed}"
        );
        assert_eq!(
            brief.proposals[1].decision.as_deref(),
            Some("Prioriterad 2019-02-20, Regionala ledningsgruppen")
        );
    }
}
