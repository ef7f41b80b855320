//! Page headings and titles, so that each page is told apart in history and by screen readers
//! and focus has a heading to land on after navigation.

use leptos::prelude::*;

use crate::ui::text::t;

/// Sets the tab's title, so that each page is told apart in history and by screen readers.
pub fn set_title(page: &str) {
    document().set_title(&format!("{page} – {}", t().app_name));
}

/// A page heading that can take focus after navigation.
#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <h1 tabindex="-1">{text}</h1> }
}
