//! Swedish number format: space as thousands separator, decimal comma ("1 234 567 kr", "3,5 %").
//! Kept in the core so that every view, export and test formats figures the same way.

/// The separator between thousands: a no-break space, so that a figure never wraps mid-number.
pub const THOUSANDS: char = '\u{a0}';

/// Largest magnitude shown; beyond it a figure is surely a typing mistake, and staying inside
/// `u64` keeps float formatting (≈ 11 KB of wasm) out of the bundle.
const MAX_SHOWN: f64 = 1.0e15;

/// Formats `value` with `decimals` (at most 6) decimals, Swedish style. Non-finite or absurdly
/// large values show as "–".
pub fn number(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    if !value.is_finite() || value.abs() >= MAX_SHOWN {
        return "–".to_string();
    }
    let scale = 10u64.pow(decimals as u32);
    // Round half away from zero on the scaled magnitude, as people round by hand.
    let scaled = (value.abs() * scale as f64 + 0.5).floor() as u64;
    let int_part = (scaled / scale).to_string();
    let frac_part = scaled % scale;
    let mut out = String::with_capacity(int_part.len() + int_part.len() / 3 + decimals + 2);
    if value < 0.0 && scaled > 0 {
        out.push('\u{2212}');
    }
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i).is_multiple_of(3) {
            out.push(THOUSANDS);
        }
        out.push(ch);
    }
    if decimals > 0 {
        out.push(',');
        let digits = frac_part.to_string();
        out.extend(std::iter::repeat_n('0', decimals - digits.len()));
        out.push_str(&digits);
    }
    out
}

/// Kronor, rounded to whole kronor: "1 234 567 kr".
pub fn kronor(value: f64) -> String {
    format!("{}{}kr", number(value, 0), THOUSANDS)
}

/// A percentage with up to `decimals` decimals, trailing zeros dropped: "3 %", "3,5 %".
pub fn percent(value: f64, decimals: usize) -> String {
    let mut text = number(value, decimals);
    if text.contains(',') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with(',') {
            text.pop();
        }
    }
    format!("{text}{THOUSANDS}%")
}

/// A plain decimal with trailing zeros dropped: "1,54", "142".
pub fn decimal(value: f64, max_decimals: usize) -> String {
    let mut text = number(value, max_decimals);
    if text.contains(',') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with(',') {
            text.pop();
        }
    }
    text
}
