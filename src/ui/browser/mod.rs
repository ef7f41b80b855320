//! Browser services the pages call that are not storage: the clock, saving files, waiting for
//! an idle moment, asking the browser to keep what is stored, the other tabs (their messages
//! and the save locks), and the remembered UI language.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod idle;
pub mod language;
pub mod locks;
pub mod persist;
pub mod print;
pub mod tabs;
