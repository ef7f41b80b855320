//! Reading numbers as Swedish users type them: "1 234 567,5 kr", "3,5 %", "−200".
//!
//! Users copy figures from Excel, Word and web pages, so thousands separators can be ordinary,
//! no-break or narrow no-break spaces, and the minus sign can be the typographic U+2212 that
//! [`crate::core::calc::numfmt`] itself writes. Anything ambiguous is refused rather than guessed,
//! because a silently misread figure ends up in a decision basis.

use std::borrow::Cow;

use super::numfmt::Language;

/// Rewrites English digit grouping ("1,234,567.5") into the grouping [`parse_number`] reads
/// ("1 234 567.5"), so every parse function accepts what an English-speaking user types.
///
/// In English a comma followed by exactly three digits (and then no further digit) groups
/// thousands: "1,234" is 1234. Any other comma is left alone and read as a decimal comma, so a
/// Swedish "1 234,5" or "2,5" typed in the English UI still means what it says; the only
/// figure read differently in the two languages is the ambiguous "1,234". In Swedish the text
/// is returned unchanged.
pub fn normalise_in(lang: Language, text: &str) -> Cow<'_, str> {
    if lang != Language::English || !text.contains(',') {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let groups_thousands = |at: usize| {
        let digits = chars[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let before = at > 0 && chars[at - 1].is_ascii_digit();
        let after_point = chars[..at].contains(&'.');
        before && digits == 3 && !after_point
    };
    let all_group = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == ',')
        .all(|(i, _)| groups_thousands(i));
    if all_group {
        Cow::Owned(text.replace(',', " "))
    } else {
        Cow::Borrowed(text)
    }
}

/// Why a typed figure was refused. The UI maps each case to its own text.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum NumberError {
    #[error("no number was given")]
    Empty,
    #[error("not a number")]
    NotANumber,
    #[error("the number is negative")]
    Negative,
    #[error("the number must be between {min} and {max}")]
    OutOfRange { min: f64, max: f64 },
    #[error("the number must be whole")]
    NotWhole,
}

/// Units a user may leave after the figure; they carry no meaning for the value itself.
const UNITS: [&str; 4] = ["kr", "%", "h", "st"];

/// Characters accepted between digit groups: space, no-break space, narrow no-break space.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Removes one trailing unit, compared without regard to case, so "500 H" reads like "500 h".
fn strip_unit(text: &str) -> &str {
    for unit in UNITS {
        if text.len() >= unit.len() {
            let cut = text.len() - unit.len();
            if text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(unit) {
                return text[..cut].trim_end();
            }
        }
    }
    text
}

/// Checks the grouping of the integer part: without separators any number of digits; with
/// separators a first group of 1–3 digits followed by groups of exactly 3, so that "12 34" (a
/// likely typo) is refused. Returns the digits without separators.
fn integer_digits(int_part: &str) -> Option<String> {
    let groups: Vec<&str> = int_part.split(is_group_separator).collect();
    let all_digits = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    if !all_digits {
        return None;
    }
    if groups.len() > 1 {
        let first_ok = groups.first().is_some_and(|g| g.len() <= 3);
        let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
        if !(first_ok && rest_ok) {
            return None;
        }
    }
    Some(groups.concat())
}

/// Parses a figure in Swedish or English decimal notation.
///
/// Exponents, "inf" and "NaN" are refused because no form in the product asks for them and they
/// are far more likely typos than intent. A leading decimal separator (",5") is accepted, a
/// trailing one ("5,") is not, so a half-typed figure is flagged rather than rounded. Negative
/// zero is returned as zero so that it never formats as "−0".
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let body = strip_unit(text);
    let (negative, body) = if let Some(rest) = body.strip_prefix(['-', '\u{2212}']) {
        (true, rest)
    } else {
        (false, body)
    };
    let separators = body.chars().filter(|c| matches!(c, ',' | '.')).count();
    if separators > 1 {
        return Err(NumberError::NotANumber);
    }
    let (int_part, frac_part) = match body.split_once([',', '.']) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let int_digits = if int_part.is_empty() && frac_part.is_some() {
        String::new()
    } else {
        integer_digits(int_part).ok_or(NumberError::NotANumber)?
    };
    let mut plain = if int_digits.is_empty() {
        "0".to_string()
    } else {
        int_digits
    };
    if let Some(frac) = frac_part {
        if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::NotANumber);
        }
        plain.push('.');
        plain.push_str(frac);
    }
    let value: f64 = plain.parse().map_err(|_| NumberError::NotANumber)?;
    if !value.is_finite() {
        return Err(NumberError::NotANumber);
    }
    if negative && value != 0.0 {
        Ok(-value)
    } else {
        Ok(value)
    }
}

/// For amounts, hours and counts, where a negative figure is always a mistake.
pub fn parse_non_negative(text: &str) -> Result<f64, NumberError> {
    let value = parse_number(text)?;
    if value < 0.0 {
        Err(NumberError::Negative)
    } else {
        Ok(value)
    }
}

/// For bounded fields. Values below the range give `OutOfRange`, not `Negative`, so the user is
/// told the whole allowed range at once. NaN bounds make every value out of range.
pub fn parse_in_range(text: &str, min: f64, max: f64) -> Result<f64, NumberError> {
    let value = parse_number(text)?;
    if value >= min && value <= max {
        Ok(value)
    } else {
        Err(NumberError::OutOfRange { min, max })
    }
}

/// For shares such as the realised share of freed time, which cannot exceed the whole.
pub fn parse_percent(text: &str) -> Result<f64, NumberError> {
    parse_in_range(text, 0.0, 100.0)
}

/// For whole-number fields such as a year index. A fraction is reported before the range, since
/// "2,5" is wrong whatever the range.
pub fn parse_whole(text: &str, min: u32, max: u32) -> Result<u32, NumberError> {
    let value = parse_number(text)?;
    if value.fract() != 0.0 {
        return Err(NumberError::NotWhole);
    }
    let range = NumberError::OutOfRange {
        min: f64::from(min),
        max: f64::from(max),
    };
    if value < f64::from(min) || value > f64::from(max) {
        return Err(range);
    }
    // In range of two u32 bounds and whole, so the conversion is exact.
    Ok(value as u32)
}

/// A year index for benefits and investments: whole years 0–50 from the calculation's start.
pub fn parse_year_index(text: &str) -> Result<f64, NumberError> {
    parse_whole(text, 0, 50).map(f64::from)
}

/// A calendar year as a figure's year is typed (the year of a population figure): 2000–2100,
/// the range of `plan::parse_year`.
pub fn parse_calendar_year(text: &str) -> Result<f64, NumberError> {
    parse_whole(text, 2000, 2100).map(f64::from)
}

/// For criterion and readiness scores, which are defined only as whole steps 1–5.
pub fn parse_score(text: &str) -> Result<u8, NumberError> {
    let value = parse_whole(text, 1, 5)?;
    u8::try_from(value).map_err(|_| NumberError::OutOfRange { min: 1.0, max: 5.0 })
}
