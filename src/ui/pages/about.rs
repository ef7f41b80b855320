//! What the app does, and why data that stays in the browser must be exported.

use leptos::prelude::*;

use crate::ui::shell::route::Route;
use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};

/// Relative, so that it works wherever the app is served; Trunk copies `public/` into the bundle.
const SCHEMA_HREF: &str = "public/beredning-plan.schema.json";

#[component]
pub fn AboutPage() -> impl IntoView {
    set_title(t().about().title);
    view! {
        <PageHeading text=t().about().title.to_string() />
        {t().about().body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        <p>{t().about().schema_intro}" "<a href=SCHEMA_HREF>{t().about().schema_link}</a></p>
        <p>{t().proposal().list_link_intro}" "<a href=Route::Proposal.href()>{t().proposal().nav_link}</a></p>
        <h2>{t().about().storage_title}</h2>
        {t().about().storage_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
    }
}
