//! The matrix chart's arithmetic on plain numbers: axes with round ticks, the median split into
//! quadrants, bubble radii and the drawing frame. Kept out of the view so that it can be tested
//! natively and so the view only places what is computed here.

/// The SVG's coordinate system (a viewBox; the chart scales with its container).
pub const WIDTH: f64 = 720.0;
pub const HEIGHT: f64 = 470.0;
/// The plot area: room on the left for kronor ticks and below for the x-axis title.
const LEFT: f64 = 110.0;
const RIGHT: f64 = 700.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 400.0;
/// Points are placed this far inside the frame, so a bubble on the edge of the data range is
/// not cut by the axis lines.
const INSET: f64 = 30.0;

/// The smallest bubble: a point without freed time must still be seen and hit.
pub const R_MIN: f64 = 7.0;
/// The bubble of the initiative freeing the most hours.
pub const R_MAX: f64 = 30.0;

/// The plot area's edges, for the frame and the quadrant backgrounds.
pub struct Frame;

impl Frame {
    pub const LEFT: f64 = LEFT;
    pub const RIGHT: f64 = RIGHT;
    pub const TOP: f64 = TOP;
    pub const BOTTOM: f64 = BOTTOM;

    /// Horizontal position of `v` on `axis` (low at the left).
    pub fn x(axis: &Axis, v: f64) -> f64 {
        axis.place(v, LEFT + INSET, RIGHT - INSET)
    }

    /// Vertical position of `v` on `axis` (low at the bottom, as on paper).
    pub fn y(axis: &Axis, v: f64) -> f64 {
        axis.place(v, BOTTOM - INSET, TOP + INSET)
    }
}

/// A linear axis from `min` to `max` with round tick values inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<f64>,
}

impl Axis {
    /// A scale with known bounds, such as the weighted score (0–100) or effort (1–5): the same
    /// position always means the same figure, whatever the plan holds.
    pub fn fixed(min: f64, max: f64, step: f64) -> Self {
        Self {
            min,
            max,
            ticks: ticks(min, max, step),
        }
    }

    /// A scale fitted to kronor figures: always including 0, so that sizes read honestly, and
    /// widened to round numbers. `min_span` keeps an all-zero axis from having ticks of 0,2 kr.
    pub fn fitted(values: &[f64], min_span: f64) -> Self {
        let finite = values.iter().copied().filter(|v| v.is_finite());
        let (lo, hi) = finite.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let hi = if hi - lo < min_span {
            lo + min_span
        } else {
            hi
        };
        let step = nice_step(hi - lo, 5);
        let (min, max) = ((lo / step).floor() * step, (hi / step).ceil() * step);
        Self {
            min,
            max,
            ticks: ticks(min, max, step),
        }
    }

    /// Linear position between `from` (at `min`) and `to` (at `max`), clamped to the axis; a
    /// figure that cannot be placed sits at the start rather than outside the chart.
    pub fn place(&self, v: f64, from: f64, to: f64) -> f64 {
        let span = self.max - self.min;
        if !v.is_finite() || span <= 0.0 || !span.is_finite() {
            return from;
        }
        let share = ((v - self.min) / span).clamp(0.0, 1.0);
        from + share * (to - from)
    }
}

/// 1, 2 or 5 times a power of ten, giving about `target` steps over `span`.
fn nice_step(span: f64, target: usize) -> f64 {
    if !(span.is_finite() && span > 0.0) {
        return 1.0;
    }
    let raw = span / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let normal = raw / magnitude;
    let factor = if normal <= 1.0 {
        1.0
    } else if normal <= 2.0 {
        2.0
    } else if normal <= 5.0 {
        5.0
    } else {
        10.0
    };
    factor * magnitude
}

/// Multiples of `step` from `min` to `max`; at most 21, so a bad step cannot flood the chart.
fn ticks(min: f64, max: f64, step: f64) -> Vec<f64> {
    if !(step > 0.0 && min.is_finite() && max.is_finite()) {
        return Vec::new();
    }
    let first = (min / step).ceil() as i64;
    (0..=20)
        .map(|k| (first + k) as f64 * step)
        // A little slack, so the last tick survives floating-point rounding.
        .take_while(|v| *v <= max + step * 1e-9)
        // Folds −0 into 0, which would otherwise print as "−0".
        .map(|v| v + 0.0)
        .collect()
}

/// The middle value (mean of the two middle ones for an even count); None without values.
/// Non-finite figures are ignored.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len().is_multiple_of(2) {
        (v[mid - 1] + v[mid]) / 2.0
    } else {
        v[mid]
    })
}

