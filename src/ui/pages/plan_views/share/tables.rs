//! The plan's tables for a spreadsheet: each as CSV at once, or all three as one Excel workbook
//! made in a worker (see `ui::download::excel`) with a live status, since that can take a moment.

use leptos::prelude::*;

use super::export::{export_file_name, Status, StatusLine};
use super::sheets;
use crate::core::format::csv::to_csv_in;
use crate::core::format::sheets::Sheet;
use crate::core::Plan;
use crate::ui::browser::download::excel::{make_workbook, ExcelError};
use crate::ui::browser::download::{save_bytes, save_text};
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::{language, t};

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn TableExports(plan_id: StoredValue<String>) -> impl IntoView {
    let s = t().share();
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let status = RwSignal::new(Status::Idle);
    let working = move || status.get() == Status::Working;

    let csv = move |build: fn(&Plan) -> Sheet| {
        move |_| {
            let Some(sheet) = plan.with_untracked(build) else {
                return;
            };
            let file = export_file_name(plan, &sheet.name, "csv");
            status.set(
                match save_text(
                    &file,
                    "text/csv;charset=utf-8",
                    &to_csv_in(language(), &sheet),
                ) {
                    Ok(()) => Status::Done((s.csv_done)(&file)),
                    Err(_) => Status::Failed(s.save_failed),
                },
            );
        }
    };

    let xlsx = move |_| {
        if status.get_untracked() == Status::Working {
            return;
        }
        let Some(all) = plan.with_untracked(sheets::all) else {
            return;
        };
        let file = export_file_name(plan, "", "xlsx");
        status.set(Status::Working);
        make_workbook(&all, move |result| {
            let next = match result {
                Ok(bytes) => match save_bytes(&file, XLSX_MIME, &bytes) {
                    Ok(()) => Status::Done((s.xlsx_done)(&file)),
                    Err(_) => Status::Failed(s.save_failed),
                },
                Err(ExcelError::Unavailable(_)) => Status::Failed(s.xlsx_unavailable),
                Err(ExcelError::Failed(_)) => Status::Failed(s.xlsx_failed),
            };
            // The answer may come after the person has left the page.
            let _ = status.try_set(next);
        });
    };

    view! {
        <section class="share-section" aria-labelledby="share-tables-heading">
            <h2 id="share-tables-heading">{s.tables_heading}</h2>
            <p>{s.tables_body}</p>
            <div class="share-buttons" role="group" aria-label=s.csv_group>
                <button type="button" class="secondary" on:click=csv(sheets::ranked)>{s.csv_ranked}</button>
                <button type="button" class="secondary" on:click=csv(sheets::handlingsplan)>{s.csv_handlingsplan}</button>
                <button type="button" class="secondary" on:click=csv(sheets::follow_up)>{s.csv_followup}</button>
            </div>
            <p>{s.xlsx_body}</p>
            <button type="button" on:click=xlsx aria-disabled=move || working().then_some("true")>
                {s.xlsx_button}
            </button>
            <StatusLine status=status />
        </section>
    }
}
