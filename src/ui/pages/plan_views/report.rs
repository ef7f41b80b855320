//! Uppföljningsrapport: the yearly follow-up report for the forum (docs/domain.md §2.8, §6),
//! print-ready on A4 like the beslutsunderlag (style/report.css). Read-only: everything comes
//! from `core::portfolio::followup_report` in one memo per plan and year.

mod tables;

use leptos::prelude::*;

use super::followup::model::year_options;
use crate::core::portfolio::followup_report::{follow_up_report, FollowUpReport};
use crate::ui::browser::clock::{this_year, today};
use crate::ui::browser::print::print_page;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::fields::SelectInput;
use crate::ui::widgets::print_marks::PrintMarks;

#[derive(Clone, PartialEq)]
struct Shown {
    org: String,
    name: String,
    report: FollowUpReport,
}

#[component]
pub fn ReportView(plan_id: StoredValue<String>) -> impl IntoView {
    let r = t().report();
    let state = expect_context::<AppState>();
    let plan = PlanHandle::on(state, plan_id);
    let (options, first) = plan
        .with_untracked(|p| year_options(Some(p), this_year()))
        .unwrap_or_else(|| year_options(None, this_year()));
    let year = RwSignal::new(first);
    let shown = Memo::new(move |_| {
        let y = year.get();
        plan.with(|p| Shown {
            org: t().organisation(&p.organisation),
            name: p.name.clone(),
            report: follow_up_report(p, y),
        })
    });
    let date = today();
    view! {
        <div class="report print-document">
            <PrintMarks plan_id=plan_id />
            <p class="view-intro">{r.intro}</p>
            <div class="report-actions">
                <SelectInput id="rp-year" label=r.year_label options=options initial=first.to_string()
                    on_change={move |v: String| if let Ok(y) = v.trim().parse::<i32>() { year.set(y) }} />
                <button type="button" on:click=move |_| print_page()>{r.print}</button>
                <p class="hint">{r.print_hint}</p>
            </div>
            {move || shown.get().map(|s| view! {
                <p class="report-meta">{(r.prepared)(&s.org, &s.name, s.report.year, &date)}</p>
                <tables::Activities report=s.report.clone() />
                <tables::Benefits report=s.report.clone() />
                <tables::Ledger report=s.report.clone() />
                <tables::Deviations report=s.report />
            })}
        </div>
    }
}
