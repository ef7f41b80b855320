//! What the matrix shows, derived from the plan: one candidate per scored initiative with every
//! figure either axis may need, then the points of one choice of axes. Pure, so that it can be
//! tested on the example plan without a browser.

use super::geometry::{median, quadrant, radius, Axis, Frame, Quadrant};
use crate::core::calc::cashflow::MAX_HORIZON_YEARS;
use crate::core::portfolio::rows;
use crate::core::{CriterionRole, Plan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueAxis {
    Score,
    Npv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostAxis {
    /// Investment plus running cost over the horizon, undiscounted: what the budget must hold.
    Cost,
    /// 6 − the score on the criterion with the effort role: 1 = easy, 5 = hard.
    Effort,
}

/// One scored initiative with everything either axis needs, computed once per plan change.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub id: String,
    pub title: String,
    pub score: f64,
    pub npv: f64,
    pub cost: f64,
    pub effort: Option<f64>,
    pub hours: f64,
    /// A must-pass requirement is missing: shown, but marked, since it cannot be prioritised.
    pub blocked: bool,
}

/// The plan as the matrix sees it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Base {
    /// Scored initiatives in ranking order (blocked ones after the ranked).
    pub candidates: Vec<Candidate>,
    /// Titles of initiatives without a complete score: they have no value to place.
    pub unscored: Vec<String>,
    /// The name of the feasibility criterion as the plan spells it, if it has one.
    pub effort_criterion: Option<String>,
}

/// Reads the plan once, through the portfolio rows so that every figure matches the
/// prioritisation list.
pub fn base(plan: &Plan) -> Base {
    let criterion = plan.framework.criterion_with(CriterionRole::Effort);
    let horizon = f64::from(plan.params.horizon_years.value.min(MAX_HORIZON_YEARS));
    let mut out = Base {
        effort_criterion: criterion.map(|c| c.name.trim().to_string()),
        ..Base::default()
    };
    for row in rows(plan) {
        let Some(score) = row.score else {
            out.unscored.push(row.title);
            continue;
        };
        let effort = criterion.and_then(|c| {
            let i = plan.initiative(&row.initiative_id)?;
            let s = i
                .scores
                .get(&c.id)
                .copied()
                .filter(|s| (1..=5).contains(s))?;
            Some(6.0 - f64::from(s))
        });
        out.candidates.push(Candidate {
            cost: row.investment + row.running_cost * horizon,
            blocked: !row.missing_gates.is_empty(),
            id: row.initiative_id,
            title: row.title,
            score,
            npv: row.npv,
            effort,
            hours: row.freed_hours,
        });
    }
    out
}

/// One bubble, numbered as in the table below the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub number: usize,
    pub id: String,
    pub title: String,
    pub value: f64,
    pub cost: f64,
    pub hours: f64,
    pub blocked: bool,
    pub quadrant: Quadrant,
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// The chart for one choice of axes.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Highest value first: the order of the table and of Tab through the chart.
    pub points: Vec<Point>,
    pub x_axis: Axis,
    pub y_axis: Axis,
    pub value_split: f64,
    pub cost_split: f64,
    /// Scored initiatives this choice cannot place (no feasibility score, a figure that
    /// cannot be computed).
    pub not_placed: Vec<String>,
}

impl Chart {
    /// Where the split lines are drawn.
    pub fn split_x(&self) -> f64 {
        Frame::x(&self.x_axis, self.cost_split)
    }
    pub fn split_y(&self) -> f64 {
        Frame::y(&self.y_axis, self.value_split)
    }
}

