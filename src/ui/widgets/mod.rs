//! Pieces every page uses: fields with their errors, the pager, page headings.

pub mod checked_field;
pub mod fields;
pub mod focus;
pub mod heading;
pub mod link_box;
pub mod missing;
pub mod pager;
pub mod print_marks;
pub mod removal;
pub mod staged;
pub mod table_region;
pub mod title;
