//! The accessibility statement (tillgänglighetsredogörelse) Swedish public bodies must publish,
//! in the order of DIGG's model statement. The contact details are the publisher's: the page
//! shows a marked placeholder for them rather than inventing any.

use leptos::prelude::*;

use crate::ui::text::{t, StatementSection};
use crate::ui::widgets::heading::{set_title, PageHeading};

/// DIGG, the supervising authority, named by the statement.
const DIGG_URL: &str = "https://www.digg.se/";

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let a = t().accessibility();
    set_title(a.title);
    view! {
        <PageHeading text=a.title.to_string() />
        <div class="statement">
            {a.intro.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <Section section=&a.how_accessible />
            <Section section=&a.cannot_use />
            <Section section=&a.report />
            <p class="placeholder">
                <strong>{a.placeholder_label}": "</strong>
                {a.placeholder}
            </p>
            <Section section=&a.supervision />
            <p>{a.supervision_link_intro}" "<a href=DIGG_URL>{a.supervision_link}</a></p>
            <Section section=&a.technical />
            <Section section=&a.not_accessible />
            <Section section=&a.testing />
            <p>{a.dated}</p>
        </div>
    }
}

#[component]
fn Section(section: &'static StatementSection) -> impl IntoView {
    view! {
        <h2>{section.heading}</h2>
        {section.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        {(!section.items.is_empty()).then(|| view! {
            <ul>{section.items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
        })}
    }
}
