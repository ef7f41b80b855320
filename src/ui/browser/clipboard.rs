//! Links the app makes to carry a document in the fragment: the app's own address to put them
//! on, and copying a link to the clipboard where the browser allows it.

use leptos::prelude::window;
use wasm_bindgen_futures::JsFuture;

/// The address the app runs at, without the fragment: where a link's `#/…` is appended.
pub fn app_address() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_string(),
        None => href,
    }
}

/// Copies `text` to the clipboard; false when the browser refuses (no permission, an insecure
/// page), so the page can ask the person to copy it from the field.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
