//! Browser services the pages call that are not storage: the clock, saving files, and asking
//! the browser to keep what is stored.

pub mod clock;
pub mod download;
pub mod persist;
pub mod print;
