//! Uppföljningsrapport: the yearly follow-up report for the forum (docs/domain.md §2.8, §6),
//! print-ready on A4 like the beslutsunderlag (style/report.css). Read-only: everything comes
//! from `core::portfolio::followup_report` in one memo per plan and year.

mod tables;

use leptos::prelude::*;

use super::followup::model::year_options;
use super::version_choice::{all_choices, chosen, label_of, NOW};
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
    let (_, first) = plan
        .with_untracked(|p| year_options(Some(p), this_year()))
        .unwrap_or_else(|| year_options(None, this_year()));
    let year = RwSignal::new(first);
    let source = RwSignal::new(NOW.to_string());
    let choices = plan.memo(all_choices);
    let has_versions =
        Memo::new(move |_| choices.with(|c| c.as_ref().is_some_and(|c| c.len() > 1)));
    // The years of the chosen plan; the year shown stays when the other plan has it too.
    let choose = move |key: String| {
        let (options, first) = plan
            .with_untracked(|p| year_options(Some(chosen(p, &key)), this_year()))
            .unwrap_or_else(|| year_options(None, this_year()));
        let current = year.get_untracked().to_string();
        if !options.iter().any(|(k, _)| *k == current) {
            year.set(first);
        }
        source.set(key);
    };
    let shown = Memo::new(move |_| {
        let (y, key) = (year.get(), source.get());
        plan.with(|p| {
            let from = chosen(p, &key);
            Shown {
                org: t().organisation(&from.organisation),
                name: from.name.clone(),
                report: follow_up_report(from, y),
            }
        })
    });
    let source_line = move || {
        let key = source.get();
        (key != NOW).then(|| {
            let label = label_of(&choices.get().unwrap_or_default(), &key);
            view! { <p class="report-meta">{(r.source_meta)(&label)}</p> }
        })
    };
    let date = today();
    view! {
        <div class="report print-document">
            <PrintMarks plan_id=plan_id />
            <p class="view-intro">{r.intro}</p>
            <div class="report-actions">
                <Show when=move || has_versions.get()>
                    <SelectInput id="rp-source" label=r.source_label
                        options=choices.get_untracked().unwrap_or_default()
                        initial=source.get_untracked() on_change=choose />
                </Show>
                {move || {
                    source.track();
                    let options = plan
                        .with_untracked(|p| year_options(Some(chosen(p, &source.get_untracked())), this_year()).0)
                        .unwrap_or_default();
                    view! {
                        <SelectInput id="rp-year" label=r.year_label options=options initial=year.get_untracked().to_string()
                            on_change={move |v: String| if let Ok(y) = v.trim().parse::<i32>() { year.set(y) }} />
                    }
                }}
                <button type="button" on:click=move |_| print_page()>{r.print}</button>
                <p class="hint">{r.print_hint}</p>
            </div>
            {move || shown.get().map(|s| view! {
                <p class="report-meta">{(r.prepared)(&s.org, &s.name, s.report.year, &date)}</p>
                {source_line}
                <tables::Activities report=s.report.clone() />
                <tables::Benefits report=s.report.clone() />
                <tables::Ledger report=s.report.clone() />
                <tables::Deviations report=s.report />
            })}
        </div>
    }
}
