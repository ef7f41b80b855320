//! Files the app hands to the person: a Blob saved through a temporary link, since there is no
//! server to download from. The Excel worker that makes workbooks lives in [`excel`].

pub mod excel;

use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// The browser refused to make or save the file (no document, blocked downloads, out of memory).
#[derive(Debug, Clone, PartialEq)]
pub struct SaveError(pub String);

impl From<JsValue> for SaveError {
    fn from(e: JsValue) -> Self {
        SaveError(e.as_string().unwrap_or_else(|| format!("{e:?}")))
    }
}

/// Saves `text` (UTF-8) as `file_name`.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> Result<(), SaveError> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    save_blob(
        file_name,
        &Blob::new_with_str_sequence_and_options(&parts, &options(mime))?,
    )
}

/// Saves the bytes as `file_name`.
pub fn save_bytes(
    file_name: &str,
    mime: &str,
    bytes: &js_sys::Uint8Array,
) -> Result<(), SaveError> {
    let parts = js_sys::Array::of1(bytes);
    save_blob(
        file_name,
        &Blob::new_with_u8_array_sequence_and_options(&parts, &options(mime))?,
    )
}

fn options(mime: &str) -> BlobPropertyBag {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    options
}

fn save_blob(file_name: &str, blob: &Blob) -> Result<(), SaveError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| SaveError("no document".into()))?;
    let body = document.body().ok_or_else(|| SaveError("no body".into()))?;
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    // Some browsers follow only links that are in the document.
    if let Err(e) = body.append_child(&link) {
        let _ = Url::revoke_object_url(&url);
        return Err(e.into());
    }
    link.click();
    link.remove();
    // The download reads the Blob after the click returns; the URL is freed once it has.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    Ok(())
}
