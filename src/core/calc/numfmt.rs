//! Number format of the UI's two languages. Swedish: no-break space between thousands, decimal
//! comma ("1 234 567 kr", "3,5 %"); English: comma between thousands, decimal point
//! ("1,234,567 kr", "3.5%"). Kept in the core so that every view, export and test formats
//! figures the same way. The plain functions (`number`, `kronor`…) are Swedish; the `_in`
//! twins take the [`Language`], which the UI passes in (the core never asks the browser).

/// The languages the UI is written in. Swedish first: the users are Swedish public bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    Swedish,
    English,
}

impl Language {
    /// The BCP 47 code, for `lang` attributes and the stored choice.
    pub fn code(self) -> &'static str {
        match self {
            Language::Swedish => "sv",
            Language::English => "en",
        }
    }

    /// Reads a stored code or a browser language tag ("en-GB" → English). Anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("sv") {
            Some(Language::Swedish)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Language::English)
        } else {
            None
        }
    }

    /// The first visit's language from the browser's preference list: the first Swedish or
    /// English tag decides; with neither, Swedish.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(Language::from_tag)
            .unwrap_or_default()
    }

    fn thousands(self) -> char {
        match self {
            Language::Swedish => THOUSANDS,
            Language::English => ',',
        }
    }

    /// The decimal separator: ',' in Swedish, '.' in English.
    pub fn decimal_mark(self) -> char {
        match self {
            Language::Swedish => ',',
            Language::English => '.',
        }
    }
}

/// The separator between thousands: a no-break space, so that a figure never wraps mid-number.
pub const THOUSANDS: char = '\u{a0}';

/// Largest magnitude shown; beyond it a figure is surely a typing mistake, and staying inside
/// `u64` keeps float formatting (≈ 11 KB of wasm) out of the bundle.
const MAX_SHOWN: f64 = 1.0e15;

/// Formats `value` with `decimals` (at most 6) decimals, Swedish style. Non-finite or absurdly
/// large values show as "–".
pub fn number(value: f64, decimals: usize) -> String {
    number_in(Language::Swedish, value, decimals)
}

/// [`number`] in `lang`'s format: "1 234,5" or "1,234.5".
pub fn number_in(lang: Language, value: f64, decimals: usize) -> String {
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
            out.push(lang.thousands());
        }
        out.push(ch);
    }
    if decimals > 0 {
        out.push(lang.decimal_mark());
        let digits = frac_part.to_string();
        out.extend(std::iter::repeat_n('0', decimals - digits.len()));
        out.push_str(&digits);
    }
    out
}

/// Kronor, rounded to whole kronor: "1 234 567 kr".
pub fn kronor(value: f64) -> String {
    kronor_in(Language::Swedish, value)
}

/// [`kronor`] in `lang`'s format: "1 234 567 kr" or "1,234,567 kr" (the unit stays "kr", as
/// in Swedish documents written in English).
pub fn kronor_in(lang: Language, value: f64) -> String {
    format!("{}{}kr", number_in(lang, value, 0), THOUSANDS)
}

/// A percentage with up to `decimals` decimals, trailing zeros dropped: "3 %", "3,5 %".
pub fn percent(value: f64, decimals: usize) -> String {
    percent_in(Language::Swedish, value, decimals)
}

/// [`percent`] in `lang`'s format: "3,5 %" or "3.5%" (English writes no space before "%").
pub fn percent_in(lang: Language, value: f64, decimals: usize) -> String {
    let text = decimal_in(lang, value, decimals);
    match lang {
        Language::Swedish => format!("{text}{THOUSANDS}%"),
        Language::English => format!("{text}%"),
    }
}

/// A plain decimal with trailing zeros dropped: "1,54", "142".
pub fn decimal(value: f64, max_decimals: usize) -> String {
    decimal_in(Language::Swedish, value, max_decimals)
}

/// [`decimal`] in `lang`'s format: "1,54" or "1.54".
pub fn decimal_in(lang: Language, value: f64, max_decimals: usize) -> String {
    let mut text = number_in(lang, value, max_decimals);
    let mark = lang.decimal_mark();
    if max_decimals > 0 && text.contains(mark) {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with(mark) {
            text.pop();
        }
    }
    text
}

/// A figure as a form field shows it for editing: [`decimal_in`], without thousands separators
/// when `ungrouped` (years and similar codes: "2025", not "2 025").
pub fn field_in(lang: Language, value: f64, max_decimals: usize, ungrouped: bool) -> String {
    let text = decimal_in(lang, value, max_decimals);
    if ungrouped {
        text.replace(lang.thousands(), "")
    } else {
        text
    }
}
