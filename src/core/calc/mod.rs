//! The calculation core: number input, benefit and cost calculation, risk, scoring, must-pass
//! requirements and ranking. Pure functions of the plan, so every view shows the same figures
//! and every figure can be tested natively.

pub mod base_year;
pub mod calendar;
pub mod cashflow;
pub mod gates;
pub mod numfmt;
pub mod numparse;
pub mod ranking;
pub mod risk;
pub mod score;
pub mod usable;
mod variant;

pub use base_year::{base_year, in_plan, key_figures_in_plan};
pub use cashflow::{
    calendar_year, cash_flow, discount_factor, freed_hours, freed_value, has_any_range,
    hourly_cost, investment_by_calendar_year, investment_by_year, key_figures, CashFlow,
    KeyFigures, Variant, YearCosts, YearRow, MAX_HORIZON_YEARS,
};
pub use gates::{can_prioritise, gate_met, missing_gates, Gate};
pub use numparse::{
    parse_in_range, parse_non_negative, parse_number, parse_percent, parse_score, parse_whole,
    parse_year_index, NumberError,
};
pub use ranking::{rank, rank_of, would_rank, RankEntry};
pub use risk::{highest_risk, risk_score};
pub use score::{weighted_score, ScoreBreakdown, ScorePart};
