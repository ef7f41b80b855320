//! Importing a plan file: the problems found, or a preview with "import as a new plan" or
//! "merge into an open plan". Filled in by the import work.

use leptos::prelude::*;

#[component]
pub fn ImportPage() -> impl IntoView {
    view! { <h1 tabindex="-1">"Importera"</h1> }
}
