//! "Prioriteringslista": every initiative of the plan ranked by weighted score, with the
//! figures a decision forum compares, sortable, filterable and paged; the criterion weights
//! editable in place; how firm each place is under ±20 % weights; and the initiatives that miss
//! a must-pass requirement listed apart, since SKR's process does not weigh them.
//!
//! The plan is derived once per change (`model::derive`, on the core's `portfolio` functions);
//! filtering, sorting and paging read that result.

mod controls;
mod ctx;
mod grouped;
mod model;
mod rows;
mod tables;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::core::portfolio::{Filter, SortDir, SortKey};
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use ctx::ListCtx;
use model::{stability_counts, visible};

#[component]
pub fn ListView(plan_id: StoredValue<String>) -> impl IntoView {
    let l = t().list();
    let derived = PlanHandle::new(plan_id).memo(model::derive);
    let filter = RwSignal::new(Filter::default());
    let sort = RwSignal::new((SortKey::Rank, SortDir::Asc));
    let shown = Memo::new(move |_| {
        let (key, dir) = sort.get();
        filter.with(|f| {
            derived.with(|d| {
                d.as_ref()
                    .map(|d| visible(d, f, key, dir))
                    .unwrap_or_default()
            })
        })
    });
    let grouped = RwSignal::new(false);
    let ctx = ListCtx {
        plan_id,
        derived,
        visible: shown,
        filter,
        sort,
        ranked_page: RwSignal::new(0),
        blocked_page: RwSignal::new(0),
        open: RwSignal::new(HashSet::new()),
    };
    provide_context(ctx);
    let status = move || {
        let (count, total) = shown.with(|v| (v.ranked.len() + v.blocked.len(), v.total));
        let (key, dir) = sort.get();
        format!(
            "{} {}",
            (l.count)(count, total),
            (l.sorted_by)(l.column(key), l.direction(dir))
        )
    };
    let stability = move || {
        let (unstable, ranked) =
            derived.with(|d| d.as_ref().map(stability_counts).unwrap_or_default());
        (l.sensitivity_summary)(unstable, ranked)
    };
    view! {
        <p class="intro">{l.intro}</p>
        <super::npv_note::NpvYearNote plan_id=plan_id />
        <div class="list-controls">
            <controls::Weights plan_id=plan_id />
            <controls::Filters />
            <controls::LensControls grouped=grouped />
        </div>
        <p class="list-count" role="status">{status}</p>
        <Show when=move || grouped.get()>
            <grouped::GroupedList />
        </Show>
        <section class="ranked" aria-labelledby="list-ranked-heading" hidden=move || grouped.get()>
            <h2 id="list-ranked-heading">{l.ranked_caption}</h2>
            <p class="hint">{l.ranked_note}</p>
            <tables::RankedTable />
            <h3>{l.sensitivity_heading}</h3>
            <p>{l.sensitivity_body}</p>
            <p>{stability}</p>
        </section>
        <tables::BlockedTable />
    }
}
