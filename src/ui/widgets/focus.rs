//! Where focus goes when the page changes under it. Keyboard and screen-reader users must never
//! be left on an element that went away, nor have to search for new content.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the page's heading after the next frame, when the new content is in place:
/// after a navigation, or when the control that had focus went away.
pub fn focus_page_heading() {
    request_animation_frame(|| {
        let focused = focus_heading_now();
        FOCUS_PENDING.with(|p| p.set(!focused));
    });
}

thread_local! {
    /// A navigation found no heading to focus: its page was still being fetched.
    static FOCUS_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Gives the page heading focus if a navigation asked for it before the page was there.
pub fn focus_page_heading_if_pending() {
    request_animation_frame(|| {
        if FOCUS_PENDING.with(|p| p.get()) && focus_heading_now() {
            FOCUS_PENDING.with(|p| p.set(false));
        }
    });
}

thread_local! {
    /// The element a link asked the next page to start at instead of its heading.
    static FOCUS_TARGET: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Asks the page the next navigation opens to put focus (and so the view) on the element `id`,
/// a section heading with `tabindex="-1"`, instead of the page heading: for a link to a part
/// of another page, which a hash route cannot name. Called from the link's click.
pub fn focus_on_arrival(id: &str) {
    FOCUS_TARGET.with(|t| *t.borrow_mut() = Some(id.to_string()));
}

/// Whether a link asked the page being opened to start at a part of it: a page drawn in parts
/// (`widgets::staged`) then draws them all at once, so that the part is there to take focus.
pub fn part_asked() -> bool {
    FOCUS_TARGET.with(|t| t.borrow().is_some())
}

/// Focuses the page heading, or the element a link asked for once the page is there; false
/// while the page (its heading) is not yet rendered.
fn focus_heading_now() -> bool {
    let Some(h1) = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let target = FOCUS_TARGET
        .with(|t| t.borrow_mut().take())
        .and_then(|id| document().get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => el.focus().is_ok(),
        None => h1.focus().is_ok(),
    }
}

/// Moves focus to the element with `id` once the DOM has caught up: a new row or list item is
/// rendered by an effect, so it does not exist yet when the click handler runs.
pub fn focus_later(id: String) {
    request_animation_frame(move || focus_now(&id));
}

/// Moves focus to the element with `id`, if it is on the page.
pub fn focus_now(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A heading that takes focus when it appears, so a screen reader starts at the new content
/// even when the address did not change (e.g. the import's preview ⇄ merge step).
pub fn focused_heading() -> NodeRef<leptos::html::H1> {
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            let _ = h1.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
    heading
}

/// Blurs a focused text field before the fields around it are swapped or removed. A field
/// removed while focused gets its blur event after its signals are gone (NumberInput's blur
/// handler then panics); this happens when a select is changed by script without focusing it.
pub fn release_text_focus() {
    if let Some(el) = document().active_element() {
        if matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA") {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.blur();
            }
        }
    }
}

/// The control that has focus, as `(field id, what the person sees it as)`: a field's label or a
/// button's text. Undo names a change by it, and joins a burst of typing in one field by its id
/// (a button has no field id: two clicks are two changes).
pub fn active_control() -> Option<(Option<String>, String)> {
    let document = document();
    let active = document.active_element()?;
    let id = active.id();
    let tag = active.tag_name().to_ascii_lowercase();
    let label = match tag.as_str() {
        "input" | "select" | "textarea" if !id.is_empty() => document
            .query_selector(&format!("label[for=\"{id}\"]"))
            .ok()
            .flatten()
            .and_then(|l| l.text_content()),
        _ => active.text_content(),
    }
    .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
    .filter(|l| !l.is_empty())?;
    let field = matches!(tag.as_str(), "input" | "select" | "textarea") && !id.is_empty();
    Some((field.then_some(id), label))
}
