//! Figures in import messages as Swedes write them.

use crate::core::calc::numfmt::number;

/// A figure as Swedes write it; four-digit whole numbers (years) without a space.
pub fn figure(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 10_000.0 {
        let digits = (value.abs() as u64).to_string();
        return if value < 0.0 {
            format!("\u{2212}{digits}")
        } else {
            digits
        };
    }
    let text = number(value, 6);
    if text.contains(',') {
        text.trim_end_matches('0').trim_end_matches(',').to_string()
    } else {
        text
    }
}

pub fn megabytes(bytes: u64) -> String {
    // Rounded up, so that a file just over the limit never reads as exactly the limit.
    let mb = (bytes as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0;
    let decimals = if mb.fract() == 0.0 { 0 } else { 1 };
    format!("{}\u{a0}MB", number(mb, decimals))
}
