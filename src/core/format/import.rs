//! The import pipeline: size, text, shape, types, then meaning; nothing is stored by this module.
//!
//! 1. Size and text: at most [`MAX_FILE_BYTES`], UTF-8 (a byte-order mark is skipped), not empty.
//! 2. Shape ([`shape`]): one generic walk over the JSON finds syntax errors and cut-off files,
//!    duplicate keys in any object, nesting deeper than [`MAX_DEPTH`] and texts longer than
//!    [`MAX_STRING_CHARS`], and reads the format identifier and version.
//! 3. Types: the envelope is deserialised (older versions migrated first); a failure names its
//!    place ([`typed`]). Fields the app does not know become warnings ([`unknown`]).
//! 4. Meaning ([`validate`]): ranges and unique ids, as the app's own forms enforce them.
//!
//! Steps 2 and 3 are one pass for a good file: the typed read is watched ([`watch`]) for all
//! that the shape walk looks for, and a file it finds sound, of the current version, goes
//! straight on to meaning. Only a file with something wrong in it (or an older one) is walked
//! again step by step, to find and word every problem; the answer is the same either way.
//!
//! Problems are listed in file order within each step, at most [`MAX_PROBLEMS`] of them.

mod collector;
pub mod document;
pub mod limits;
mod shape;
mod typed;
mod unknown;
pub mod validate;
mod watch;

use super::problem::{Place, Problem, ProblemKind};
use crate::core::format::header::{self, Version, FORMAT_ID};
use crate::core::format::{self, Envelope, MigrationStep};
use crate::core::Plan;

use collector::Collector;
pub use limits::{MAX_DEPTH, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_STRING_CHARS};
use shape::{Seen, Stop};
use watch::{Refused, Watched};

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

/// The envelope of a text, read the way the import reads it but without any of its checks: the
/// same value or the same error as `serde_json::from_str`. The app's own stored plans can be read
/// through it so that the wasm holds one copy of the plan's deserialiser code, not two.
pub fn read_envelope(text: &str) -> Result<Envelope, serde_json::Error> {
    watch::read(text)
        .map(|read| read.envelope)
        .map_err(|refused| refused.error)
}

/// Refuses a file by its size alone, before reading it.
pub fn check_size(bytes: u64) -> Result<(), Problem> {
    if bytes > MAX_FILE_BYTES {
        Err(Problem::whole_file(ProblemKind::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        }))
    } else {
        Ok(())
    }
}

/// Checks a whole file; on any error returns every problem found (in file order, capped).
pub fn import_text(text: &str) -> Result<Imported, Vec<Problem>> {
    import_text_migrating(text, format::MIGRATIONS)
}

/// Like [`import_text`] for raw bytes: refuses non-UTF-8, skips a byte-order mark.
pub fn import_bytes(bytes: &[u8]) -> Result<Imported, Vec<Problem>> {
    check_size(bytes.len() as u64).map_err(|p| vec![p])?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text =
        std::str::from_utf8(bytes).map_err(|_| vec![Problem::whole_file(ProblemKind::NotUtf8)])?;
    import_text(text)
}

/// [`import_text`] with a given migration chain, whose length sets the current version
/// (`steps.len() + 1`). It exists so tests can prove the way through migration before a
/// second format version does.
pub fn import_text_migrating(
    text: &str,
    steps: &[MigrationStep],
) -> Result<Imported, Vec<Problem>> {
    check_size(text.len() as u64).map_err(|p| vec![p])?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // JSON's own whitespace only: a file of no-break spaces is not empty but not JSON either.
    if text.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
        return Err(vec![Problem::whole_file(ProblemKind::Empty)]);
    }
    let current = steps.len() as u64 + 1;
    let read = match watch::read(text) {
        // At most `current`, which is a small number.
        Ok(read) if read.clean(current) => {
            return checked(text, Ok(read), current as u32, Collector::default())
        }
        read => read,
    };
    let mut problems = Collector::default();
    let scan = match shape::scan(text, &mut problems) {
        Ok(scan) => scan,
        Err(Stop::Fatal(problem)) => return Err(vec![problem]),
        Err(Stop::Reported) => return Err(problems.finish()),
    };
    let version =
        header(FORMAT_ID, scan.object, scan.format, scan.version, current).map_err(|p| vec![p])?;
    if scan.too_deep {
        return Err(problems.finish());
    }
    // At most `current`, which is a small number.
    let source_version = version as u32;
    if version == current {
        return checked(text, read, source_version, problems);
    }
    // An older file continues as the text of its migrated form; its own shape was checked
    // above, and the fields to report as unknown are those it has after migration.
    let migrated = typed::migrate(text, steps, source_version).map_err(|p| vec![p])?;
    shape::scan(&migrated, &mut Collector::default()).map_err(|_| {
        vec![Problem::whole_file(ProblemKind::MigrationFailed {
            from: source_version,
        })]
    })?;
    checked(&migrated, watch::read(&migrated), source_version, problems)
}

/// Unknown fields and meaning, for a current-version file whose shape was checked, from its
/// typed `read` (when serde refused it, the types are the problem).
fn checked(
    text: &str,
    read: Result<Watched<'_>, Refused>,
    source_version: u32,
    mut problems: Collector,
) -> Result<Imported, Vec<Problem>> {
    let read = match read {
        Ok(read) => read,
        Err(refused) => {
            problems.push(typed::refused(text, refused));
            return Err(problems.finish());
        }
    };
    let mut warnings = Collector::default();
    unknown::report(&read, &mut warnings);
    validate::plan(&read.envelope.plan, &mut problems);
    if !problems.is_empty() {
        return Err(problems.finish());
    }
    let envelope = read.envelope;
    Ok(Imported {
        plan: envelope.plan,
        source_version,
        app_version: envelope.app_version,
        exported: envelope.exported,
        warnings: warnings.finish(),
    })
}

/// Checks that the file is a document with the identifier `id` (a plan's, a proposal's) of a
/// version this app reads; returns the version.
fn header(
    id: &str,
    object: bool,
    format: Option<Seen>,
    version: Option<Seen>,
    current: u64,
) -> Result<u64, Problem> {
    let at = |field: &str| Place::root().field(field);
    if !object {
        return Err(Problem::whole_file(ProblemKind::WrongFormat {
            found: None,
        }));
    }
    match format {
        Some(Seen::Text(found)) if found == id => {}
        Some(Seen::Text(found)) => {
            return Err(Problem::new(
                at("format"),
                ProblemKind::WrongFormat { found: Some(found) },
            ))
        }
        Some(_) => {
            return Err(Problem::new(
                at("format"),
                ProblemKind::WrongFormat { found: None },
            ))
        }
        None => {
            return Err(Problem::whole_file(ProblemKind::WrongFormat {
                found: None,
            }))
        }
    }
    match version {
        Some(Seen::Unsigned(v)) => match header::version(v, current) {
            Version::Known(known) => Ok(u64::from(known)),
            Version::Unknown => Err(Problem::new(
                at("format_version"),
                ProblemKind::UnknownVersion { version: v },
            )),
            Version::TooNew => Err(Problem::new(
                at("format_version"),
                ProblemKind::TooNew { version: v },
            )),
        },
        Some(_) => Err(Problem::new(
            at("format_version"),
            ProblemKind::MissingVersion,
        )),
        None => Err(Problem::whole_file(ProblemKind::MissingVersion)),
    }
}
