//! A static chart of weighted score against investment for the ranked initiatives: the value–cost
//! picture a forum asks for, simple enough to print in black and white. The ranking table holds
//! the same values, so the chart is never the only way to read them.

use leptos::prelude::*;

use crate::ui::text::num::number;
use crate::ui::text::t;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 56.0;
const TICKS: usize = 4;

/// The smallest 1, 2, 2,5 or 5 × 10ⁿ at or above `value`, so axis ticks fall on round figures.
/// At least 1, so a plan where nothing costs anything still gets an axis.
pub fn nice_max(value: f64) -> f64 {
    if !value.is_finite() || value <= 1.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|candidate| *candidate >= value)
        .unwrap_or(10.0 * magnitude)
}

/// One point: rank, weighted score 0–100, investment in kronor.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub rank: usize,
    pub score: f64,
    pub investment: f64,
}

#[component]
pub fn ScoreInvestmentChart(points: Vec<Point>) -> impl IntoView {
    let b = t().brief();
    let x_max = nice_max(points.iter().map(|p| p.investment).fold(0.0, f64::max));
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x = move |v: f64| LEFT + v.clamp(0.0, x_max) / x_max * plot_w;
    let y = move |v: f64| TOP + plot_h - v.clamp(0.0, 100.0) / 100.0 * plot_h;
    let ticks: Vec<f64> = (0..=TICKS).map(|i| i as f64 / TICKS as f64).collect();
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    view! {
        <figure class="brief-chart">
            <svg viewBox=view_box role="img" aria-labelledby="brief-chart-title" aria-describedby="brief-chart-desc" focusable="false">
                {ticks.iter().map(|f| {
                    let (gx, gy) = (x(f * x_max), y(f * 100.0));
                    view! {
                        <line class="grid" x1=LEFT x2=WIDTH - RIGHT y1=gy y2=gy />
                        <text class="tick" x=LEFT - 8.0 y=gy + 4.0 text-anchor="end">{number(f * 100.0, 0)}</text>
                        <line class="grid" x1=gx x2=gx y1=TOP y2=TOP + plot_h />
                        <text class="tick" x=gx y=TOP + plot_h + 18.0 text-anchor="middle">{number(f * x_max, 0)}</text>
                    }
                }).collect_view()}
                <line class="axis" x1=LEFT x2=WIDTH - RIGHT y1=TOP + plot_h y2=TOP + plot_h />
                <line class="axis" x1=LEFT x2=LEFT y1=TOP y2=TOP + plot_h />
                <text class="axis-label" x=LEFT + plot_w / 2.0 y=HEIGHT - 8.0 text-anchor="middle">{b.axis_investment}</text>
                <text class="axis-label" x=14.0 y=TOP + plot_h / 2.0 text-anchor="middle"
                    transform=format!("rotate(-90 14 {})", TOP + plot_h / 2.0)>{b.axis_score}</text>
                {points.iter().map(|p| {
                    let (px, py) = (x(p.investment), y(p.score));
                    view! {
                        <circle class="point" cx=px cy=py r="7" />
                        <text class="point-label" x=px y=py + 4.0 text-anchor="middle">{p.rank.to_string()}</text>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                <span id="brief-chart-title" class="brief-chart-title">{b.matrix_title}</span>
                " "<span id="brief-chart-desc">{b.matrix_desc}</span>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_maxima_are_round() {
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(f64::NAN), 1.0);
        assert_eq!(nice_max(300_000.0), 500_000.0);
        assert_eq!(nice_max(1_500_000.0), 2_000_000.0);
        assert_eq!(nice_max(2_000_000.0), 2_000_000.0);
        assert_eq!(nice_max(2_100_000.0), 2_500_000.0);
        assert_eq!(nice_max(9_000_000.0), 10_000_000.0);
    }
}
