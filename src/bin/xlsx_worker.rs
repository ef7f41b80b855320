//! The Excel export, built as its own wasm and run in a web worker, so that the main bundle
//! does not carry the XLSX writer: it is downloaded only when someone asks for an Excel file.
//!
//! Protocol (the main thread's side is `ui::download::excel`): once loaded, the worker posts the
//! string `"ready"`; it then answers every message holding the sheets as JSON with the file's
//! bytes (a `Uint8Array`), or with a string starting `"error:"`. The work itself is
//! [`beredning::core::format::sheets::workbook_from_json`], tested natively.

#[cfg(target_arch = "wasm32")]
mod glue {
    use beredning::core::format::sheets::workbook_from_json;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// What the worker answers to one message.
    fn answer(data: &JsValue) -> JsValue {
        let Some(json) = data.as_string() else {
            return JsValue::from_str("error:the message was not a JSON string");
        };
        match workbook_from_json(&json) {
            Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            Err(e) => JsValue::from_str(&format!("error:{e}")),
        }
    }

    pub fn start() {
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
            // Loaded outside a worker: there is nobody to answer.
            return;
        };
        let reply = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            let answer = answer(&ev.data());
            // The file's bytes are handed over rather than copied.
            let sent = match answer.dyn_ref::<js_sys::Uint8Array>() {
                Some(bytes) => {
                    reply.post_message_with_transfer(&answer, &js_sys::Array::of1(&bytes.buffer()))
                }
                None => reply.post_message(&answer),
            };
            if sent.is_err() {
                let _ =
                    reply.post_message(&JsValue::from_str("error:the answer could not be sent"));
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker, which the main thread ends after one answer.
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str("ready"));
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    glue::start();
}
