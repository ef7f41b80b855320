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
mod model;
mod pages;
mod totals;

use leptos::prelude::*;

use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::fields::SelectInput;
use model::{default_year, follow_up_years};

/// This calendar year in the user's time zone.
fn this_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

#[component]
pub fn FollowUpView(plan_id: StoredValue<String>) -> impl IntoView {
    let f = t().followup;
    let state = expect_context::<AppState>();
    let now = this_year();
    let (years, first) = PlanHandle::on(state, plan_id)
        .with_untracked(|p| (follow_up_years(p, now), default_year(p, now)))
        .unwrap_or_else(|| (vec![now], now));
    let year = RwSignal::new(first);
    let options: Vec<(String, String)> = years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
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
                <benefits::Benefits plan_id=plan_id year=y />
                <activities::Activities plan_id=plan_id year=y />
            }
        }}
    }
}
