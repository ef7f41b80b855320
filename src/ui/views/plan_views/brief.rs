//! (Being written.)

use leptos::prelude::*;

#[component]
pub fn BriefView(plan_id: StoredValue<String>) -> impl IntoView {
    let _ = plan_id;
    view! { <p>"–"</p> }
}
