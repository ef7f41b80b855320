//! The accessibility statement (tillgänglighetsredogörelse) Swedish public bodies must publish.

use leptos::prelude::*;

use super::{set_title, PageHeading};
use crate::ui::text::t;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    set_title(t().a11y_title);
    view! {
        <PageHeading text=t().a11y_title.to_string() />
        {t().a11y_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
    }
}
