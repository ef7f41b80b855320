//! Browser services the pages call that are not plan storage: the clock, saving files, asking
//! the browser to keep what is stored, and the remembered UI language.

pub mod clock;
pub mod download;
pub mod language;
pub mod persist;
