//! Rewrites public/beredning-plan.schema.json from the core types: `cargo run --bin write_schema`.
//! Run it after changing anything a plan file holds; tests/core_schema.rs fails until then.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use beredning::core::format::schema::{plan_file_schema_text, SCHEMA_PATH};

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    match std::fs::write(&path, plan_file_schema_text()) {
        Ok(()) => {
            println!("wrote {}", path.display());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("could not write {}: {e}", path.display());
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
