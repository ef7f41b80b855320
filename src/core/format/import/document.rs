//! Any other document the app reads from a file or a link (a proposal), through the same
//! strict steps as a plan: size, text, shape (syntax, duplicate keys, depth, long texts), the
//! header with its own identifier, the watched typed read with problems at their places,
//! unknown fields as warnings, then the document's own rules of meaning.

use serde::Deserialize;

use super::collector::Collector;
use super::shape::{self, Stop};
use super::{header, typed, watch};
use crate::core::format::problem::{Problem, ProblemKind};

/// What a document of kind `T` must be.
pub struct Kind<T> {
    /// The `format` identifier the document carries.
    pub id: &'static str,
    /// The newest `format_version` this app reads (no migrations yet: only this one).
    pub version: u32,
    /// Larger texts are refused before they are read.
    pub max_bytes: u64,
    /// The rules of meaning, as the app's own form enforces them.
    pub validate: fn(&T, &mut Vec<Problem>),
}

/// A document that passed every check, with the fields it had that this app does not keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Read<T> {
    pub value: T,
    pub warnings: Vec<Problem>,
}

/// Checks `text` as a document of `kind`; every problem found, in file order, or the value.
pub fn read<T: for<'de> Deserialize<'de>>(
    text: &str,
    kind: &Kind<T>,
) -> Result<Read<T>, Vec<Problem>> {
    let bytes = text.len() as u64;
    if bytes > kind.max_bytes {
        return Err(vec![Problem::whole_file(ProblemKind::TooLarge {
            bytes,
            limit: kind.max_bytes,
        })]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
        return Err(vec![Problem::whole_file(ProblemKind::Empty)]);
    }
    let mut problems = Collector::default();
    let scan = match shape::scan(text, &mut problems) {
        Ok(scan) => scan,
        Err(Stop::Fatal(problem)) => return Err(vec![problem]),
        Err(Stop::Reported) => return Err(problems.finish()),
    };
    let current = u64::from(kind.version);
    header(kind.id, scan.object, scan.format, scan.version, current).map_err(|p| vec![p])?;
    if scan.too_deep || !problems.is_empty() {
        return Err(problems.finish());
    }
    let (value, _, skipped) = match watch::read_as::<T>(text) {
        Ok(read) => read,
        Err(refused) => return Err(vec![typed::refused(text, refused)]),
    };
    let mut meaning = Vec::new();
    (kind.validate)(&value, &mut meaning);
    if !meaning.is_empty() {
        meaning.into_iter().for_each(|p| problems.push(p));
        return Err(problems.finish());
    }
    let mut warnings = Collector::default();
    let mut skipped = skipped;
    skipped.sort_by(|a, b| a.order.cmp(&b.order));
    for spot in skipped {
        let field = spot.place.last_field().unwrap_or_default().to_string();
        warnings.push(Problem::new(
            spot.place,
            ProblemKind::UnknownField { field },
        ));
    }
    Ok(Read {
        value,
        warnings: warnings.finish(),
    })
}

/// Refuses raw bytes that are not UTF-8 text, then reads them as a document of `kind`.
pub fn read_bytes<T: for<'de> Deserialize<'de>>(
    bytes: &[u8],
    kind: &Kind<T>,
) -> Result<Read<T>, Vec<Problem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text =
        std::str::from_utf8(bytes).map_err(|_| vec![Problem::whole_file(ProblemKind::NotUtf8)])?;
    read(text, kind)
}
