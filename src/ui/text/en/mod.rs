//! The English tables, one file per area, mirroring the Swedish files in `ui/text/`. English
//! follows docs/glossary.md's English column; Swedish names of forums, laws and frameworks stay
//! Swedish where they are the name, glossed in English the first time.

mod about;
mod accessibility;
mod app;
mod backup;
mod brief;
mod compare;
mod conflict;
mod criteria;
mod figures;
mod goals;
mod handlingsplan;
mod joint;
mod lens;
mod plan_views;
mod proposal;
mod report;
mod rescue;
mod revision;
mod samverkan;
mod share;
mod undo;
mod update;
mod versions;
mod years;

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
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
