//! The published JSON Schema of the plan file. It is generated from the very types that read
//! the file, so that other municipalities' tools are told what the app really accepts, and a
//! drift test (tests/core_schema.rs) fails when the published copy falls behind the types.
//!
//! Native only: the browser bundle never needs the schema, and schemars must not grow the wasm.

use serde_json::Value;

use crate::core::format::envelope::Envelope;
use crate::core::format::header::{FORMAT_ID, FORMAT_VERSION};
use crate::core::format::import::{MAX_FILE_BYTES, MAX_STRING_CHARS};

/// The published copy, relative to the repository root. Trunk copies `public/` into the
/// bundle, so the running app serves it as `public/beredning-plan.schema.json`.
pub const SCHEMA_PATH: &str = "public/beredning-plan.schema.json";

/// Names the format and its version rather than a host: the app is served from many places,
/// and a schema's `$id` must not change with where it is served.
pub fn schema_id() -> String {
    format!("urn:beredning:{FORMAT_ID}:{FORMAT_VERSION}")
}

/// The schema of a plan file of the current format version, as a JSON value.
pub fn plan_file_schema() -> Value {
    let mut schema = schemars::schema_for!(Envelope);
    schema.insert("$id".into(), schema_id().into());
    schema.insert(
        "title".into(),
        format!("Beredning plan file ({FORMAT_ID}, format version {FORMAT_VERSION})").into(),
    );
    schema.insert("description".into(), description().into());
    schema.to_value()
}

/// The text of the published file: indented with a final newline, so that a change to the
/// types shows as a readable diff.
pub fn plan_file_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&plan_file_schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// What the file is, and the import's rules that JSON Schema cannot state, so that a tool which
/// passes the schema is not surprised by the import.
fn description() -> String {
    let megabytes = MAX_FILE_BYTES / (1024 * 1024);
    format!(
        "A plan exported from Beredning (beredning av digitaliseringsinitiativ): an envelope with \
         the format identifier \"{FORMAT_ID}\", the format version, the app version that wrote \
         the file and the export time, around one plan with its framework (mål and \
         prioriteringskriterier), calculation parameters with source and year, initiatives from \
         behov to beslut, and the handlingsplan's activities. Amounts are kronor in the plan's \
         price year; year indexes count from 0, the calculation's start year. A reader accepts \
         files of this and older format versions (older ones are migrated) and refuses newer \
         ones; fields it does not know are reported and not kept. Beyond this schema the import \
         also refuses files over {megabytes} MB, texts over {MAX_STRING_CHARS} characters, an id \
         used twice in the same list, and a period whose end_year is before its start_year."
    )
}
