//! What every plan file starts with: the format identifier and version. Checked here once for
//! every reader (stored plans, migration, import), so the rules cannot drift apart.

use super::error::FormatError;

/// Identifies a Beredning plan file among other JSON files.
pub const FORMAT_ID: &str = "beredning-plan";
/// The version this build writes. Bump it, and add a step to `migrations::MIGRATIONS`, on any
/// change that an older reader would misread (ARCHITECTURE.md, invariant 9).
///
/// 2: criteria have an optional role (the matrix's effort axis follows it, not the name).
/// 3: strategies and their areas are data the plan carries, with a mapping table and a lens;
/// initiatives link to areas by id; an effektmål may sit under an area; initiatives have a start
/// year; running costs have a first and last year.
/// 4: a plan carries its fastställda versions, each a whole plan as decided.
pub const FORMAT_VERSION: u32 = 4;
/// The app version written into every file, for support questions.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How a file's version number stands against a reader of versions 1 to `current`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// A version the reader can read (older ones are migrated first).
    Known(u32),
    /// Version 0, which never existed.
    Unknown,
    /// Newer than the reader; the app must be updated to read it.
    TooNew,
}

/// The one rule for version numbers, used by the stored plans' reader, the migration and the
/// import (which words its problems with their places).
pub fn version(number: u64, current: u64) -> Version {
    match u32::try_from(number) {
        Ok(0) => Version::Unknown,
        Ok(v) if u64::from(v) <= current => Version::Known(v),
        _ => Version::TooNew,
    }
}

/// Checks a file's identifier and version against a reader that knows versions 1 to `current`,
/// and gives the version. A version that does not fit in `u32` is newer than any reader.
pub fn check(format: Option<&str>, number: Option<u64>, current: u32) -> Result<u32, FormatError> {
    let format = format.unwrap_or_default();
    if format != FORMAT_ID {
        return Err(FormatError::WrongFormat(format.to_string()));
    }
    let number = number.ok_or(FormatError::MissingVersion)?;
    match version(number, u64::from(current)) {
        Version::Known(v) => Ok(v),
        Version::Unknown => Err(FormatError::UnknownVersion(0)),
        Version::TooNew => Err(FormatError::TooNew(
            u32::try_from(number).unwrap_or(u32::MAX),
        )),
    }
}
