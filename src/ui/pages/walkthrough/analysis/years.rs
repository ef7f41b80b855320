//! A year whose range depends on the plan: the initiative's start year (within the plan's
//! period) and its running cost's first and last year (within the horizon). The core checks and
//! writes the year; a refused one is shown with its message tied to the field, and the last
//! valid value stays in the plan (docs/domain.md §5.5).

use leptos::prelude::*;

use crate::core::model::YearError;
use crate::ui::text::t;
use crate::ui::widgets::fields::described_by;

#[component]
pub fn YearInput(
    #[prop(into)] id: String,
    label: &'static str,
    /// The year as stored when the field is created.
    initial: String,
    /// The hint under the label, tied to the field.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Writes the typed year when the core accepts it, and says why not otherwise.
    #[prop(into)]
    apply: Callback<String, Result<(), YearError>>,
) -> impl IntoView {
    let text = RwSignal::new(initial.clone());
    let last_valid = StoredValue::new(initial);
    let error = RwSignal::new(None::<String>);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let on_input = move |ev| {
        let raw = event_target_value(&ev);
        text.set(raw.clone());
        match apply.run(raw.trim().to_string()) {
            Ok(()) => {
                error.set(None);
                last_valid.set_value(raw.trim().to_string());
            }
            Err(e) => error.set(Some(format!(
                "{} {} {}",
                t().years().error(e),
                t().walk().kept_value,
                last_valid.get_value()
            ))),
        }
    };
    // Tidy the text once the user leaves a valid field (" 2026" becomes "2026"). Blur also fires
    // when the field is removed while focused: every access here must tolerate that.
    let on_blur = move |_| {
        if error.try_get_untracked().flatten().is_none() {
            if let Some(v) = last_valid.try_get_value() {
                let _ = text.try_set(v);
            }
        }
    };
    let describedby = {
        let hint_id = hint.map(|_| hint_id.clone());
        let error_id = error_id.clone();
        move || described_by(hint_id.clone(), error.get().map(|_| error_id.clone()))
    };
    view! {
        <div class="field field-number" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get()}</p> })}
            <span class="number-input">
                <input id=id type="text" inputmode="numeric" autocomplete="off"
                    prop:value=move || text.get()
                    on:input=on_input on:blur=on_blur
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=describedby />
            </span>
            {move || error.get().map(|msg| view! { <p class="field-error" id=error_id.clone()>{msg}</p> })}
        </div>
    }
}
