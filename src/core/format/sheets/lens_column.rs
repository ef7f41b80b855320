//! The exported prioritisation list read through the plan's lens (docs/domain.md §3.6): one
//! more column, named after the chosen strategy, with the areas each initiative sits under;
//! those reached through the mapping table say which area they came from.

use super::{Cell, Sheet};
use crate::core::portfolio::{area_names, rows};
use crate::core::Plan;

/// Adds the lens's column to a sheet made by [`super::ranked_sheet`] (same rows, same order).
/// `via` words "reached from this area". A plan without strategies gets no column.
pub fn add_lens_column(plan: &Plan, sheet: &mut Sheet, via: &dyn Fn(&str) -> String) {
    let Some(lens) = plan.framework.lens_strategy() else {
        return;
    };
    sheet.columns.push(lens.name.trim().to_string());
    let areas = rows(plan)
        .into_iter()
        .map(|r| area_names(&plan.framework, &r, via).join("; "));
    for (row, names) in sheet.rows.iter_mut().zip(areas) {
        row.push(Cell::text_or_empty(&names));
    }
}
