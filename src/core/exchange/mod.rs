//! Sharing plans between organisations: the file is the interface, so everything that reads a
//! file checks it fully before anything is stored, and everything that writes one is stable.

pub mod csv;
pub mod import;
pub mod merge;
pub mod problem;
pub mod recompute;
pub mod sheets;
