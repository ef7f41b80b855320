//! Swedish number format: space as thousands separator, decimal comma ("1 234 567 kr", "3,5 %").
//! Kept in the core so that every view, export and test formats figures the same way.

/// The separator between thousands: a no-break space, so that a figure never wraps mid-number.
pub const THOUSANDS: char = '\u{a0}';

/// Formats `value` with `decimals` decimals, Swedish style. Non-finite values show as "–".
pub fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(THOUSANDS);
        }
        grouped.push(ch);
    }
    let negative = value < 0.0
        && (grouped.chars().any(|c| c.is_ascii_digit() && c != '0')
            || frac_part
                .as_deref()
                .is_some_and(|f| f.chars().any(|c| c != '0')));
    let mut out = String::new();
    if negative {
        out.push('\u{2212}');
    }
    out.push_str(&grouped);
    if let Some(frac) = frac_part {
        out.push(',');
        out.push_str(&frac);
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
