//! What the prioritisation list shows, derived from the plan in plain functions: the view only
//! reads these results, so sorting, filtering and paging a thousand initiatives never
//! recalculates a cash flow, and the logic can be tested natively.

use std::collections::HashMap;

use crate::core::calc::weighted_score;
use crate::core::portfolio::{
    filtered_order, rows, sensitivity, split_blocked_positions, units, Filter, PortfolioRow,
    SortDir, SortKey,
};
use crate::core::Plan;
use crate::ui::shell::route::Route;
use crate::ui::text::num::{decimal, kronor, number};
use crate::ui::text::t;
use crate::ui::widgets::title::initiative_title;

/// Ranked rows shown at once: the top 25 a forum reads first (as many as the Beslutsunderlag
/// brings), and few enough that a click on a column header re-sorts a thousand initiatives
/// within 200 ms on a slow computer: every row shown is laid out again on each sort.
pub const RANKED_PAGE: usize = 25;
/// Blocked rows shown at once, below the ranked ones, with a pager of their own so both lists
/// stay in view without a click. The blocked table is read for what is missing, so a short page
/// is enough; the two pages together stay well within the 50 rows a view may render.
pub const BLOCKED_PAGE: usize = 10;
const _: () = assert!(
    RANKED_PAGE + BLOCKED_PAGE <= 50,
    "a view renders at most ~50 rows"
);

/// Everything the list needs from the plan, computed once per change of the plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Derived {
    /// In rank order, as `portfolio::rows` gives them.
    pub rows: Vec<PortfolioRow>,
    /// Per row (same index), per criterion: the score given and the points it gave.
    pub parts: Vec<Vec<(Option<u8>, f64)>>,
    /// Per criterion: name and share of the total weight in percent.
    pub criteria: Vec<(String, f64)>,
    /// (id, name) of the plan's goals.
    pub goals: Vec<(String, String)>,
    pub units: Vec<String>,
    /// The range of places of each ranked initiative under ±20 % weights, by id.
    pub spans: HashMap<String, (usize, usize)>,
}

pub fn derive(plan: &Plan) -> Derived {
    let rows = rows(plan);
    let by_id: HashMap<&str, _> = plan
        .initiatives
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let criteria = &plan.framework.criteria;
    let parts = rows
        .iter()
        .map(|r| {
            by_id
                .get(r.initiative_id.as_str())
                .map(|i| {
                    let b = weighted_score(i, criteria);
                    b.parts.iter().map(|p| (p.score, p.points)).collect()
                })
                .unwrap_or_default()
        })
        .collect();
    Derived {
        parts,
        criteria: criteria
            .iter()
            .zip(plan.framework.weight_shares())
            .map(|(c, share)| (c.name.clone(), share))
            .collect(),
        goals: plan
            .framework
            .goals
            .iter()
            .map(|g| (g.id.clone(), g.name.clone()))
            .collect(),
        units: units(plan),
        spans: sensitivity(plan)
            .into_iter()
            .map(|s| (s.initiative_id, (s.min_rank, s.max_rank)))
            .collect(),
        rows,
    }
}

/// Which rows pass the filter, in the chosen order, as indices into [`Derived::rows`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Visible {
    pub ranked: Vec<usize>,
    /// Rows missing a must-pass requirement, shown apart (`portfolio::split_blocked_positions`).
    pub blocked: Vec<usize>,
    pub total: usize,
}

pub fn visible(d: &Derived, filter: &Filter, key: SortKey, dir: SortDir) -> Visible {
    let order = filtered_order(&d.rows, filter, key, dir);
    let (ranked, blocked) = split_blocked_positions(&d.rows, &order);
    Visible {
        ranked,
        blocked,
        total: d.rows.len(),
    }
}

