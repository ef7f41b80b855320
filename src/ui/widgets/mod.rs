//! Pieces every page uses: fields with their errors, the pager, page headings.

pub mod fields;
pub mod focus;
pub mod heading;
pub mod missing;
pub mod pager;
pub mod title;
