//! The running head and foot of a printed document: while a document (beslutsunderlag,
//! uppföljningsrapport) is shown, every page it prints carries the plan's name, the
//! organisation, today's date and "sida N av M" in its margins (style/print.css). Renders
//! nothing on screen.

use leptos::prelude::*;

use crate::ui::browser::clock::today;
use crate::ui::browser::print::{mark_pages, unmark_pages, PageMarks};
use crate::ui::state::PlanHandle;
use crate::ui::text::t;

#[component]
pub fn PrintMarks(plan_id: StoredValue<String>) -> impl IntoView {
    let head =
        PlanHandle::new(plan_id).memo(|p| (p.name.clone(), t().organisation(&p.organisation)));
    let date = today();
    Effect::new(move |_| match head.get() {
        Some((title, organisation)) => mark_pages(&PageMarks {
            title: &title,
            organisation: &organisation,
            date: &date,
            page: t().print().page,
            of: t().print().of,
        }),
        None => unmark_pages(),
    });
    on_cleanup(unmark_pages);
}
