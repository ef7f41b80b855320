//! Waiting for the browser to be idle, for work nobody is waiting for (the import's warm-up in
//! `ui/shell/lazy.rs`): each piece runs when no input or frame is due.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Resolves at the browser's next idle period; after a tick where there is no
/// `requestIdleCallback` (Safari), and at once when there is no window at all.
pub async fn next_idle() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let asked = window.request_idle_callback(done.unchecked_ref()).is_ok();
        if !asked {
            let _ = window.set_timeout_with_callback(done.unchecked_ref());
        }
    });
    let _ = JsFuture::from(promise).await;
}
