//! The start page: the list of plans, a row per plan, and the form that creates one.

pub mod backup;
pub mod create;
pub mod list;
pub mod read_list;
pub mod reading;
pub mod row;
pub mod table;
pub mod unreadable;
