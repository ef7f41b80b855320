//! What the app does, and why data that stays in the browser must be exported.

use leptos::prelude::*;

use super::{set_title, PageHeading};
use crate::ui::text::t;

#[component]
pub fn AboutPage() -> impl IntoView {
    set_title(t().about_title);
    view! {
        <PageHeading text=t().about_title.to_string() />
        {t().about_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        <h2>{t().about_storage_title}</h2>
        {t().about_storage_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
    }
}
