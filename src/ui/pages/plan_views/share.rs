//! "Dela och exportera": the whole plan as a file another organisation can import (and that is
//! the user's backup), and the plan's tables for a spreadsheet, as CSV or one Excel workbook.
//!
//! Nothing here changes the plan except the time of the last export, recorded only once the
//! browser has taken the file.

mod export;
mod json;
mod link;
mod sheets;
mod tables;

use leptos::prelude::*;

use crate::ui::text::t;

#[component]
pub fn ShareView(plan_id: StoredValue<String>) -> impl IntoView {
    view! {
        <p class="view-intro">{t().share().intro}</p>
        <json::JsonExport plan_id=plan_id />
        <link::LinkShare plan_id=plan_id />
        <tables::TableExports plan_id=plan_id />
    }
}
