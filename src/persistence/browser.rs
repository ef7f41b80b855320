//! localStorage behind [`KeyValueStore`]. `gloo_storage::LocalStorage::raw()` traps when the
//! browser blocks storage, so availability is checked through `web_sys` first and the app falls
//! back to memory instead of crashing.

use gloo_storage::Storage as _;
use wasm_bindgen::JsValue;

use super::store::{KeyValueStore, StoreError};

const PROBE_KEY: &str = "beredning.probe";

pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// Opens localStorage if the browser lets us read and write it.
    pub fn open() -> Result<Self, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        // Both an exception and `None` mean blocked; only after this is `raw()` safe to call.
        match window.local_storage() {
            Ok(Some(_)) => {}
            _ => return Err(StoreError::Unavailable),
        }
        let storage = gloo_storage::LocalStorage::raw();
        // Some browsers hand out a storage object that throws on every write.
        storage.set_item(PROBE_KEY, "1").map_err(|e| classify(&e))?;
        let _ = storage.remove_item(PROBE_KEY);
        Ok(Self { storage })
    }
}

/// Tells a full store apart from other failures, so the message can say what to do.
fn classify(error: &JsValue) -> StoreError {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::QuotaExceeded
    } else if name == "SecurityError" {
        StoreError::Unavailable
    } else {
        StoreError::Other(name)
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(|e| classify(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let len = self.storage.length().map_err(|e| classify(&e))?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Ok(Some(key)) = self.storage.key(i) {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    fn is_persistent(&self) -> bool {
        true
    }
}
