//! The pieces the analysis step's sections share: the section frame with its heading, and the
//! options of a 1–5 scale.

use leptos::prelude::*;

use crate::ui::text::t;

/// Options "1 – mycket låg" … "5 – mycket hög" for 1–5 scales, keyed "1"–"5".
pub fn scale_options() -> Vec<(String, String)> {
    t().analysis()
        .scale
        .iter()
        .enumerate()
        .map(|(i, label)| ((i + 1).to_string(), label.to_string()))
        .collect()
}

#[component]
pub fn Section(id: &'static str, title: &'static str, children: Children) -> impl IntoView {
    let heading = format!("{id}-heading");
    view! {
        <section class="analysis-section" id=id aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{title}</h3>
            {children()}
        </section>
    }
}
