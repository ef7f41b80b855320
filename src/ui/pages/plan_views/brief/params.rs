//! The plan's calculation parameters with source and year, in the document's ekonomiska
//! konsekvenser because every figure rests on them (docs/domain.md: every parameter is shown with where it comes from).

use crate::core::calc::hourly_cost;
use crate::core::{CalcParams, Sourced};
use crate::ui::text::num::{decimal, number, percent};
use crate::ui::text::t;

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub name: &'static str,
    pub value: String,
    pub source: String,
    pub year: String,
}

fn line<T>(name: &'static str, value: String, s: &Sourced<T>) -> Line {
    Line {
        name,
        value,
        source: s.source.clone(),
        year: s.year.map(|y| y.to_string()).unwrap_or_else(|| "–".into()),
    }
}

pub fn lines(p: &CalcParams) -> Vec<Line> {
    let (x, b) = (t(), t().brief());
    vec![
        line(
            x.param_salary,
            format!("{} {}", number(p.monthly_salary.value, 0), b.per_month),
            &p.monthly_salary,
        ),
        line(
            x.param_hours,
            format!("{}\u{a0}h", decimal(p.hours_per_month.value, 1)),
            &p.hours_per_month,
        ),
        line(x.param_uplift, decimal(p.uplift.value, 4), &p.uplift),
        Line {
            name: b.hourly,
            value: format!("{}\u{a0}kr/h", number(hourly_cost(p), 2)),
            source: b.hourly_source.to_string(),
            year: "–".into(),
        },
        line(
            x.param_rate,
            percent(p.discount_rate_percent.value, 2),
            &p.discount_rate_percent,
        ),
        line(
            x.param_horizon,
            format!("{} {}", p.horizon_years.value, b.years),
            &p.horizon_years,
        ),
        line(
            x.param_price_year,
            p.price_year.value.to_string(),
            &p.price_year,
        ),
    ]
}