/// The direction a column sorts in when first chosen: best first, so "Viktad poäng" puts the
/// highest score at the top and "Högsta risk" the lowest risk.
pub fn first_direction(key: SortKey) -> SortDir {
    match key {
        SortKey::Score | SortKey::Npv | SortKey::FreedHours => SortDir::Desc,
        _ => SortDir::Asc,
    }
}

/// Clicking the current column reverses it; another column starts in its own first direction.
pub fn next_sort(current: (SortKey, SortDir), clicked: SortKey) -> (SortKey, SortDir) {
    match current {
        (key, SortDir::Asc) if key == clicked => (key, SortDir::Desc),
        (key, SortDir::Desc) if key == clicked => (key, SortDir::Asc),
        _ => (clicked, first_direction(clicked)),
    }
}

/// One row as text, ready for the table.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RowView {
    pub id: String,
    pub href: String,
    pub title: String,
    pub rank: String,
    pub stage: String,
    pub goals: String,
    pub score: String,
    pub npv: String,
    pub hours: String,
    pub investment: String,
    pub risk: String,
    pub gates: String,
    /// None for an unranked row.
    pub sensitivity: Option<(String, bool)>,
    pub parts: Vec<String>,
    pub total: String,
}

pub fn row_view(d: &Derived, index: usize, plan_id: &str) -> Option<RowView> {
    let (l, r) = (t().list(), d.rows.get(index)?);
    let title = initiative_title(&r.title);
    // The mark goes with the stage, so the title stays the initiative's name.
    let mut stage = t().stage(r.stage).to_string();
    if r.prioritised {
        stage.push_str(l.prioritised_mark);
    }
    let goals: Vec<&str> = r
        .goal_ids
        .iter()
        .filter_map(|id| d.goals.iter().find(|(g, _)| g == id))
        .map(|(_, name)| name.as_str())
        .collect();
    let missing: Vec<&str> = r
        .missing_gates
        .iter()
        .map(|g| t().walk().gate(*g))
        .collect();
    let parts = d.parts.get(index).map(Vec::as_slice).unwrap_or_default();
    Some(RowView {
        id: r.initiative_id.clone(),
        href: Route::Initiative {
            plan: plan_id.to_string(),
            initiative: r.initiative_id.clone(),
            step: None,
        }
        .href(),
        title,
        rank: match r.rank {
            Some(p) => p.to_string(),
            None if r.rejected => l.rank_rejected.to_string(),
            None => l.none.to_string(),
        },
        stage,
        goals: if goals.is_empty() {
            l.none.to_string()
        } else {
            goals.join("; ")
        },
        score: r
            .score
            .map_or_else(|| l.not_scored.to_string(), |s| decimal(s, 2)),
        npv: kronor(r.npv),
        hours: number(r.freed_hours, 0),
        investment: kronor(r.investment),
        risk: r
            .highest_risk
            .map_or_else(|| l.none.to_string(), |s| (l.risk_of)(s)),
        gates: if missing.is_empty() {
            l.gates_met.to_string()
        } else {
            missing.join(", ")
        },
        sensitivity: r
            .rank
            .and(d.spans.get(&r.initiative_id))
            .map(|&(min, max)| {
                if min == max {
                    (l.stable.to_string(), false)
                } else {
                    ((l.unstable)(min, max), true)
                }
            }),
        parts: d
            .criteria
            .iter()
            .zip(parts)
            .map(|((name, share), (score, points))| match score {
                Some(s) => (l.breakdown_part)(name, *s, *share, *points),
                None => (l.breakdown_unscored)(name, *share),
            })
            .collect(),
        total: r.score.map_or_else(
            || l.breakdown_incomplete.to_string(),
            |s| (l.breakdown_total)(s),
        ),
    })
}

/// (unstable, ranked) over the whole plan, for the sentence under the table.
pub fn stability_counts(d: &Derived) -> (usize, usize) {
    let unstable = d.spans.values().filter(|(min, max)| min != max).count();
    (unstable, d.spans.len())
}
