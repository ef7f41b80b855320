//! While the plans are read (their reader is a chunk fetched right after start), and when that
//! chunk could not be fetched: said on the plan list and in place of any page that needs a plan.

use leptos::prelude::*;

use crate::ui::shell::lazy::load_failed;
use crate::ui::state::{AppState, Reading};
use crate::ui::text::t;

#[component]
pub fn PlansReading() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || match state.reading.get() {
        Reading::Done => ().into_any(),
        Reading::Started => {
            view! { <p class="loading" role="status">{t().plans_reading}</p> }.into_any()
        }
        Reading::Failed => load_failed(t().plans_read_failed, move || state.retry_reading()),
    }
}
