//! A text field whose value the core may refuse (an empty or taken name, an empty rubric text).
//! A refused value is shown with a message tied to the field and is not written: the plan keeps
//! the last valid value, which the message names.

use leptos::prelude::*;

use crate::ui::text::t;

/// A one-line text field checked on every change. `on_change` writes the value and gives back
/// the message when the value was refused.
#[component]
pub fn CheckedTextInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] initial: String,
    #[prop(into)] on_change: Callback<String, Option<&'static str>>,
) -> impl IntoView {
    let last_valid = StoredValue::new(initial.trim().to_string());
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    let shown_id = error_id.clone();
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        match on_change.run(typed.clone()) {
            None => {
                last_valid.set_value(typed.trim().to_string());
                error.set(None);
            }
            Some(message) => {
                let kept = last_valid.get_value();
                error.set(Some(format!("{message} {} {kept}", t().walk().kept_value)));
            }
        }
    };
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            <input id=id type="text" value=initial required
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=move || error.get().map(|_| error_id.clone())
                on:input=on_input />
            {move || error.get().map(|msg| view! { <p class="field-error" id=shown_id.clone()>{msg}</p> })}
        </div>
    }
}
