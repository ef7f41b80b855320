//! Shown for an address that leads nowhere, with a way back.

use leptos::prelude::*;

use crate::ui::shell::route::Route;
use crate::ui::text::t;
use crate::ui::widgets::missing::Missing;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Missing message=t().not_found_body back_href=Route::PlanList.href() back_label=t().back_to_plans />
    }
}
