//! The English tables, one file per area, mirroring the Swedish files in `ui/text/`. English
//! follows docs/glossary.md's English column; Swedish names of forums, laws and frameworks stay
//! Swedish where they are the name, glossed in English the first time.

pub(crate) mod analysis;
pub(crate) mod app;
pub(crate) mod budget;
pub(crate) mod changes;
pub(crate) mod document;
pub(crate) mod followup;
pub(crate) mod import;
pub(crate) mod import_fields;
pub(crate) mod import_messages;
pub(crate) mod list;
pub(crate) mod matrix;
pub(crate) mod print;
pub(crate) mod walkthrough;
pub(crate) mod words;

pub use app::EN;
