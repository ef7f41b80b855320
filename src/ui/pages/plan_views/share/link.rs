//! "Dela som länk": a small plan carried whole in a link's fragment (`core::format::link`),
//! opened by the receiver through the import with all its checks. A plan too large for a link
//! is told so, and the file is the way to share it.

use leptos::prelude::*;

use crate::core::format::link::{encode, link as whole_link, MAX_URL_CHARS};
use crate::core::format::to_json;
use crate::ui::browser::clipboard::app_address;
use crate::ui::shell::route::Route;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::link_box::LinkBox;

#[component]
pub fn LinkShare(plan_id: StoredValue<String>) -> impl IntoView {
    let p = t().proposal();
    let plan = PlanHandle::new(plan_id);
    let link = RwSignal::new(None::<String>);
    let too_large = RwSignal::new(None::<String>);
    let share = move |_| {
        // Made on a click, from the plan as it is now (compact JSON, no export time).
        let Some(data) = plan.with_untracked(|pl| encode(&to_json(pl, None, false))) else {
            return;
        };
        let prefix = format!(
            "{}{}",
            app_address(),
            Route::PlanLink {
                data: String::new()
            }
            .href()
        );
        match whole_link(&prefix, &data) {
            Ok(url) => {
                too_large.set(None);
                link.set(Some(url));
            }
            Err(chars) => {
                link.set(None);
                too_large.set(Some((p.share_too_large)(chars, MAX_URL_CHARS)));
            }
        }
    };
    view! {
        <section class="share-section" aria-labelledby="share-link-heading">
            <h2 id="share-link-heading">{p.share_heading}</h2>
            <p>{p.share_intro}</p>
            <p class="hint">{(p.limit_why)(MAX_URL_CHARS)}</p>
            <button type="button" on:click=share>{p.share_button}</button>
            <p role="alert">{move || too_large.get()}</p>
            <LinkBox id="share-link" label=p.share_label hint=p.link_hint link=link />
        </section>
    }
}
