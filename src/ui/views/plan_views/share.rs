//! Placeholder, filled in by the exchange work.

use leptos::prelude::*;

#[component]
pub fn ShareView(plan_id: StoredValue<String>) -> impl IntoView {
    let _ = plan_id;
}
