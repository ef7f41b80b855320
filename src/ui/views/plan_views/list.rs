//! (Being written.)

use leptos::prelude::*;

#[component]
pub fn ListView(plan_id: StoredValue<String>) -> impl IntoView {
    let _ = plan_id;
    view! { <p>"–"</p> }
}
