//! Browser services the pages call that are not storage: the clock and saving files.

pub mod clock;
pub mod download;
