//! The plan's tables in a neutral form, so CSV and Excel are written from the same rows; and
//! the names and layout of exported files.
//!
//! The builders take every header and name from the caller: the core holds no Swedish, and the
//! file a person opens says exactly what the screen says.

mod followup;
mod handlingsplan;
mod lens_column;
mod naming;
mod ranked;
mod workbook;

use serde::{Deserialize, Serialize};

pub use followup::{follow_up_sheet, FollowUpLabels};
pub use handlingsplan::{handlingsplan_sheet, HandlingsplanLabels};
pub use lens_column::add_lens_column;
pub use naming::{file_name, slug};
pub use ranked::{ranked_sheet, RankedLabels};
pub use workbook::{sheet_name, workbook, workbook_from_json, WorkbookError};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    /// A figure as calculated; a non-finite value (a corrupt input) is left blank rather than
    /// written as text a spreadsheet would not read as a number.
    pub fn number(value: f64) -> Self {
        if value.is_finite() {
            Cell::Number(value)
        } else {
            Cell::Empty
        }
    }

    /// A calculated amount (kronor or hours), rounded to two decimals: the calculation carries
    /// floating-point noise ("693344.9400000001") that a reader of the file should not see.
    pub fn amount(value: f64) -> Self {
        let rounded = (value * 100.0).round() / 100.0;
        if rounded.is_finite() {
            Cell::number(rounded)
        } else {
            Cell::number(value)
        }
    }

    pub fn text(value: impl Into<String>) -> Self {
        Cell::Text(value.into())
    }

    /// Text, or an empty cell when it is blank, so a spreadsheet's "blank" filter finds it.
    pub fn text_or_empty(value: &str) -> Self {
        let value = value.trim();
        if value.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(value.to_string())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Sheet {
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Adds `year` to the ascending list `years` unless it is there. (A `BTreeSet` would do, but
/// would add its own code to the bundle for this one use.)
fn add_year(years: &mut Vec<i32>, year: i32) {
    if let Err(at) = years.binary_search(&year) {
        years.insert(at, year);
    }
}

/// `title` trimmed, or `placeholder` when it is blank, so no row is left without a name.
fn shown(title: &str, placeholder: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        placeholder.to_string()
    } else {
        title.to_string()
    }
}
