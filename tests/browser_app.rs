//! The mounted app in a real browser: first start, autosave status, blocked storage.
#![cfg(target_arch = "wasm32")]

use beredning::core::example::EXAMPLE_PLAN_ID;
use beredning::persistence::repository::{plan_key, INDEX_KEY};
use beredning::ui::app::App;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
let saved = null;
export function block_storage() {
  saved = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('blocked', 'SecurityError'); },
  });
}
export function unblock_storage() {
  if (saved) { Object.defineProperty(window, 'localStorage', saved); saved = null; }
}
export function clear_storage() { window.localStorage.clear(); window.location.hash = ''; }
export function raw_get(key) { return window.localStorage.getItem(key); }
export function fresh_container() {
  document.querySelectorAll('.test-root').forEach((el) => el.remove());
  const div = document.createElement('div');
  div.className = 'test-root';
  document.body.appendChild(div);
  return div;
}
export function body_text() { return document.querySelector('.test-root').innerText; }
export function status_text() {
  const el = document.querySelector('.test-root [role=status].save-status');
  return el ? el.textContent : '';
}
")]
extern "C" {
    fn block_storage();
    fn unblock_storage();
    fn clear_storage();
    fn raw_get(key: &str) -> Option<String>;
    fn fresh_container() -> web_sys::HtmlElement;
    fn body_text() -> String;
    fn status_text() -> String;
}

#[wasm_bindgen_test]
async fn first_start_shows_and_stores_the_example_plan() {
    clear_storage();
    let _handle = mount_to(fresh_container(), App);
    leptos::task::tick().await;
    assert!(body_text().contains("Handlingsplan regional digital agenda 2019–2021"));
    assert!(
        status_text().contains("Sparat"),
        "status: {}",
        status_text()
    );
    assert!(raw_get(&plan_key(EXAMPLE_PLAN_ID)).is_some());
    assert!(raw_get(INDEX_KEY).is_some());
}

#[wasm_bindgen_test]
async fn blocked_storage_keeps_the_app_working_and_says_so() {
    block_storage();
    let handle = mount_to(fresh_container(), App);
    leptos::task::tick().await;
    let text = body_text();
    let status = status_text();
    drop(handle);
    unblock_storage();
    assert!(
        text.contains("Handlingsplan regional digital agenda 2019–2021"),
        "the example is in memory"
    );
    assert!(status.contains("Sparas inte"), "status: {status}");
}
