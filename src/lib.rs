//! Beredning: a browser-only tool that takes digitalisation initiatives from need to decision
//! to realised benefit.
//!
//! The crate is split so that the architecture shows in the tree:
//! - [`core`]: the domain (plans, initiatives, calculations, file format), pure Rust, no web types;
//! - [`persistence`]: keeping plans in the browser, behind a small key-value interface;
//! - [`ui`]: Leptos views that read signals and call the core.

pub mod core;
pub mod persistence;
pub mod ui;
