//! How the matrix's figures read, in the chart's labels and in its table alike, so that a screen
//! reader user and a sighted user get the same figures.

use super::data::{CostAxis, Point, ValueAxis};
use crate::ui::text::num::{decimal, kronor, number};
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
        CostAxis::Effort => (t().matrix().effort_of)(c),
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

/// The accessible name of a point: "Digital signering: poäng 71,3, kostnad 300 000 kr,
/// frigjord tid 500 h/år, snabba vinster".
pub fn point(p: &Point, v: ValueAxis, c: CostAxis) -> String {
    let m = t().matrix();
    let mut label = (m.point_label)(
        &initiative_title(&p.title),
        &m.value_label(v, p.value),
        &m.cost_label(c, p.cost),
        p.hours,
        m.quadrant(p.quadrant),
    );
    if p.blocked {
        label.push_str(", ");
        label.push_str(m.blocked);
    }
    label
}
