//! The Excel export, built as its own wasm and run in a web worker, so that the main bundle
//! does not carry the XLSX writer. Filled in by the export work.

fn main() {}
