//! The file: the envelope every stored and exported plan is wrapped in, its migrations, and
//! everything that reads or writes plans for sharing between organisations. The file is the
//! interface, so everything that reads a file checks it fully before anything is stored, and
//! everything that writes one is stable.

pub mod csv;
pub mod envelope;
pub mod error;
pub mod header;
pub mod import;
pub mod indent;
pub mod link;
pub mod merge;
pub mod migrations;
pub mod problem;
pub mod proposal;
pub mod read;
pub mod recompute;
#[cfg(feature = "schema")]
pub mod schema;
pub mod shared;
pub mod sheets;

pub use envelope::{to_json, Envelope};
pub use error::FormatError;
pub use header::{APP_VERSION, FORMAT_ID, FORMAT_VERSION};
pub use migrations::{migrate, MigrationStep, MIGRATIONS};
pub use read::from_json;
