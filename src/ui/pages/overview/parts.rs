//! What the overview's editors share: a name field whose errors are tied to it, and a form that
//! adds by name (removal with undo is `widgets::removal`). Kept apart from the editors so none
//! imports another.

use leptos::prelude::*;

/// A name typed in place: `check` keeps it when it can and gives the message otherwise, shown
/// under the field and tied to it; the field keeps what was typed.
#[component]
pub fn NameField(
    id: String,
    label: &'static str,
    initial: String,
    check: impl Fn(String) -> Result<(), &'static str> + 'static,
) -> impl IntoView {
    let error = RwSignal::new(None::<&'static str>);
    let error_id = format!("{id}-error");
    let (described, shown) = (error_id.clone(), error_id);
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            <input id=id type="text" value=initial required
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=move || error.get().map(|_| described.clone())
                on:input=move |ev| error.set(check(event_target_value(&ev)).err()) />
            {move || error.get().map(|msg| view! { <p class="field-error" id=shown.clone()>{msg}</p> })}
        </div>
    }
}

/// A small form that adds something by name: the error is tied to the field and focus goes
/// back to it; on success the field empties and a live region says what was added.
#[component]
pub fn AddByName(
    id: String,
    label: String,
    button: &'static str,
    added: fn(&str) -> String,
    #[prop(optional)] hint: Option<&'static str>,
    add: impl Fn(String) -> Result<(), &'static str> + 'static,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let done = RwSignal::new(None::<String>);
    let (error_id, hint_id) = (format!("{id}-error"), format!("{id}-hint"));
    let focus_id = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        match add(typed.clone()) {
            Ok(()) => {
                error.set(None);
                done.set(Some(typed.trim().to_string()));
                name.set(String::new());
            }
            Err(msg) => {
                error.set(Some(msg));
                done.set(None);
                crate::ui::widgets::focus::focus_later(focus_id.clone());
            }
        }
    };
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let ids: Vec<&str> = [
                hint.map(|_| hint_id.as_str()),
                error.get().map(|_| error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <form class="add-by-name" on:submit=submit novalidate>
            <div class="field" class:has-error=move || error.get().is_some()>
                <label for=id.clone()>{label}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                <input id=id type="text" prop:value=move || name.get()
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=described
                    on:input=move |ev| name.set(event_target_value(&ev)) />
                {move || error.get().map(|msg| view! { <p class="field-error" id=error_id.clone()>{msg}</p> })}
            </div>
            <button type="submit">{button}</button>
            <p role="status">{move || done.get().map(|n| added(&n))}</p>
        </form>
    }
}
