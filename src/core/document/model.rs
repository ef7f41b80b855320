//! The decision document (tjänsteskrivelse, docs/domain.md §2.9) as figures and lists, computed
//! from the plan and the initiatives it proposes. No words of the app's own: the UI's text
//! tables put it in the chosen language, and the page and the Word export read the same model.

use std::collections::BTreeMap;

use super::consequences::{consequences, Consequences};
use super::settings::ProposedSet;
use crate::core::calc::{base_year, in_plan, Variant};
use crate::core::portfolio::{rows, PortfolioRow};
use crate::core::{CalcParams, Organisation, Period, Plan};

/// One proposed initiative with the figures the document sums.
#[derive(Clone, Debug, PartialEq)]
pub struct ProposedInitiative {
    pub id: String,
    pub title: String,
    /// None for an initiative the user chose that is not ranked.
    pub rank: Option<usize>,
    pub score: Option<f64>,
    pub investment: f64,
    pub running: f64,
    pub npv: f64,
    pub npv_cash_only: f64,
    pub freed_hours: f64,
    pub consequences: Consequences,
}

/// The proposal's totals: cash and freed time kept apart (docs/domain.md §4.2).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    pub count: usize,
    /// Undiscounted, within each initiative's horizon.
    pub investment: f64,
    /// A year, summed over the proposed initiatives.
    pub running: f64,
    /// Discounted to the plan's base year, freed time included.
    pub npv: f64,
    pub npv_cash_only: f64,
    /// Hours a year, each initiative's year with most freed time.
    pub freed_hours: f64,
}

