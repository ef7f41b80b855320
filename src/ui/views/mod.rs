//! One module per page or shared piece of the shell.

pub mod about;
pub mod accessibility;
pub mod fields;
pub mod header;
pub mod import;
pub mod not_found;
pub mod pager;
pub mod plan_create;
pub mod plan_criteria;
pub mod plan_initiatives;
pub mod plan_list;
pub mod plan_overview;
pub mod plan_params;
pub mod plan_row;
pub mod plan_views;
pub mod walkthrough;

use leptos::prelude::*;

use super::text::t;

/// Sets the tab's title, so that each page is told apart in history and by screen readers.
pub fn set_title(page: &str) {
    document().set_title(&format!("{page} – {}", t().app_name));
}

/// A page heading that can take focus after navigation.
#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <h1 tabindex="-1">{text}</h1> }
}
