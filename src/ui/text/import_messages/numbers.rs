//! Figures in import messages as each language writes them.

use crate::core::calc::numfmt::{decimal_in, number_in, Language};

/// A figure in `lang`'s format; four-digit whole numbers (years) without a thousands separator.
pub fn figure(lang: Language, value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 10_000.0 {
        let digits = (value.abs() as u64).to_string();
        return if value < 0.0 {
            format!("\u{2212}{digits}")
        } else {
            digits
        };
    }
    decimal_in(lang, value, 6)
}

/// A file size in megabytes, in `lang`'s format.
pub fn megabytes(lang: Language, bytes: u64) -> String {
    // Rounded up, so that a file just over the limit never reads as exactly the limit.
    let mb = (bytes as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0;
    let decimals = if mb.fract() == 0.0 { 0 } else { 1 };
    format!("{}\u{a0}MB", number_in(lang, mb, decimals))
}
