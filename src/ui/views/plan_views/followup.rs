//! (Being written.)

use leptos::prelude::*;

#[component]
pub fn FollowUpView(plan_id: StoredValue<String>) -> impl IntoView {
    let _ = plan_id;
    view! { <p>"–"</p> }
}