/// The four quadrants, named as strategists name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High value, low cost: snabba vinster.
    QuickWin,
    /// High value, high cost: större satsningar.
    BigBet,
    /// Low value, low cost: utfyllnad.
    Filler,
    /// Low value, high cost: ifrågasätt.
    Question,
}

impl Quadrant {
    /// Reading order of the chart: top left, top right, bottom left, bottom right.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWin,
        Quadrant::BigBet,
        Quadrant::Filler,
        Quadrant::Question,
    ];
}

/// Which quadrant a point falls in. A figure exactly on the split counts as low on both axes,
/// so the rule is the same for value and cost and a single median point is never flattered.
pub fn quadrant(value: f64, cost: f64, value_split: f64, cost_split: f64) -> Quadrant {
    match (value > value_split, cost > cost_split) {
        (true, false) => Quadrant::QuickWin,
        (true, true) => Quadrant::BigBet,
        (false, false) => Quadrant::Filler,
        (false, true) => Quadrant::Question,
    }
}

/// Bubble radius with area proportional to hours (the eye compares areas, not radii), never
/// below [`R_MIN`]. Negative or non-finite hours count as none.
pub fn radius(hours: f64, max_hours: f64) -> f64 {
    if !(hours.is_finite() && hours > 0.0 && max_hours.is_finite() && max_hours > 0.0) {
        return R_MIN;
    }
    (R_MAX * (hours / max_hours).min(1.0).sqrt()).max(R_MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_axis_has_round_ticks() {
        let a = Axis::fixed(0.0, 100.0, 20.0);
        assert_eq!(a.ticks, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(a.place(50.0, 0.0, 10.0), 5.0);
        assert_eq!(a.place(150.0, 0.0, 10.0), 10.0);
        assert_eq!(a.place(f64::NAN, 3.0, 10.0), 3.0);
    }

    #[test]
    fn fitted_axis_includes_zero_and_rounds_out() {
        let a = Axis::fitted(&[300_000.0, 2_250_000.0, 450_000.0, 3_750_000.0], 1000.0);
        assert_eq!((a.min, a.max), (0.0, 4_000_000.0));
        assert_eq!(a.ticks.first(), Some(&0.0));
        assert_eq!(a.ticks.last(), Some(&4_000_000.0));
        let n = Axis::fitted(&[-250_000.0, 690_000.0], 1000.0);
        assert!(n.min <= -250_000.0 && n.max >= 690_000.0);
        assert!(n.ticks.contains(&0.0));
        let z = Axis::fitted(&[0.0, 0.0, f64::NAN], 100_000.0);
        assert_eq!((z.min, z.max), (0.0, 100_000.0));
        assert!(z.ticks.len() >= 2 && z.ticks.len() <= 21);
    }

    #[test]
    fn median_of_odd_even_and_empty() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[71.25, 67.5, 63.75, 53.75]), Some(65.625));
        assert_eq!(median(&[f64::NAN]), None);
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn quadrants_with_ties_counting_as_low() {
        assert_eq!(
            quadrant(71.25, 300_000.0, 65.625, 1_350_000.0),
            Quadrant::QuickWin
        );
        assert_eq!(
            quadrant(67.5, 2_250_000.0, 65.625, 1_350_000.0),
            Quadrant::BigBet
        );
        assert_eq!(
            quadrant(63.75, 450_000.0, 65.625, 1_350_000.0),
            Quadrant::Filler
        );
        assert_eq!(
            quadrant(53.75, 3_750_000.0, 65.625, 1_350_000.0),
            Quadrant::Question
        );
        assert_eq!(quadrant(2.0, 2.0, 2.0, 2.0), Quadrant::Filler);
    }

    #[test]
    fn bubble_area_is_proportional_to_hours() {
        assert_eq!(radius(2000.0, 2000.0), R_MAX);
        let quarter = radius(500.0, 2000.0);
        assert!((quarter - R_MAX / 2.0).abs() < 1e-9);
        assert_eq!(radius(0.0, 2000.0), R_MIN);
        assert_eq!(radius(1.0, 1e9), R_MIN);
        assert_eq!(radius(f64::INFINITY, 10.0), R_MIN);
        assert_eq!(radius(5.0, 0.0), R_MIN);
    }

    #[test]
    fn frame_puts_high_values_at_the_top() {
        let a = Axis::fixed(0.0, 100.0, 20.0);
        assert!(Frame::y(&a, 100.0) < Frame::y(&a, 0.0));
        assert!(Frame::x(&a, 100.0) > Frame::x(&a, 0.0));
    }
}
