//! Telling the other tabs of this browser about a write at once, on a `BroadcastChannel`
//! (`persistence::tabs` says what is sent). Where the browser has no `BroadcastChannel` nothing
//! is sent, and the `storage` event, which every browser fires, is how other tabs learn of it.

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::persistence::tabs::{TabMessage, CHANNEL};

/// This tab's end of the channel; closes it when dropped.
pub struct TabChannel {
    channel: JsValue,
    _listener: Option<Closure<dyn FnMut(JsValue)>>,
}

impl TabChannel {
    /// Opens the channel and hands each readable message from another tab to `on_message`.
    /// `None` where the browser has no `BroadcastChannel` (or refuses one).
    pub fn open(on_message: impl FnMut(TabMessage) + 'static) -> Option<Self> {
        let mut on_message = on_message;
        let constructor = Reflect::get(&js_sys::global(), &JsValue::from_str("BroadcastChannel"))
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        let args = js_sys::Array::of1(&JsValue::from_str(CHANNEL));
        let channel = Reflect::construct(&constructor, &args).ok()?;
        let listener = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let text = Reflect::get(&event, &JsValue::from_str("data"))
                .ok()
                .and_then(|d| d.as_string());
            if let Some(message) = text.as_deref().and_then(TabMessage::decode) {
                on_message(message);
            }
        });
        Reflect::set(
            &channel,
            &JsValue::from_str("onmessage"),
            listener.as_ref().unchecked_ref(),
        )
        .ok()?;
        Some(Self {
            channel,
            _listener: Some(listener),
        })
    }

    /// Sends a message to the other tabs (a tab never hears its own).
    pub fn post(&self, message: &TabMessage) {
        call(
            &self.channel,
            "postMessage",
            &JsValue::from_str(&message.encode()),
        );
    }
}

impl Drop for TabChannel {
    fn drop(&mut self) {
        let _ = Reflect::set(
            &self.channel,
            &JsValue::from_str("onmessage"),
            &JsValue::NULL,
        );
        call(&self.channel, "close", &JsValue::UNDEFINED);
    }
}

/// Calls a method of a JS object, ignoring a failure: a message that cannot be sent leaves the
/// `storage` event to tell the other tabs.
fn call(target: &JsValue, method: &str, arg: &JsValue) {
    if let Some(f) = Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        let _ = f.call1(target, arg);
    }
}
