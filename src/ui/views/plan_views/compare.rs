//! Placeholder, filled in by the exchange work.

use leptos::prelude::*;

#[component]
pub fn CompareView(plan_id: StoredValue<String>) -> impl IntoView {
    let _ = plan_id;
}
