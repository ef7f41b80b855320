//! The accessibility statement (tillgänglighetsredogörelse) Swedish public bodies must publish.

use leptos::prelude::*;

use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    set_title(t().about.a11y_title);
    view! {
        <PageHeading text=t().about.a11y_title.to_string() />
        {t().about.a11y_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
    }
}
