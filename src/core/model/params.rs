//! Calculation parameters. Every figure carries its source and year because a plan shared with
//! another municipality must carry its assumptions with it (docs/domain.md, "Calculation conventions").

use serde::{Deserialize, Serialize};

/// A parameter value together with where it comes from, so that nobody has to guess.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Sourced_{T}"))]
pub struct Sourced<T> {
    pub value: T,
    /// Where the figure comes from (källa).
    #[serde(default)]
    pub source: String,
    /// The year the source refers to (årtal).
    #[serde(default)]
    pub year: Option<i32>,
}

impl<T> Sourced<T> {
    pub fn new(value: T, source: &str, year: Option<i32>) -> Self {
        Self {
            value,
            source: source.to_string(),
            year,
        }
    }
}

/// The plan's own calculation parameters; defaults follow Inera's nyttokalkyl guidance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CalcParams {
    /// Mean monthly salary in kronor (medelmånadslön).
    pub monthly_salary: Sourced<f64>,
    /// Multiplier for holiday pay, employer fees, insurance and payroll tax (Inera: 1,54).
    pub uplift: Sourced<f64>,
    /// Working hours in a month (Inera: 142).
    pub hours_per_month: Sourced<f64>,
    /// Discount rate in percent (Inera: 3 %).
    pub discount_rate_percent: Sourced<f64>,
    /// Years after year 0 that the calculation covers.
    pub horizon_years: Sourced<u32>,
    /// The price year all kronor figures are expressed in.
    pub price_year: Sourced<i32>,
}

impl Default for CalcParams {
    fn default() -> Self {
        Self {
            monthly_salary: Sourced::new(
                40_000.0,
                "Antagen medelmånadslön; ersätt med er egen lönestatistik",
                Some(2024),
            ),
            uplift: Sourced::new(
                1.54,
                "Inera, nyttokalkyl: semesterersättning, arbetsgivaravgifter, försäkringar och löneskatt",
                Some(2024),
            ),
            hours_per_month: Sourced::new(142.0, "Inera, nyttokalkyl: arbetstimmar per månad", Some(2024)),
            discount_rate_percent: Sourced::new(3.0, "Inera, nyttokalkyl (med hänvisning till TLV)", Some(2024)),
            horizon_years: Sourced::new(5, "Inera, nyttokalkyl: exemplen använder 5–6 år", Some(2024)),
            price_year: Sourced::new(2024, "Alla belopp i detta års priser", Some(2024)),
        }
    }
}
