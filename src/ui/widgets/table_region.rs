//! A wide table's own scroll region: at 320 CSS px the page does not scroll sideways, the table
//! does, inside a region named like the table and reachable by keyboard (WCAG 1.4.10, 2.1.1).
//! On paper the region opens (style/print.css), so nothing is cut.

use leptos::prelude::*;

/// Wraps a table; `label` is the table's caption.
#[component]
pub fn TableRegion(label: String, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            {children()}
        </div>
    }
}
