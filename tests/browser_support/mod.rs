//! Browser helpers shared by the wasm-bindgen tests: blocking storage as a sandboxed iframe
//! does, and reading what the app stored or shows.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "
let saved = null;
export function block_storage() {
  saved = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The document is sandboxed', 'SecurityError'); },
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
export function later(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
export function body_text() { return document.querySelector('.test-root').innerText; }
export function status_text() {
  const el = document.querySelector('.test-root [role=status].save-status');
  return el ? el.textContent : '';
}
")]
extern "C" {
    pub fn block_storage();
    pub fn unblock_storage();
    pub fn clear_storage();
    pub fn raw_get(key: &str) -> Option<String>;
    pub fn fresh_container() -> web_sys::HtmlElement;
    pub fn body_text() -> String;
    pub fn status_text() -> String;
    async fn later(ms: u32) -> JsValue;
}

/// Waits, up to five seconds, until `ready()` holds, and says whether it did: the app reads
/// its plans in a task of its own after the first screen. Not every test file waits.
#[allow(dead_code)]
pub async fn until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..250 {
        if ready() {
            return true;
        }
        later(20).await;
    }
    ready()
}
