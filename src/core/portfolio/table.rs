//! The prioritisation list: every initiative of the plan on one row with the figures a decision
//! forum compares, sortable and filterable without recalculating anything.
//!
//! Each initiative's cash flow is calculated once per call to [`rows`]; sorting and filtering
//! only read the rows, so a list of a thousand initiatives re-sorts instantly.

use crate::core::calc::base_year::in_plan;
use crate::core::calc::cashflow::Variant;
use crate::core::calc::gates::missing_gates;
use crate::core::calc::risk::{highest_risk, risk_score};
use crate::core::calc::score::weighted_score;
use crate::core::model::initiative::{Initiative, Stage, TargetGroup};
use crate::core::Plan;

use super::order::{collation_key, sort, SortDir, SortKey};
use super::row::PortfolioRow;

/// Narrows the list; `None` fields do not filter, so the default filter shows everything.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Filter {
    pub stage: Option<Stage>,
    pub goal_id: Option<String>,
    pub unit: Option<String>,
    pub target_group: Option<TargetGroup>,
    /// An area of the lens: rows under it directly or through the mapping table pass.
    pub area_id: Option<String>,
}

impl Filter {
    /// Whether `row` passes every field that is set. The unit is compared trimmed, like
    /// [`PortfolioRow::unit`], so a stray space typed in a unit name does not hide a row.
    pub fn matches(&self, row: &PortfolioRow) -> bool {
        self.stage.is_none_or(|s| row.stage == s)
            && self
                .goal_id
                .as_ref()
                .is_none_or(|g| row.goal_ids.iter().any(|id| id == g))
            && self.unit.as_ref().is_none_or(|u| row.unit == u.trim())
            && self
                .target_group
                .is_none_or(|t| row.target_groups.contains(&t))
            && self
                .area_id
                .as_ref()
                .is_none_or(|a| row.areas.iter().any(|l| l.area_id == *a))
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// One row per initiative, ordered by rank (unranked last, by title). Each cash flow is
/// calculated once, and ranks are assigned with the same order as the ranking module so that the
/// list and the ranked proposal never disagree.
pub fn rows(plan: &Plan) -> Vec<PortfolioRow> {
    let mut rows: Vec<PortfolioRow> = plan.initiatives.iter().map(|i| row(plan, i)).collect();
    assign_ranks(&mut rows);
    sort(&mut rows, SortKey::Rank, SortDir::Asc);
    rows
}

fn row(plan: &Plan, i: &Initiative) -> PortfolioRow {
    let flow = in_plan(plan, i, Variant::Expected);
    let score = weighted_score(i, &plan.framework.criteria)
        .total
        .map(|s| score_key(s) as f64 / 1e6);
    PortfolioRow {
        initiative_id: i.id.clone(),
        title: i.title.clone(),
        stage: i.stage,
        goal_ids: i.analysis.goal_ids.clone(),
        unit: i.need.proposing_unit.trim().to_string(),
        target_groups: i.need.target_groups.clone(),
        areas: plan.framework.areas_under_lens(&i.analysis.area_ids),
        score,
        rank: None,
        npv: flow.npv,
        npv_cash_only: flow.npv_cash_only,
        freed_hours: flow.freed_hours_per_year_max,
        investment: flow.investment_total,
        running_cost: i
            .analysis
            .costs
            .running_per_year
            .pick(Variant::Expected, true),
        highest_risk: highest_risk(i).map(risk_score),
        missing_gates: missing_gates(i, &plan.framework),
        rejected: i.is_rejected(),
        prioritised: i.is_prioritised(),
    }
}

/// The ranking's quantisation: scores are compared at six decimals so floating-point noise in
/// the last bit never decides a place.
pub(crate) fn score_key(score: f64) -> i64 {
    (score * 1e6).round() as i64
}

/// Mirrors `calc::ranking`: score (high first), expected NPV (high first), lower-case title,
/// id. Kept in step by a test that compares with `calc::rank` on the same plan.
fn assign_ranks(rows: &mut [PortfolioRow]) {
    let mut ranked: Vec<(usize, i64, String)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.missing_gates.is_empty() && !r.rejected)
        .filter_map(|(index, r)| Some((index, score_key(r.score?), r.title.to_lowercase())))
        .collect();
    ranked.sort_by(|a, b| {
        let (ra, rb) = (&rows[a.0], &rows[b.0]);
        b.1.cmp(&a.1)
            .then_with(|| rb.npv.total_cmp(&ra.npv))
            .then_with(|| a.2.cmp(&b.2))
            .then_with(|| ra.initiative_id.cmp(&rb.initiative_id))
    });
    for (place, (index, ..)) in ranked.into_iter().enumerate() {
        rows[index].rank = Some(place + 1);
    }
}

/// The rows that pass `filter`, in their current order.
pub fn apply<'a>(rows: &'a [PortfolioRow], filter: &Filter) -> Vec<&'a PortfolioRow> {
    rows.iter().filter(|r| filter.matches(r)).collect()
}