pub fn chart(base: &Base, value_axis: ValueAxis, cost_axis: CostAxis) -> Chart {
    let mut placed = Vec::new();
    let mut not_placed = Vec::new();
    for c in &base.candidates {
        let value = match value_axis {
            ValueAxis::Score => c.score,
            ValueAxis::Npv => c.npv,
        };
        let cost = match cost_axis {
            CostAxis::Cost => Some(c.cost),
            CostAxis::Effort => c.effort,
        };
        match cost.filter(|k| k.is_finite() && value.is_finite()) {
            Some(cost) => placed.push((c, value, cost)),
            None => not_placed.push(c.title.clone()),
        }
    }
    let values: Vec<f64> = placed.iter().map(|p| p.1).collect();
    let costs: Vec<f64> = placed.iter().map(|p| p.2).collect();
    let x_axis = match cost_axis {
        CostAxis::Cost => Axis::fitted(&costs, 100_000.0),
        CostAxis::Effort => Axis::fixed(1.0, 5.0, 1.0),
    };
    let y_axis = match value_axis {
        ValueAxis::Score => Axis::fixed(0.0, 100.0, 20.0),
        ValueAxis::Npv => Axis::fitted(&values, 100_000.0),
    };
    let value_split = median(&values).unwrap_or(0.0);
    let cost_split = median(&costs).unwrap_or(0.0);
    let max_hours = placed
        .iter()
        .map(|p| p.0.hours)
        .filter(|h| h.is_finite())
        .fold(0.0, f64::max);
    // Stable: equal values keep ranking order.
    placed.sort_by(|a, b| b.1.total_cmp(&a.1));
    let points = placed
        .into_iter()
        .enumerate()
        .map(|(k, (c, value, cost))| Point {
            number: k + 1,
            id: c.id.clone(),
            title: c.title.clone(),
            value,
            cost,
            hours: c.hours,
            blocked: c.blocked,
            quadrant: quadrant(value, cost, value_split, cost_split),
            x: Frame::x(&x_axis, cost),
            y: Frame::y(&y_axis, value),
            r: radius(c.hours, max_hours),
        })
        .collect();
    Chart {
        points,
        x_axis,
        y_axis,
        value_split,
        cost_split,
        not_placed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::example::example_plan;

    fn names(chart: &Chart) -> Vec<(String, Quadrant)> {
        chart
            .points
            .iter()
            .map(|p| (p.title.chars().take(12).collect(), p.quadrant))
            .collect()
    }

    #[test]
    fn example_plan_has_one_point_per_scored_initiative() {
        let plan = example_plan();
        let b = base(&plan);
        assert_eq!(b.candidates.len(), 4);
        assert_eq!(b.unscored.len(), 1);
        assert_eq!(b.effort_criterion.as_deref(), Some("Genomförbarhet"));
        let c = chart(&b, ValueAxis::Score, CostAxis::Cost);
        assert_eq!(c.value_split, 65.625);
        // 2 250 000 (library) and 450 000 (meetings) are the middle costs over 5 years.
        assert_eq!(c.cost_split, 1_350_000.0);
        assert_eq!(
            names(&c),
            vec![
                ("Digital sign".to_string(), Quadrant::QuickWin),
                ("Gemensamt bi".to_string(), Quadrant::BigBet),
                ("Digitala möt".to_string(), Quadrant::Filler),
                ("Gemensamt e-".to_string(), Quadrant::Question),
            ]
        );
        let signing = &c.points[0];
        assert_eq!((signing.cost, signing.hours), (300_000.0, 500.0));
        assert!(c.points[3].blocked && !signing.blocked);
        // The library frees the most hours: the largest bubble.
        assert_eq!(c.points[1].r, super::super::geometry::R_MAX);
    }

    #[test]
    fn effort_and_npv_axes() {
        let plan = example_plan();
        let c = chart(&base(&plan), ValueAxis::Npv, CostAxis::Effort);
        assert_eq!(c.points.len(), 4);
        assert!(c.not_placed.is_empty());
        assert!(c.points.windows(2).all(|w| w[0].value >= w[1].value));
        assert_eq!(c.x_axis.ticks, vec![1.0, 2.0, 3.0, 4.0, 5.0]);
        assert!(c.points.iter().all(|p| (1.0..=5.0).contains(&p.cost)));
    }

    #[test]
    fn renaming_the_effort_criterion_keeps_the_axis() {
        let mut plan = example_plan();
        let before = chart(&base(&plan), ValueAxis::Score, CostAxis::Effort);
        for c in &mut plan.framework.criteria {
            c.name = format!("{} (ändrad)", c.name);
        }
        let b = base(&plan);
        assert_eq!(
            b.effort_criterion.as_deref(),
            Some("Genomförbarhet (ändrad)")
        );
        let after = chart(&b, ValueAxis::Score, CostAxis::Effort);
        assert!(!after.points.is_empty());
        assert_eq!(after.points, before.points);
    }

    #[test]
    fn without_a_criterion_with_the_effort_role_effort_places_nothing() {
        let mut plan = example_plan();
        for c in &mut plan.framework.criteria {
            c.role = None;
        }
        let b = base(&plan);
        assert_eq!(b.effort_criterion, None);
        let c = chart(&b, ValueAxis::Score, CostAxis::Effort);
        assert!(c.points.is_empty());
        assert_eq!(c.not_placed.len(), 4);
    }
}
