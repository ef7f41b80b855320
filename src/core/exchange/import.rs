//! The import pipeline: size, text, shape, types, then meaning; nothing is stored by this module.

use super::problem::Problem;
use crate::core::Plan;

/// Files above this are refused before they are read (stated in the UI).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// A file that passed every check, with what the user should still be told.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub plan: Plan,
    /// The format version the file was written in (older ones were migrated).
    pub source_version: u32,
    pub app_version: String,
    pub exported: Option<String>,
    /// Reported but not fatal: fields this version does not know, which are not kept.
    pub warnings: Vec<Problem>,
}

/// Refuses a file by its size alone, before reading it.
pub fn check_size(bytes: u64) -> Result<(), Problem> {
    let _ = bytes;
    Ok(())
}

/// Checks a whole file; on any error returns every problem found (in file order, capped).
pub fn import_text(text: &str) -> Result<Imported, Vec<Problem>> {
    let _ = text;
    Err(Vec::new())
}

/// Like [`import_text`] for raw bytes: refuses non-UTF-8, skips a byte-order mark.
pub fn import_bytes(bytes: &[u8]) -> Result<Imported, Vec<Problem>> {
    let _ = bytes;
    Err(Vec::new())
}
