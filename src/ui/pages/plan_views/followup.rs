//! Uppföljning: for one calendar year, what each activity gave (*Utfall*, seed 002 bilaga 2) and
//! what each benefit was worth in reality against what was expected, with the plan's totals per
//! benefit class and the freed-time ledger (seed 000: "mäts och följs upp via effekterna frigjord
//! tid samt ekonomisk nytta").
//!
//! The year is chosen once at the top; the forms below are re-created when it changes, since
//! every field's initial value belongs to one year. Within a year, rows are keyed by id and read
//! their initial values once, so typing never re-creates a row. Benefits and activities are paged
//! (see [`pages`]) so the view never holds more than about 50 editors.

mod activities;
mod benefits;
pub(super) mod model;
mod pages;
mod redeploy;
mod totals;

use leptos::prelude::*;

use crate::ui::browser::clock::this_year;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::fields::SelectInput;
use model::year_options;

#[component]
pub fn FollowUpView(plan_id: StoredValue<String>) -> impl IntoView {
    let f = t().followup();
    let state = expect_context::<AppState>();
    let (options, first) = PlanHandle::on(state, plan_id)
        .with_untracked(|p| year_options(Some(p), this_year()))
        .unwrap_or_else(|| year_options(None, this_year()));
    let year = RwSignal::new(first);
    view! {
        <p class="view-intro">{f.intro}</p>
        <div class="fu-year">
            <SelectInput id="fu-year" label=f.year_label options=options initial=first.to_string()
                on_change={move |v: String| if let Ok(y) = v.trim().parse::<i32>() { year.set(y) }} />
            <p class="hint">{f.year_hint}</p>
        </div>
        <totals::Totals plan_id=plan_id year=year />
        {move || {
            let y = year.get();
            view! {
                <redeploy::Redeployments plan_id=plan_id year=y />
                <benefits::Benefits plan_id=plan_id year=y />
                <activities::Activities plan_id=plan_id year=y />
            }
        }}
    }
}
