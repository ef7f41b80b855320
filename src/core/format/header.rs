//! What every plan file starts with: the format identifier and version. Checked here once for
//! every reader (stored plans, migration, import), so the rules cannot drift apart.

use super::error::FormatError;

/// Identifies a Beredning plan file among other JSON files.
pub const FORMAT_ID: &str = "beredning-plan";
/// The version this build writes. Bump it, and add a step to `migrations::MIGRATIONS`, on any
/// change that an older reader would misread (ARCHITECTURE.md, invariant 9).
///
/// 2: criteria have an optional role (the matrix's effort axis follows it, not the name).
pub const FORMAT_VERSION: u32 = 2;
/// The app version written into every file, for support questions.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Checks a file's identifier and version against a reader that knows versions 1 to `current`,
/// and gives the version. A version that does not fit in `u32` is newer than any reader.
pub fn check(format: Option<&str>, version: Option<u64>, current: u32) -> Result<u32, FormatError> {
    let format = format.unwrap_or_default();
    if format != FORMAT_ID {
        return Err(FormatError::WrongFormat(format.to_string()));
    }
    let version = version.ok_or(FormatError::MissingVersion)?;
    let version = u32::try_from(version).map_err(|_| FormatError::TooNew(u32::MAX))?;
    if version > current {
        return Err(FormatError::TooNew(version));
    }
    if version == 0 {
        return Err(FormatError::UnknownVersion(0));
    }
    Ok(version)
}
