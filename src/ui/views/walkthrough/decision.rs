//! Step 4. (Being written.)

use leptos::prelude::*;

#[component]
pub fn DecisionStep() -> impl IntoView {
    view! { <p>"Beslut"</p> }
}
