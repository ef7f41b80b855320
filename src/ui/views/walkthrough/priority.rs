//! Step 3. (Being written.)

use leptos::prelude::*;

#[component]
pub fn PriorityStep() -> impl IntoView {
    view! { <p>"Prioritering"</p> }
}
