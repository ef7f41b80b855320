//! The stored and exported form of a plan: an envelope with a format identifier and version, so
//! that files from older versions keep opening and files from newer ones are refused clearly.

use serde::{Deserialize, Serialize};

use super::header::{APP_VERSION, FORMAT_ID, FORMAT_VERSION};
use crate::core::Plan;

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
        crate::core::format::indent::indent_json(&compact)
    } else {
        compact
    }
}
