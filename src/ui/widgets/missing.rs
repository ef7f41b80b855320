//! What a page shows when what its address names is not there (a plan deleted in another tab,
//! a mistyped address): a heading that says so, why, and a way back. One component, so every
//! such page reads and is announced the same way.

use leptos::prelude::*;

use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};

#[component]
pub fn Missing(
    /// Why nothing is shown, e.g. "Planen finns inte längre".
    message: &'static str,
    back_href: String,
    back_label: &'static str,
) -> impl IntoView {
    set_title(t().not_found_title);
    view! {
        <PageHeading text=t().not_found_title.to_string() />
        <p>{message}</p>
        <p><a href=back_href>{back_label}</a></p>
    }
}