/// (may be ranked, blocked): blocked rows miss a must-pass requirement and are shown apart, as
/// SKR's process does not weigh them against the others. Order is kept within both parts,
/// except that rejected rows (never ranked) follow all the others in the first part.
pub fn split_blocked<'a, I>(rows: I) -> (Vec<&'a PortfolioRow>, Vec<&'a PortfolioRow>)
where
    I: IntoIterator<Item = &'a PortfolioRow>,
{
    let (mut open, blocked): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| may_be_ranked(r));
    open.sort_by_key(|r| r.rejected);
    (open, blocked)
}

/// The rule of [`split_blocked`]: no must-pass requirement missing.
fn may_be_ranked(row: &PortfolioRow) -> bool {
    row.missing_gates.is_empty()
}

/// Positions in `rows` of the rows that pass `filter`, in the chosen order: for a view that
/// keeps the rows (and what it derived from them) in place and pages through positions, so a
/// click on a column header re-sorts without copying a thousand rows.
pub fn filtered_order(
    rows: &[PortfolioRow],
    filter: &Filter,
    key: SortKey,
    dir: SortDir,
) -> Vec<usize> {
    let mut shown: Vec<Positioned> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| filter.matches(r))
        .map(|(i, r)| Positioned(i, r))
        .collect();
    sort(&mut shown, key, dir);
    shown.into_iter().map(|p| p.0).collect()
}

/// A row with its position, so the one [`sort`] orders positions too.
struct Positioned<'a>(usize, &'a PortfolioRow);

impl std::borrow::Borrow<PortfolioRow> for Positioned<'_> {
    fn borrow(&self) -> &PortfolioRow {
        self.1
    }
}

/// [`split_blocked`] on positions in `rows` (as [`filtered_order`] gives them): the same rule,
/// for a view that pages through positions. Positions outside `rows` are dropped.
pub fn split_blocked_positions(rows: &[PortfolioRow], order: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let (mut ranked, mut blocked) = (Vec::new(), Vec::new());
    for &i in order {
        match rows.get(i) {
            Some(r) if may_be_ranked(r) => ranked.push(i),
            Some(_) => blocked.push(i),
            None => {}
        }
    }
    ranked.sort_by_key(|&i| rows.get(i).is_some_and(|r| r.rejected));
    (ranked, blocked)
}

/// The distinct proposing units, trimmed, blanks left out, in Swedish order: the choices of the
/// unit filter, so that it offers only units that match something.
pub fn units(plan: &Plan) -> Vec<String> {
    let mut units: Vec<String> = plan
        .initiatives
        .iter()
        .map(|i| i.need.proposing_unit.trim())
        .filter(|u| !u.is_empty())
        .map(str::to_string)
        .collect();
    units.sort_by_cached_key(|u| (collation_key(u), u.clone()));
    units.dedup();
    units
}
