//! The English tables, one file per area, mirroring the Swedish files in `ui/text/`. English
//! follows docs/glossary.md's English column; Swedish names of forums, laws and frameworks stay
//! Swedish where they are the name, glossed in English the first time.

pub(crate) mod about;
pub(crate) mod accessibility;
pub(crate) mod analysis;
pub(crate) mod app;
pub(crate) mod backup;
pub(crate) mod brief;
pub(crate) mod budget;
pub(crate) mod changes;
pub(crate) mod compare;
pub(crate) mod conflict;
pub(crate) mod criteria;
pub(crate) mod document;
pub(crate) mod figures;
pub(crate) mod followup;
pub(crate) mod goals;
pub(crate) mod handlingsplan;
pub(crate) mod import;
pub(crate) mod import_fields;
pub(crate) mod import_messages;
pub(crate) mod joint;
pub(crate) mod lens;
pub(crate) mod list;
pub(crate) mod matrix;
pub(crate) mod overview;
pub(crate) mod plan_list;
pub(crate) mod plan_views;
pub(crate) mod print;
pub(crate) mod proposal;
pub(crate) mod report;
pub(crate) mod rescue;
pub(crate) mod revision;
pub(crate) mod samverkan;
pub(crate) mod share;
pub(crate) mod undo;
pub(crate) mod update;
pub(crate) mod versions;
pub(crate) mod walkthrough;
pub(crate) mod words;
pub(crate) mod years;

pub use app::EN;

use crate::core::calc::numfmt::{self, Language};

/// A figure grouped the English way: "1,234.5".
fn number(value: f64, decimals: usize) -> String {
    numfmt::number_in(Language::English, value, decimals)
}

/// An amount in kronor the English way: "1,234 kr".
fn kronor(value: f64) -> String {
    numfmt::kronor_in(Language::English, value)
}

/// A percentage the English way: "3.5%".
fn percent(value: f64, decimals: usize) -> String {
    numfmt::percent_in(Language::English, value, decimals)
}

/// A figure with at most `max_decimals` decimals, the English way: "1.5".
fn decimal(value: f64, max_decimals: usize) -> String {
    numfmt::decimal_in(Language::English, value, max_decimals)
}

/// "1 initiative", "3 initiatives": a count with its noun in the singular or the plural.
fn count(n: usize, one: &'static str, many: &'static str) -> String {
    format!("{n} {}", words::plural(n, one, many))
}
