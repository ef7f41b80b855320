//! How the matrix's figures read, in the chart's labels and in its table alike, so that a screen
//! reader user and a sighted user get the same figures.

use super::data::{CostAxis, Point, ValueAxis};
use super::geometry::Quadrant;
use crate::core::calc::numfmt::{decimal, kronor, number};
use crate::ui::text::t;
use crate::ui::widgets::title::initiative_title;

/// A value as the table shows it: "71,3" or "693 345 kr".
pub fn value(v: f64, axis: ValueAxis) -> String {
    match axis {
        ValueAxis::Score => decimal(v, 1),
        ValueAxis::Npv => kronor(v),
    }
}

/// A cost as the table shows it: "300 000 kr" or "2 av 5".
pub fn cost(c: f64, axis: CostAxis) -> String {
    match axis {
        CostAxis::Cost => kronor(c),
        CostAxis::Effort => format!("{} {}", decimal(c, 1), t().matrix.effort_of),
    }
}

/// A tick on an axis: kronor without the unit (the axis title has it).
pub fn tick(v: f64, kronor_axis: bool) -> String {
    if kronor_axis {
        number(v, 0)
    } else {
        decimal(v, 1)
    }
}

pub fn hours(h: f64) -> String {
    number(h, 0)
}

pub fn quadrant(q: Quadrant) -> &'static str {
    let index = Quadrant::ALL.iter().position(|x| *x == q).unwrap_or(0);
    t().matrix.quadrants[index]
}

pub fn value_name(axis: ValueAxis) -> &'static str {
    match axis {
        ValueAxis::Score => t().matrix.value_score,
        ValueAxis::Npv => t().matrix.value_npv,
    }
}

pub fn cost_name(axis: CostAxis) -> &'static str {
    match axis {
        CostAxis::Cost => t().matrix.axis_cost,
        CostAxis::Effort => t().matrix.axis_effort,
    }
}

/// The accessible name of a point: "Digital signering: poäng 71,3, kostnad 300 000 kr,
/// frigjord tid 500 h/år, snabba vinster".
pub fn point(p: &Point, v: ValueAxis, c: CostAxis) -> String {
    let m = t().matrix;
    let value_text = match v {
        ValueAxis::Score => m.label_score.replace("{v}", &decimal(p.value, 1)),
        ValueAxis::Npv => m.label_npv.replace("{v}", &kronor(p.value)),
    };
    let cost_text = match c {
        CostAxis::Cost => m.label_cost.replace("{v}", &kronor(p.cost)),
        CostAxis::Effort => m.label_effort.replace("{v}", &decimal(p.cost, 0)),
    };
    let mut label = m
        .point_label
        .replace("{value}", &value_text)
        .replace("{cost}", &cost_text)
        .replace("{hours}", &hours(p.hours))
        .replace("{quadrant}", &quadrant(p.quadrant).to_lowercase())
        // Last, so that braces in a title are never taken for placeholders.
        .replace("{title}", &initiative_title(&p.title));
    if p.blocked {
        label.push_str(", ");
        label.push_str(m.blocked);
    }
    label
}
