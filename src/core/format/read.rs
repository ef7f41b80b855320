//! Reading a stored or exported plan of any known version: the header checked, an older file
//! migrated, then the one reader the import also uses.

use serde::Deserialize;
use serde_json::Value;

use super::envelope::Envelope;
use super::error::FormatError;
use super::header::{self, FORMAT_VERSION};
use super::migrations::{migrate, MIGRATIONS};
use crate::core::Plan;

/// Reads a stored or exported plan of any known version.
///
/// A current-version file is deserialised straight from the text; only older files take the
/// slower way through a JSON tree. Stored plans were checked when they came in, so this uses
/// serde's own reader, not the import's watched one: the import's checks then live only in the
/// import's wasm chunk, which the first visit does not download (docs/performance.md).
pub fn from_json(text: &str) -> Result<Plan, FormatError> {
    #[derive(Deserialize)]
    struct Header {
        #[serde(default)]
        format: Option<String>,
        #[serde(default)]
        format_version: Option<u64>,
    }
    let head: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => FormatError::WrongFormat(String::new()),
        _ => FormatError::NotJson(e.to_string()),
    })?;
    let version = header::check(head.format.as_deref(), head.format_version, FORMAT_VERSION)?;
    let envelope: Envelope = if version < FORMAT_VERSION {
        let value: Value =
            serde_json::from_str(text).map_err(|e| FormatError::NotJson(e.to_string()))?;
        let migrated = migrate(value, MIGRATIONS)?.to_string();
        serde_json::from_str(&migrated).map_err(|e| FormatError::Invalid(e.to_string()))?
    } else {
        serde_json::from_str(text).map_err(|e| FormatError::Invalid(e.to_string()))?
    };
    Ok(envelope.plan)
}
