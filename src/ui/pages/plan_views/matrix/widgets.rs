//! Small controls shared by the matrix and the budget scenario: a radio group for view choices
//! that are not stored in the plan. (Their long tables are paged with `widgets::pager`.)

use leptos::prelude::*;

/// A radio group choosing one of a few fixed options. Reads `initial` once and reports every
/// change, like the bound fields.
#[component]
pub fn RadioGroup<T>(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    options: Vec<(T, String)>,
    initial: T,
    #[prop(into)] on_change: Callback<T>,
    /// A note below the options, tied to the group.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    view! {
        <fieldset class="radio-group" aria-describedby=hint_id.clone()>
            <legend>{legend}</legend>
            {options.into_iter().enumerate().map(|(k, (value, label))| {
                let input_id = format!("{id}-{k}");
                view! {
                    <div class="radio">
                        <input type="radio" id=input_id.clone() name=id.clone() checked=value == initial
                            on:change=move |_| on_change.run(value) />
                        <label for=input_id>{label}</label>
                    </div>
                }
            }).collect_view()}
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
        </fieldset>
    }
}
