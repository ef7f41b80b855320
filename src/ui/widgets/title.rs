//! Names as shown in headings, legends, links and cells: trimmed, or a placeholder when nothing
//! is left, so that no row, group or button is left without a name and no empty cell looks like
//! a rendering fault.

use crate::ui::text::t;

/// `text` trimmed, or `placeholder` when it is blank.
pub fn shown_or(text: &str, placeholder: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        placeholder.to_string()
    } else {
        text.to_string()
    }
}

/// An initiative's title, or "(utan titel)" when it has none yet.
pub fn initiative_title(title: &str) -> String {
    shown_or(title, t().no_title)
}

/// Text as given, or "–" when blank.
pub fn or_dash(text: &str) -> String {
    shown_or(text, "–")
}
