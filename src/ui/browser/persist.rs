//! Asking the browser to keep this site's storage (`navigator.storage.persist()`), so that it
//! is not deleted under storage pressure or, in Safari, after 7 days without a visit. Browsers
//! without the Storage API, or that refuse to say, answer `None`.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

fn manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    has.then(|| navigator.storage())
}

/// Whether the browser already keeps the storage.
pub async fn persisted() -> Option<bool> {
    let promise = manager()?.persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser to keep the storage; its answer.
pub async fn request() -> Option<bool> {
    let promise = manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
