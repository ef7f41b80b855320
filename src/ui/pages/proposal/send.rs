//! Sending a proposal: as a small file, or as a link that carries it in the fragment when the
//! whole link keeps within the limit (`core::format::link`); over it, only the file is offered.

use leptos::prelude::*;

use crate::core::format::link::{encode, link as whole_link, MAX_URL_CHARS};
use crate::core::format::proposal::Proposal;
use crate::core::format::sheets::file_name;
use crate::ui::browser::clipboard::app_address;
use crate::ui::browser::clock::today;
use crate::ui::browser::download::save_text;
use crate::ui::shell::route::Route;
use crate::ui::text::t;
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::link_box::LinkBox;

/// The proposal's title field, where focus goes when the title is missing.
pub const TITLE_ID: &str = "proposal-title";

#[component]
pub fn SendProposal(draft: RwSignal<Proposal>, title_error: RwSignal<bool>) -> impl IntoView {
    let p = t().proposal();
    let link = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let too_long = RwSignal::new(None::<String>);
    // A proposal without a title is not sent: the message sits at the title field.
    let ready = move || {
        let ok = draft.with_untracked(Proposal::has_title);
        title_error.set(!ok);
        if !ok {
            focus_later(TITLE_ID.to_string());
        }
        ok
    };
    let download = move |_| {
        if !ready() {
            return;
        }
        let (title, json) = draft.with_untracked(|d| (d.title.clone(), d.to_json(true)));
        let name = file_name(&title, "", p.file_fallback, &today(), "json");
        status.set(Some(
            match save_text(&name, "application/json;charset=utf-8", &json) {
                Ok(()) => (p.file_done)(&name),
                Err(_) => p.save_failed.to_string(),
            },
        ));
    };
    let make_link = move |_| {
        if !ready() {
            return;
        }
        let data = encode(&draft.with_untracked(|d| d.to_json(false)));
        let prefix = format!(
            "{}{}",
            app_address(),
            Route::ProposalLink {
                data: String::new()
            }
            .href()
        );
        match whole_link(&prefix, &data) {
            Ok(url) => {
                too_long.set(None);
                link.set(Some(url));
            }
            Err(chars) => {
                link.set(None);
                too_long.set(Some((p.too_long_for_link)(chars, MAX_URL_CHARS)));
            }
        }
    };
    view! {
        <section class="proposal-send" aria-labelledby="proposal-send-heading">
            <h2 id="proposal-send-heading">{p.send_heading}</h2>
            <p>{p.send_intro}</p>
            <p class="hint">{(p.limit_why)(MAX_URL_CHARS)}</p>
            <button type="button" on:click=download>{p.download}</button>
            " "
            <button type="button" class="secondary" on:click=make_link>{p.make_link}</button>
            <p role="status">{move || status.get()}</p>
            <p role="alert">{move || too_long.get()}</p>
            <LinkBox id="proposal-link" label=p.link_label hint=p.link_hint link=link />
        </section>
    }
}
