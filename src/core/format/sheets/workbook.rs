//! Sheets as one Excel workbook (XLSX): a worksheet per sheet, bold header row that stays in
//! view, numbers stored as numbers, columns wide enough to read.
//!
//! Only the Excel worker (src/bin/xlsx_worker.rs) calls this, so the writer stays out of the main
//! bundle; it lives in the library so that it is tested natively like the rest of the core.

use std::collections::HashSet;

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::{Cell, Sheet};

/// Excel's limits; beyond them a workbook does not open.
const MAX_ROWS: usize = 1_048_576;
const MAX_COLUMNS: usize = 16_384;
const MAX_TEXT_UTF16: usize = 32_767;
const MAX_SHEET_NAME_UTF16: usize = 31;
/// Column widths in characters: narrow columns still show their header, and a long text wraps
/// the reader's eye no further than this.
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WorkbookError {
    #[error("the sheets could not be read: {0}")]
    BadInput(String),
    #[error("sheet {sheet} has {rows} rows and {columns} columns, more than Excel allows")]
    TooLarge {
        sheet: String,
        rows: usize,
        columns: usize,
    },
    #[error("the workbook could not be written: {0}")]
    Writer(String),
}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError::Writer(e.to_string())
    }
}

/// The worker's entry: sheets as JSON in, the file's bytes out. Never panics on any input.
pub fn workbook_from_json(json: &str) -> Result<Vec<u8>, WorkbookError> {
    let sheets: Vec<Sheet> =
        serde_json::from_str(json).map_err(|e| WorkbookError::BadInput(e.to_string()))?;
    workbook(&sheets)
}

pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, WorkbookError> {
    let mut book = Workbook::new();
    let mut used = HashSet::new();
    let header = Format::new().set_bold();
    let integer = Format::new().set_num_format("#,##0");
    let decimals = Format::new().set_num_format("#,##0.00");
    for (index, sheet) in sheets.iter().enumerate() {
        let width = sheet
            .rows
            .iter()
            .map(Vec::len)
            .chain([sheet.columns.len()])
            .max()
            .unwrap_or(0);
        if sheet.rows.len() + 1 > MAX_ROWS || width > MAX_COLUMNS {
            return Err(WorkbookError::TooLarge {
                sheet: sheet.name.clone(),
                rows: sheet.rows.len(),
                columns: width,
            });
        }
        let whole: Vec<bool> = (0..width).map(|col| whole_numbers(sheet, col)).collect();
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(&sheet.name, index + 1, &mut used))?;
        for (col, title) in sheet.columns.iter().enumerate() {
            ws.write_string_with_format(0, col as u16, fit_text(title), &header)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (col, cell) in row.iter().enumerate() {
                let col = col as u16;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(text) => {
                        ws.write_string(r, col, fit_text(text))?;
                    }
                    Cell::Number(n) if n.is_finite() => {
                        let format = if whole.get(usize::from(col)) == Some(&true) {
                            &integer
                        } else {
                            &decimals
                        };
                        ws.write_number_with_format(r, col, *n, format)?;
                    }
                    Cell::Number(_) => {}
                }
            }
        }
        layout(ws, sheet, width)?;
    }
    if sheets.is_empty() {
        book.add_worksheet();
    }
    Ok(book.save_to_buffer()?)
}

/// Widths from the longest text in each column, a header that stays in view when scrolling,
/// and a filter on the header row.
fn layout(ws: &mut Worksheet, sheet: &Sheet, width: usize) -> Result<(), WorkbookError> {
    for col in 0..width {
        let header = sheet.columns.get(col).map_or(0, |c| c.chars().count());
        let longest = sheet
            .rows
            .iter()
            .filter_map(|row| row.get(col))
            .map(|cell| match cell {
                Cell::Empty => 0,
                Cell::Text(t) => t.chars().count(),
                // "−1 234 567,89": digits, a separator per three, sign and decimals.
                Cell::Number(n) => {
                    let digits = n.abs().max(1.0).log10() as usize + 1;
                    digits + digits / 3 + 4
                }
            })
            .max()
            .unwrap_or(0);
        let chars = header.max(longest).clamp(MIN_WIDTH, MAX_WIDTH);
        ws.set_column_width(col as u16, chars as f64 + 2.0)?;
    }
    if width > 0 {
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, sheet.rows.len() as u32, width as u16 - 1)?;
    }
    Ok(())
}

/// Whether every number in the column is whole, so ranks and hours show without decimals while
/// amounts and scores show two.
fn whole_numbers(sheet: &Sheet, col: usize) -> bool {
    sheet.rows.iter().all(|row| match row.get(col) {
        Some(Cell::Number(n)) => n.fract() == 0.0,
        _ => true,
    })
}

/// A text within Excel's cell limit, cut at a character boundary.
fn fit_text(text: &str) -> &str {
    let mut units = 0;
    for (at, ch) in text.char_indices() {
        units += ch.len_utf16();
        if units > MAX_TEXT_UTF16 {
            return &text[..at];
        }
    }
    text
}

/// A worksheet name Excel accepts, made from `name`: the characters `[]:*?/\` and control
/// characters replaced, at most 31 UTF-16 units, no apostrophe at either end, and unique
/// (ignoring case) among the names in `used`, to which it is added. A blank name becomes
/// "Sheet<n>" with `n` the sheet's place, as Excel names new sheets.
pub fn sheet_name(name: &str, n: usize, used: &mut HashSet<String>) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim().to_string();
    let base = if cleaned.is_empty() {
        format!("Sheet{n}")
    } else {
        cleaned
    };
    let mut suffix = 1;
    loop {
        let tail = if suffix == 1 {
            String::new()
        } else {
            format!(" ({suffix})")
        };
        let candidate = format!(
            "{}{tail}",
            cut_utf16(&base, MAX_SHEET_NAME_UTF16 - tail.len())
        );
        let candidate = candidate.trim_end_matches('\'').to_string();
        if used.insert(candidate.to_lowercase()) {
            return candidate;
        }
        suffix += 1;
    }
}

fn cut_utf16(text: &str, max: usize) -> &str {
    let mut units = 0;
    for (at, ch) in text.char_indices() {
        units += ch.len_utf16();
        if units > max {
            return text[..at].trim_end();
        }
    }
    text
}
