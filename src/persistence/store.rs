//! The key-value interface plans are stored through, and an in-memory store used both as the
//! fallback when the browser blocks storage and in native tests.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The browser does not let us use storage (sandboxed iframe, privacy settings).
    #[error("storage is unavailable")]
    Unavailable,
    /// The write did not fit; the previous value is still there.
    #[error("storage is full")]
    QuotaExceeded,
    #[error("storage failed: {0}")]
    Other(String),
    /// Another tab wrote a newer revision of the plan since this tab read it: nothing was
    /// written, so neither version is lost.
    #[error("the plan was changed in another tab")]
    ChangedElsewhere,
}

pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value`. On error the previous value under `key` must be left as it was.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    /// False for the in-memory fallback, so the UI can say that nothing outlives the tab.
    fn is_persistent(&self) -> bool;
}

/// Keeps values in memory. An optional quota (in bytes of keys plus values, as browsers count)
/// lets tests reproduce a full localStorage.
#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    quota: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_quota(bytes: usize) -> Self {
        Self {
            entries: BTreeMap::new(),
            quota: Some(bytes),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.keys().cloned().collect())
    }

    fn is_persistent(&self) -> bool {
        false
    }
}

impl<S: KeyValueStore + ?Sized> KeyValueStore for Box<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
    fn is_persistent(&self) -> bool {
        (**self).is_persistent()
    }
}
