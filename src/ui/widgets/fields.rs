//! Form fields bound to the model. Each reads its initial value once and writes every change
//! through a callback, so re-renders never overwrite what the user is typing. Every field has a
//! label; hints and errors are tied to it with `aria-describedby`.

use leptos::prelude::*;

use crate::core::calc::numfmt;
use crate::core::calc::numparse::normalise_in;
use crate::core::calc::NumberError;
use crate::ui::text::{language, t};

/// How long a weight field waits after the last keystroke: a weight re-ranks the whole plan,
/// and on a plan of 1 000 initiatives that must not happen on every keystroke.
pub const WEIGHT_DEBOUNCE_MS: u64 = 120;

/// The ids a field's `aria-describedby` names: its hint or unit, then its error when it has one.
pub fn described_by(hint: Option<String>, error: Option<String>) -> Option<String> {
    let ids: Vec<String> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A one-line or multi-line text field.
#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] initial: String,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let describedby = described_by(hint_id.clone(), None);
    let on_input = move |ev| on_change.run(event_target_value(&ev));
    let control = if multiline {
        view! { <textarea id=id.clone() rows="3" aria-describedby=describedby required=required on:input=on_input>{initial}</textarea> }.into_any()
    } else {
        view! { <input id=id.clone() type="text" value=initial aria-describedby=describedby required=required on:input=on_input /> }.into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {control}
        </div>
    }
}

/// A number typed the Swedish way ("1 234,5"). Text that is not a valid number is shown with a
/// message and not written: the last valid value stays in the model.
#[component]
pub fn NumberInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// A unit shown after the field ("kr", "%"); empty means none.
    #[prop(optional)]
    unit: Option<&'static str>,
    initial: Option<f64>,
    parse: fn(&str) -> Result<f64, NumberError>,
    /// When true, an empty field means "no value" rather than an error.
    #[prop(optional)]
    optional: bool,
    #[prop(optional)] decimals: Option<usize>,
    /// Years and similar codes are shown without thousands separators ("2025", not "2 025").
    #[prop(optional)]
    ungrouped: bool,
    /// Milliseconds to wait after the last keystroke before writing, for fields whose change is
    /// costly (a weight re-ranks the whole plan): typing stays responsive on big plans.
    #[prop(optional)]
    debounce_ms: Option<u64>,
    #[prop(into)] on_change: Callback<Option<f64>>,
) -> impl IntoView {
    let decimals = decimals.unwrap_or(2);
    let unit = unit.filter(|u| !u.is_empty());
    let show = move |v: Option<f64>| {
        v.map(|v| numfmt::field_in(language(), v, decimals, ungrouped))
            .unwrap_or_default()
    };
    let text = RwSignal::new(show(initial));
    let last_valid = StoredValue::new(initial);
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    let unit_id = unit.map(|_| format!("{id}-unit"));
    let check = move |raw: &str| -> Option<Option<f64>> {
        match parse(&normalise_in(language(), raw)) {
            Ok(v) => Some(Some(v)),
            Err(NumberError::Empty) if optional => Some(None),
            Err(e) => {
                let kept = last_valid
                    .get_value()
                    .map(|v| show(Some(v)))
                    .unwrap_or_else(|| "–".into());
                error.set(Some(format!(
                    "{} {} {kept}",
                    t().walk().number_error(e),
                    t().walk().kept_value
                )));
                None
            }
        }
    };
    let pending = StoredValue::new_local(None::<(TimeoutHandle, Option<f64>)>);
    let deliver = move |value: Option<f64>| {
        let Some(ms) = debounce_ms else {
            on_change.run(value);
            return;
        };
        if let Some(Some((handle, _))) = pending.try_update_value(Option::take) {
            handle.clear();
        }
        let fire = move || {
            let _ = pending.try_update_value(Option::take);
            let _ = on_change.try_run(value);
        };
        match set_timeout_with_handle(fire, std::time::Duration::from_millis(ms)) {
            Ok(handle) => pending.set_value(Some((handle, value))),
            Err(_) => on_change.run(value),
        }
    };
    // A change still waiting when the field goes away (navigation) is written now, never dropped.
    on_cleanup(move || {
        if let Some(Some((handle, value))) = pending.try_update_value(Option::take) {
            handle.clear();
            let _ = on_change.try_run(value);
        }
    });
    let on_input = move |ev| {
        let raw = event_target_value(&ev);
        text.set(raw.clone());
        if let Some(value) = check(&raw) {
            error.set(None);
            last_valid.set_value(value);
            deliver(value);
        }
    };
    // Tidy the text once the user leaves the field: "300000" becomes "300 000".
    // Blur also fires when the field is removed while focused (navigation, a class switch),
    // after its signals are gone: every access here must tolerate that.
    let on_blur = move |_| {
        if error.try_get_untracked().flatten().is_none() {
            if let Some(v) = last_valid.try_get_value() {
                let _ = text.try_set(show(v));
            }
        }
    };
    let describedby = {
        let error_id = error_id.clone();
        let unit_id = unit_id.clone();
        move || described_by(unit_id.clone(), error.get().map(|_| error_id.clone()))
    };
    view! {
        <div class="field field-number" class:has-error=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            <span class="number-input">
                <input id=id type="text" inputmode="decimal" autocomplete="off"
                    prop:value=move || text.get()
                    on:input=on_input on:blur=on_blur
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=describedby />
                {unit.map(|u| view! { <span class="unit" id=unit_id.clone()>{u}</span> })}
            </span>
            {move || error.get().map(|msg| view! { <p class="field-error" id=error_id.clone()>{msg}</p> })}
        </div>
    }
}

/// A group of checkboxes for choosing several of a small fixed set.
#[component]
pub fn CheckboxGroup<T>(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    options: Vec<(T, String)>,
    initial: Vec<T>,
    /// The id of a message about the whole group (an error), when there is one.
    #[prop(optional, into)]
    described_by: Signal<Option<String>>,
    #[prop(into)] on_change: Callback<Vec<T>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let chosen = StoredValue::new(initial);
    view! {
        <fieldset class="checkbox-group" aria-describedby=move || described_by.get()>
            <legend>{legend}</legend>
            {options.into_iter().enumerate().map(|(i, (value, label))| {
                let input_id = format!("{id}-{i}");
                let checked = chosen.with_value(|c| c.contains(&value));
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=input_id.clone() checked=checked on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update_value(|c| {
                                c.retain(|v| *v != value);
                                if on { c.push(value) }
                            });
                            on_change.run(chosen.get_value());
                        } />
                        <label for=input_id>{label}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// One checkbox with a label and an optional hint.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    initial: bool,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    view! {
        <div class="checkbox single">
            <input type="checkbox" id=id.clone() checked=initial aria-describedby=hint_id.clone()
                on:change=move |ev| on_change.run(event_target_checked(&ev)) />
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
        </div>
    }
}

/// A drop-down list of `(key, label)` options.
#[component]
pub fn SelectInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] initial: String,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options.into_iter().map(|(key, text)| {
                    let selected = key == initial;
                    view! { <option value=key selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled field with its error tied to it, the pattern every form in the app follows.
#[component]
pub fn Field(
    id: &'static str,
    label: &'static str,
    error: RwSignal<Option<&'static str>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>{label}</label>
            {children()}
            {move || error.get().map(|msg| view! { <p class="field-error" id=format!("{id}-error")>{msg}</p> })}
        </div>
    }
}
