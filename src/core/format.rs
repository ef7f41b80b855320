//! The stored and exported form of a plan: an envelope with a format identifier and version, so
//! that files from older versions keep opening and files from newer ones are refused clearly.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::exchange::import::read_envelope;
use super::Plan;

/// Identifies a Beredning plan file among other JSON files.
pub const FORMAT_ID: &str = "beredning-plan";
/// The version this build writes. Bump it, and add a step to [`MIGRATIONS`], on any change that
/// an older reader would misread.
pub const FORMAT_VERSION: u32 = 1;
/// The app version written into every file, for support questions.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One step in the migration chain: turns a document of version `n` into version `n + 1`.
pub type MigrationStep = fn(Value) -> Result<Value, FormatError>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`. Version 1 is the first, so the chain is
/// empty today; the mechanism and its test exist so that the first change is a one-line addition.
pub const MIGRATIONS: &[MigrationStep] = &[];

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FormatError {
    #[error("not valid JSON: {0}")]
    NotJson(String),
    #[error("not a plan file (format identifier {0:?})")]
    WrongFormat(String),
    #[error("format version missing or not a number")]
    MissingVersion,
    #[error("format version {0} is newer than this app understands")]
    TooNew(u32),
    #[error("format version {0} is not known")]
    UnknownVersion(u32),
    #[error("the plan does not match the format: {0}")]
    Invalid(String),
}

/// The envelope as written. Field order here is the order in the file.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Envelope {
    /// Tells a plan file from any other JSON file.
    pub format: String,
    /// Files of older versions are migrated when read; newer ones are refused.
    pub format_version: u32,
    /// The app version that wrote the file, for support questions.
    pub app_version: String,
    /// When the plan was exported (ISO 8601); absent in the browser's own storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported: Option<String>,
    pub plan: Plan,
}

/// Serialises a plan for storage (compact) or export (indented, stable field order).
pub fn to_json(plan: &Plan, exported: Option<&str>, pretty: bool) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        format: &'a str,
        format_version: u32,
        app_version: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        exported: Option<&'a str>,
        plan: &'a Plan,
    }
    let out = Out {
        format: FORMAT_ID,
        format_version: FORMAT_VERSION,
        app_version: APP_VERSION,
        exported,
        plan,
    };
    // Serialising our own types to a string cannot fail: no maps with non-string keys, no I/O.
    let compact = serde_json::to_string(&out).unwrap_or_default();
    if pretty {
        super::format_indent::indent_json(&compact)
    } else {
        compact
    }
}

/// Reads a stored or exported plan of any known version.
///
/// A current-version file is deserialised straight from the text; only older files take the
/// slower way through a JSON tree. Both go through the import's reader, so the wasm holds one
/// copy of the plan's deserialiser code (≈ 27 KB gzip less) and a returning user's first import
/// finds that code already compiled.
pub fn from_json(text: &str) -> Result<Plan, FormatError> {
    #[derive(Deserialize)]
    struct Header {
        #[serde(default)]
        format: Option<String>,
        #[serde(default)]
        format_version: Option<u64>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => FormatError::WrongFormat(String::new()),
        _ => FormatError::NotJson(e.to_string()),
    })?;
    let format = header.format.unwrap_or_default();
    if format != FORMAT_ID {
        return Err(FormatError::WrongFormat(format));
    }
    let version = header.format_version.ok_or(FormatError::MissingVersion)?;
    let version = u32::try_from(version).map_err(|_| FormatError::TooNew(u32::MAX))?;
    if version > FORMAT_VERSION {
        return Err(FormatError::TooNew(version));
    }
    if version == 0 {
        return Err(FormatError::UnknownVersion(0));
    }
    // While version 1 is the only one, this branch is provably dead and costs no wasm.
    let envelope: Envelope = if version < FORMAT_VERSION {
        let value: Value =
            serde_json::from_str(text).map_err(|e| FormatError::NotJson(e.to_string()))?;
        let migrated = migrate(value, MIGRATIONS)?.to_string();
        read_envelope(&migrated).map_err(|e| FormatError::Invalid(e.to_string()))?
    } else {
        read_envelope(text).map_err(|e| FormatError::Invalid(e.to_string()))?
    };
    Ok(envelope.plan)
}

/// Brings a document of any older version up to the current one through `steps`.
pub fn migrate(mut value: Value, steps: &[MigrationStep]) -> Result<Value, FormatError> {
    let format = value
        .get("format")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if format != FORMAT_ID {
        return Err(FormatError::WrongFormat(format.to_string()));
    }
    let version = value
        .get("format_version")
        .and_then(Value::as_u64)
        .ok_or(FormatError::MissingVersion)?;
    let version = u32::try_from(version).map_err(|_| FormatError::TooNew(u32::MAX))?;
    let current = steps.len() as u32 + 1;
    if version > current {
        return Err(FormatError::TooNew(version));
    }
    if version == 0 {
        return Err(FormatError::UnknownVersion(0));
    }
    for step in &steps[(version as usize - 1)..] {
        value = step(value)?;
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("format_version".into(), Value::from(current));
    }
    Ok(value)
}
