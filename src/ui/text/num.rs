//! Figures in the current language's format: the views' way to call `core::calc::numfmt`, which
//! takes the language as a value. Text tables call the core with their own language instead.

use super::language;
use crate::core::calc::numfmt;

/// See [`numfmt::number_in`].
pub fn number(value: f64, decimals: usize) -> String {
    numfmt::number_in(language(), value, decimals)
}

/// See [`numfmt::kronor_in`].
pub fn kronor(value: f64) -> String {
    numfmt::kronor_in(language(), value)
}

/// See [`numfmt::percent_in`].
pub fn percent(value: f64, decimals: usize) -> String {
    numfmt::percent_in(language(), value, decimals)
}

/// See [`numfmt::decimal_in`].
pub fn decimal(value: f64, max_decimals: usize) -> String {
    numfmt::decimal_in(language(), value, max_decimals)
}
