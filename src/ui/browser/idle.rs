//! Waiting for the browser to be idle, for work nobody is waiting for (the prefetch of the
//! chunks and the import's warm-up in `ui/shell/lazy.rs`): each piece runs when no input or
//! frame is due.

use std::time::Duration;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Resolves at the browser's next idle period; after `without_idle` where there is no
/// `requestIdleCallback` (Safari), and at once when there is no window at all.
pub async fn next_idle(without_idle: Duration) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let asked = window.request_idle_callback(done.unchecked_ref()).is_ok();
        if !asked {
            let ms = i32::try_from(without_idle.as_millis()).unwrap_or(i32::MAX);
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(done.unchecked_ref(), ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
