//! The English tables, one file per area, mirroring the Swedish files in `ui/text/`. English
//! follows docs/glossary.md's English column; Swedish names of forums, laws and frameworks stay
//! Swedish where they are the name, glossed in English the first time.

mod app;
mod document;

pub use app::EN;
