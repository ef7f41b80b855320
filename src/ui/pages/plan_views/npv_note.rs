//! The sentence every plan view that shows NPVs puts next to them: which year they are
//! discounted to (docs/domain.md §5.6), since initiatives start in different years.

use leptos::prelude::*;

use crate::core::calc::base_year;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;

#[component]
pub fn NpvYearNote(plan_id: StoredValue<String>) -> impl IntoView {
    let year = PlanHandle::new(plan_id).memo(base_year);
    move || {
        year.get()
            .map(|y| view! { <p class="hint npv-year">{(t().years().npv_note)(y)}</p> })
    }
}
