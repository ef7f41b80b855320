//! Rewrites public/beredning-plan.schema.json from the core types:
//! `cargo run --features schema --bin write_schema`. Run it after changing anything a plan file
//! holds; tests/core_schema.rs fails until then.

use std::process::ExitCode;

use beredning::core::format::schema::{plan_file_schema_text, SCHEMA_PATH};

fn main() -> ExitCode {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    let text = match plan_file_schema_text() {
        Ok(text) => text,
        Err(e) => {
            eprintln!("could not generate the schema: {e}");
            return ExitCode::FAILURE;
        }
    };
    match std::fs::write(&path, text) {
        Ok(()) => {
            println!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("could not write {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
