//! A refused file: every problem with its place in the file, and the assurance that nothing
//! was stored.

use leptos::prelude::*;

use crate::core::format::problem::Problem;
use crate::ui::shell::route::Route;
use crate::ui::text::{problem_message, t};
use crate::ui::widgets::focus::focused_heading;

#[component]
pub fn ProblemsView(file_name: String, problems: Vec<Problem>) -> impl IntoView {
    let heading = focused_heading();
    let messages: Vec<String> = problems.iter().map(problem_message).collect();
    view! {
        <h1 tabindex="-1" node_ref=heading>{t().import().problems_title}</h1>
        <p>{t().import().file_name}" "<strong class="file-name">{file_name}</strong></p>
        <div class="message message-error" role="alert">
            <p>{t().import().problems_intro}</p>
            <ul class="import-problems">
                {messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        </div>
        <p>{t().import().nothing_changed}</p>
        <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
    }
}
