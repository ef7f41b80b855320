//! A page drawn in parts (`ui::widgets::staged`) in a real browser: its top in the task that
//! mounts it, the rest after a frame, `aria-busy` until the last; all at once when a link
//! asked for focus on a part of the page.
#![cfg(target_arch = "wasm32")]

use beredning::ui::widgets::focus::{focus_on_arrival, focus_page_heading};
use beredning::ui::widgets::staged::{redraw_whole, Stages};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn Page() -> impl IntoView {
    let parts = Stages::begin();
    view! {
        <main>
            <div id="staged" aria-busy=move || parts.busy()>
                <h1 tabindex="-1">"Top"</h1>
                <Show when=move || parts.rest_shown()>
                    <p>"First part"</p>
                    <h2 id="last-part" tabindex="-1">"Last part"</h2>
                </Show>
            </div>
        </main>
    }
}

fn busy() -> Option<String> {
    document()
        .get_element_by_id("staged")
        .and_then(|e| e.get_attribute("aria-busy"))
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_top_comes_at_once_and_the_rest_after_a_frame() {
    let handle = mount_to(fresh_container(), Page);
    // Still in the task that mounted it: no frame has been painted yet.
    let first = (body_text(), busy());
    let done = until(|| body_text().contains("Last part") && busy().is_none()).await;
    let last = body_text();
    drop(handle);
    assert!(first.0.contains("Top"), "{}", first.0);
    assert!(!first.0.contains("First part"), "{}", first.0);
    assert_eq!(first.1.as_deref(), Some("true"));
    assert!(done, "all parts drawn and not busy: {last}");
    assert!(last.contains("First part"), "{last}");
}

#[wasm_bindgen_test]
async fn a_link_to_a_part_draws_every_part_at_once() {
    focus_on_arrival("last-part");
    let handle = mount_to(fresh_container(), Page);
    let at_once = (body_text(), busy());
    focus_page_heading();
    let focused = until(|| focused_id() == "last-part").await;
    let active = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|e| e.inner_text());
    drop(handle);
    assert!(at_once.0.contains("Last part"), "{}", at_once.0);
    assert!(at_once.1.is_none(), "not busy: {:?}", at_once.1);
    assert!(
        focused,
        "focus went to the part the link asked for: {active:?}"
    );
}

#[wasm_bindgen_test]
async fn a_page_drawn_again_in_place_is_drawn_whole_and_the_next_one_in_parts() {
    redraw_whole();
    let handle = mount_to(fresh_container(), Page);
    let in_place = (body_text(), busy());
    drop(handle);
    // After the frame, a page opened anew is drawn in parts again.
    let cleared = until(|| {
        let handle = mount_to(fresh_container(), Page);
        let text = body_text();
        drop(handle);
        !text.contains("Last part")
    })
    .await;
    assert!(in_place.0.contains("Last part"), "{}", in_place.0);
    assert!(in_place.1.is_none(), "not busy: {:?}", in_place.1);
    assert!(cleared, "a later page is drawn in parts");
}
