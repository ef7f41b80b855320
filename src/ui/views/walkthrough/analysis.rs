//! Step 2, Analys. (Being written.)

use leptos::prelude::*;

#[component]
pub fn AnalysisStep() -> impl IntoView {
    view! { <p>"Analys"</p> }
}
