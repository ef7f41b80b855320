//! The frame every page sits in: the app component with its header and footer, and the hash
//! router that picks the page.

pub mod app;
pub mod conflict;
pub mod header;
pub mod lazy;
pub mod route;
pub mod update;
