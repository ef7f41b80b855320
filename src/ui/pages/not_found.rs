//! Shown for an address that leads nowhere, with a way back.

use leptos::prelude::*;

use crate::ui::shell::route::Route;
use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_title(t().not_found_title);
    view! {
        <PageHeading text=t().not_found_title.to_string() />
        <p>{t().not_found_body}</p>
        <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
    }
}
