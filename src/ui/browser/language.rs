//! The chosen UI language: remembered in localStorage, on a first visit taken from the
//! browser's preferred languages, and shown as `<html lang>` so screen readers pronounce the
//! page in the right language.

use crate::core::calc::numfmt::Language;

/// Where the choice is kept; not part of the plan store, so backups and plan files never carry it.
pub const LANGUAGE_KEY: &str = "beredning.language";

/// The stored choice, or on a first visit the browser's: Swedish unless the browser prefers
/// English before Swedish (the users are Swedish public bodies, so any other language, which
/// the app does not have, falls back to Swedish).
pub fn initial() -> Language {
    let window = web_sys::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten())
        .and_then(|code| Language::from_tag(&code));
    if let Some(lang) = stored {
        return lang;
    }
    let tags: Vec<String> = window
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Language::from_preferences(tags.iter().map(String::as_str))
}

/// Remembers the choice. A browser that refuses storage keeps it for this visit only.
pub fn remember(lang: Language) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(LANGUAGE_KEY, lang.code());
    }
}

/// Sets `lang` on the root element.
pub fn mark_document(lang: Language) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}