/// One calendar year of the proposal's economics, undiscounted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearEconomics {
    pub year: i32,
    pub investment: f64,
    pub running: f64,
    /// Economic benefit: kronor on a budget line.
    pub cash_benefit: f64,
    /// Cash benefit less investment and running cost: what the budget sees.
    pub cash_net: f64,
    pub freed_hours: f64,
    /// The value of the freed time expected to be realised; never counted as cash.
    pub freed_value: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalLine {
    pub name: String,
    pub description: String,
    /// How many proposed initiatives contribute to the goal.
    pub proposed: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CriterionLine {
    pub name: String,
    pub weight: f64,
    /// The weight's share of all weights, percent.
    pub share: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DecisionDocument {
    pub plan_name: String,
    pub organisation: Organisation,
    pub period: Period,
    /// Who decides, as the plan names it: the forum of its latest fastställd version, else of
    /// the latest decision on an initiative; None when the plan names none.
    pub forum: Option<String>,
    /// The line the user drew (how many ranked initiatives from the top); None for a chosen set.
    pub line: Option<usize>,
    pub proposed: Vec<ProposedInitiative>,
    pub totals: Totals,
    pub by_year: Vec<YearEconomics>,
    /// The year every NPV is discounted to.
    pub base_year: i32,
    pub params: CalcParams,
    pub goals: Vec<GoalLine>,
    pub criteria: Vec<CriterionLine>,
    /// Initiatives in the plan, and how many of them are ranked.
    pub considered: usize,
    pub ranked: usize,
    /// "Uppdaterat från föregående version"; empty when the user wrote none.
    pub change_summary: String,
    /// The user's own texts; None where the app's text stands.
    pub summary: Option<String>,
    pub decision: Option<String>,
}

/// The rows, in ranking order, that the plan's choice proposes, and the line when it is one.
pub fn chosen<'a>(plan: &Plan, all: &'a [PortfolioRow]) -> (Option<usize>, Vec<&'a PortfolioRow>) {
    let ranked = || all.iter().filter(|r| r.rank.is_some());
    match &plan.document.proposed {
        None => (None, ranked().collect()),
        Some(ProposedSet::Line { count }) => {
            let rows: Vec<_> = ranked().take(*count).collect();
            (Some(rows.len()), rows)
        }
        Some(ProposedSet::Chosen { ids }) => (
            None,
            all.iter()
                .filter(|r| ids.contains(&r.initiative_id))
                .collect(),
        ),
    }
}

/// The ids the document proposes, in ranking order (for the page's choice controls).
pub fn proposed_ids(plan: &Plan) -> Vec<String> {
    let all = rows(plan);
    chosen(plan, &all)
        .1
        .into_iter()
        .map(|r| r.initiative_id.clone())
        .collect()
}

/// The forum the plan names: its latest fastställd version's, else the latest decision's.
fn forum(plan: &Plan) -> Option<String> {
    let named = |f: &str| (!f.trim().is_empty()).then(|| f.trim().to_string());
    crate::core::workflow::versions::version_in_force(plan)
        .and_then(|v| named(&v.forum))
        .or_else(|| {
            plan.initiatives
                .iter()
                .flat_map(|i| i.decisions.iter())
                .filter_map(|d| named(&d.forum).map(|f| (d.date.clone(), f)))
                .max_by(|a, b| a.0.cmp(&b.0))
                .map(|(_, f)| f)
        })
}

/// The document for the plan as it stands, with the initiatives its settings propose.
pub fn decision_document(plan: &Plan) -> DecisionDocument {
    let all = rows(plan);
    let (line, picked) = chosen(plan, &all);
    let mut totals = Totals::default();
    let mut years: BTreeMap<i32, YearEconomics> = BTreeMap::new();
    let mut proposed = Vec::with_capacity(picked.len());
    for row in picked {
        let Some(initiative) = plan.initiative(&row.initiative_id) else {
            continue;
        };
        for r in in_plan(plan, initiative, Variant::Expected).rows {
            let y = years
                .entry(r.calendar_year)
                .or_insert_with(|| YearEconomics {
                    year: r.calendar_year,
                    ..Default::default()
                });
            y.investment += r.investment;
            y.running += r.running_cost;
            y.cash_benefit += r.cash_benefit;
            y.cash_net += r.cash_benefit - r.investment - r.running_cost;
            y.freed_hours += r.freed_hours;
            y.freed_value += r.freed_value;
        }
        totals.count += 1;
        totals.investment += row.investment;
        totals.running += row.running_cost;
        totals.npv += row.npv;
        totals.npv_cash_only += row.npv_cash_only;
        totals.freed_hours += row.freed_hours;
        proposed.push(ProposedInitiative {
            id: row.initiative_id.clone(),
            title: row.title.clone(),
            rank: row.rank,
            score: row.score,
            investment: row.investment,
            running: row.running_cost,
            npv: row.npv,
            npv_cash_only: row.npv_cash_only,
            freed_hours: row.freed_hours,
            consequences: consequences(plan, initiative),
        });
    }
    let goals = plan
        .framework
        .goals
        .iter()
        .map(|g| GoalLine {
            name: g.name.clone(),
            description: g.description.clone(),
            proposed: proposed
                .iter()
                .filter_map(|p| plan.initiative(&p.id))
                .filter(|i| i.analysis.goal_ids.contains(&g.id))
                .count(),
        })
        .collect();
    let criteria = plan
        .framework
        .criteria
        .iter()
        .zip(plan.framework.weight_shares())
        .map(|(c, share)| CriterionLine {
            name: c.name.clone(),
            weight: c.weight,
            share,
        })
        .collect();
    DecisionDocument {
        plan_name: plan.name.clone(),
        organisation: plan.organisation.clone(),
        period: plan.period,
        forum: forum(plan),
        line,
        proposed,
        totals,
        by_year: years.into_values().collect(),
        base_year: base_year(plan),
        params: plan.params.clone(),
        goals,
        criteria,
        considered: plan.initiatives.len(),
        ranked: all.iter().filter(|r| r.rank.is_some()).count(),
        change_summary: plan.change_summary.trim().to_string(),
        summary: plan.document.summary.clone(),
        decision: plan.document.decision.clone(),
    }
}

/// Ranks as runs: [1, 2, 3, 5] → [(1, 3), (5, 5)], so a text can say "1–3 och 5".
pub fn rank_runs(ranks: &[usize]) -> Vec<(usize, usize)> {
    let mut sorted = ranks.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for r in sorted {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == r => *end = r,
            _ => runs.push((r, r)),
        }
    }
    runs
}
