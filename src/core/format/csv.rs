//! CSV the way Excel opens it in the export's language. Swedish: UTF-8 with BOM, semicolons,
//! decimal comma, CRLF, as Swedish Excel expects. English: the same but with commas between
//! fields and a decimal point (RFC 4180 style, what English-locale Excel expects); the BOM is
//! kept so that Excel reads the text as UTF-8 (å, ä, ö in names).
//!
//! Numbers are written without thousands separators ("693344,94") so that Excel reads them as
//! numbers. Text that a spreadsheet would take for a formula gets a leading apostrophe: plans
//! arrive from other organisations, and a title such as `=HYPERLINK(…)` must stay text.

use super::sheets::{Cell, Sheet};
use crate::core::calc::numfmt::Language;

const BOM: char = '\u{feff}';
const LINE_END: &str = "\r\n";

/// The Swedish CSV.
pub fn to_csv(sheet: &Sheet) -> String {
    to_csv_in(Language::Swedish, sheet)
}

/// The CSV for `lang`'s Excel: separator and decimal mark follow the language.
pub fn to_csv_in(lang: Language, sheet: &Sheet) -> String {
    let mut out = String::new();
    out.push(BOM);
    let header: Vec<Cell> = sheet.columns.iter().map(Cell::text).collect();
    write_row(lang, &mut out, &header);
    for row in &sheet.rows {
        write_row(lang, &mut out, row);
    }
    out
}

fn separator(lang: Language) -> char {
    match lang {
        Language::Swedish => ';',
        Language::English => ',',
    }
}

fn write_row(lang: Language, out: &mut String, cells: &[Cell]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(separator(lang));
        }
        match cell {
            Cell::Empty => {}
            Cell::Number(n) => out.push_str(&number_in(lang, *n)),
            Cell::Text(text) => write_text(lang, out, text),
        }
    }
    out.push_str(LINE_END);
}

/// Text with formula injection defused and quoted when it holds a separator, quote or line end.
fn write_text(lang: Language, out: &mut String, text: &str) {
    let defuse = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = text.contains([separator(lang), '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if defuse {
        out.push('\'');
    }
    if quote {
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// The shortest decimal that reads back as the same `f64`, with a decimal comma and never in
/// exponent form: "693344,94", "-1,5", "12", "0,0000001". Non-finite values are left blank.
///
/// The digits come from serde_json's float writer, which the app already carries for the plan
/// format, rather than from `core::fmt`, which would add float formatting to the bundle.
pub fn number(value: f64) -> String {
    number_in(Language::Swedish, value)
}

/// [`number`] with `lang`'s decimal mark: "693344,94" or "693344.94".
pub fn number_in(lang: Language, value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = serde_json::to_string(&value).unwrap_or_default();
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_part}{frac_part}");
    // Where the decimal point falls within `digits`, after applying the exponent.
    let point = int_part.len() as i64 + i64::from(exponent);
    let (int_digits, frac_digits) = if point <= 0 {
        let zeros = "0".repeat(point.unsigned_abs() as usize);
        ("0".to_string(), format!("{zeros}{digits}"))
    } else if point as usize >= digits.len() {
        let zeros = "0".repeat(point as usize - digits.len());
        (format!("{digits}{zeros}"), String::new())
    } else {
        let (i, f) = digits.split_at(point as usize);
        (i.to_string(), f.to_string())
    };
    let int_digits = int_digits.trim_start_matches('0');
    let int_digits = if int_digits.is_empty() {
        "0"
    } else {
        int_digits
    };
    let frac_digits = frac_digits.trim_end_matches('0');
    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if negative && (int_digits != "0" || !frac_digits.is_empty()) {
        out.push('-');
    }
    out.push_str(int_digits);
    if !frac_digits.is_empty() {
        out.push(lang.decimal_mark());
        out.push_str(frac_digits);
    }
    out
}
