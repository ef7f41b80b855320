//! How safe the plans are in this browser: how full storage is (with a warning before it runs
//! full) and whether the browser promised to keep it. Reminders to export sit on each plan's row.

use leptos::prelude::*;

use crate::ui::state::AppState;
use crate::ui::text::t;

#[component]
pub fn BackupPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let b = t().backup();
    let storage = move || state.backup.with(|s| s.storage);
    view! {
        <section class="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{b.heading}</h2>
            <p>{move || (b.usage)(storage())}</p>
            <Show when=move || storage().nearly_full()>
                <p class="message message-error" role="alert">{b.nearly_full}</p>
            </Show>
            <p>{move || (b.persist)(state.backup.with(|s| s.persist))}</p>
        </section>
    }
}
