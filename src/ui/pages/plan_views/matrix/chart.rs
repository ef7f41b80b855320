//! The matrix as an inline SVG drawn from a computed [`Chart`]: axes, median lines, named
//! quadrants and one link per initiative. The axes and decorations are hidden from assistive
//! technology (the table below carries the same figures); each point is a link with a full
//! spoken name, reachable with Tab and opened with Enter like any link.

use leptos::prelude::*;

use super::data::{Chart, CostAxis, Point, ValueAxis};
use super::geometry::{Frame, Quadrant, HEIGHT, WIDTH};
use super::labels;
use crate::ui::shell::route::Route;
use crate::ui::text::t;

/// The chart's own `<title>`, built directly: among several children the view macro cannot
/// tell an SVG `title` from an HTML one, and an HTML one does not title the SVG.
fn svg_title(text: String) -> impl IntoView {
    leptos::tachys::svg::title()
        .id("matrix-chart-title")
        .child(text)
}

fn at(v: f64) -> String {
    format!("{v:.1}")
}

#[component]
pub fn MatrixChart(
    chart: Chart,
    value: ValueAxis,
    cost: CostAxis,
    plan_id: String,
) -> impl IntoView {
    let m = t().matrix();
    let title = (m.chart_title)(m.value_axis(value), m.cost_axis(cost));
    let desc = (m.chart_desc)(
        &labels::value(chart.value_split, value),
        &labels::cost(chart.cost_split, cost),
    );
    let (sx, sy) = (chart.split_x(), chart.split_y());
    let kronor_x = cost == CostAxis::Cost;
    let kronor_y = value == ValueAxis::Npv;
    let y_title = m.value_axis_title(value);
    let x_ticks = chart.x_axis.ticks.iter().map(|&v| {
        let x = at(Frame::x(&chart.x_axis, v));
        view! {
            <g>
                <line class="grid" x1=x.clone() x2=x.clone() y1=at(Frame::TOP) y2=at(Frame::BOTTOM) />
                <text x=x y=at(Frame::BOTTOM + 20.0) text-anchor="middle">{labels::tick(v, kronor_x)}</text>
            </g>
        }
    }).collect_view();
    let y_ticks = chart.y_axis.ticks.iter().map(|&v| {
        let y = at(Frame::y(&chart.y_axis, v));
        view! {
            <g>
                <line class="grid" y1=y.clone() y2=y.clone() x1=at(Frame::LEFT) x2=at(Frame::RIGHT) />
                <text x=at(Frame::LEFT - 8.0) y=y dy="0.35em" text-anchor="end">{labels::tick(v, kronor_y)}</text>
            </g>
        }
    }).collect_view();
    let corners = Quadrant::ALL.into_iter().map(|q| {
        let (x, anchor) = match q {
            Quadrant::QuickWin | Quadrant::Filler => (Frame::LEFT + 8.0, "start"),
            _ => (Frame::RIGHT - 8.0, "end"),
        };
        let y = match q {
            Quadrant::QuickWin | Quadrant::BigBet => Frame::TOP + 18.0,
            _ => Frame::BOTTOM - 10.0,
        };
        view! { <g><text class="quadrant-name" x=at(x) y=at(y) text-anchor=anchor>{m.quadrant(q)}</text></g> }
    }).collect_view();
    let points = chart
        .points
        .iter()
        .map(|p| view! { <MatrixPoint point=p.clone() value=value cost=cost plan_id=plan_id.clone() /> })
        .collect_view();
    // The split note is visible, above the chart: where the quadrants divide is part of
    // reading them. The table follows the chart directly.
    view! {
        <p class="matrix-split" id="matrix-chart-desc">{desc}</p>
        <div class="matrix-figure">
        <svg class="matrix-chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group"
            aria-labelledby="matrix-chart-title" aria-describedby="matrix-chart-desc">
            {svg_title(title)}
            <g aria-hidden="true">
                <rect class="quick-wins" x=at(Frame::LEFT) y=at(Frame::TOP)
                    width=at(sx - Frame::LEFT) height=at(sy - Frame::TOP) />
                {x_ticks}
                {y_ticks}
                <rect class="frame" x=at(Frame::LEFT) y=at(Frame::TOP)
                    width=at(Frame::RIGHT - Frame::LEFT) height=at(Frame::BOTTOM - Frame::TOP) />
                <line class="split" x1=at(sx) x2=at(sx) y1=at(Frame::TOP) y2=at(Frame::BOTTOM) />
                <line class="split" y1=at(sy) y2=at(sy) x1=at(Frame::LEFT) x2=at(Frame::RIGHT) />
                {corners}
                <text class="axis-title" x=at((Frame::LEFT + Frame::RIGHT) / 2.0) y=at(Frame::BOTTOM + 50.0)
                    text-anchor="middle">{m.cost_axis(cost)}</text>
                <text class="axis-title" text-anchor="middle"
                    transform=format!("translate(18 {}) rotate(-90)", at((Frame::TOP + Frame::BOTTOM) / 2.0))>{y_title}</text>
            </g>
            <g class="matrix-points">{points}</g>
        </svg>
        </div>
    }
}

/// One initiative: a link to its walkthrough, named with all its figures.
#[component]
fn MatrixPoint(point: Point, value: ValueAxis, cost: CostAxis, plan_id: String) -> impl IntoView {
    let href = Route::Initiative {
        plan: plan_id,
        initiative: point.id.clone(),
        step: None,
    }
    .href();
    let label = labels::point(&point, value, cost);
    let (cx, cy) = (at(point.x), at(point.y));
    // The number sits beside the bubble (up and right), where it does not hide the centre. It
    // is outside the link and hidden from assistive technology: it only ties the bubble to its
    // table row for the eye, and the link's name already says everything.
    let (nx, ny) = (
        at(point.x + point.r * 0.7 + 3.0),
        at(point.y - point.r * 0.7 - 3.0),
    );
    // The link is the only child of its own <g>: only a single child inherits the SVG
    // namespace in the view macro, and an HTML <a> inside an SVG is never drawn.
    view! {
        <g>
            <g>
                <a class="matrix-point" href=href tabindex="0" aria-label=label>
                    <circle class="focus-ring" cx=cx.clone() cy=cy.clone() r=at(point.r + 5.0) />
                    <circle class="bubble" class:blocked=point.blocked cx=cx cy=cy r=at(point.r) />
                </a>
            </g>
            <text class="point-number" x=nx y=ny aria-hidden="true">{point.number.to_string()}</text>
        </g>
    }
}
