//! A link the app made, in a read-only field the person can select and copy, with whether the
//! automatic copy worked. Used for proposal and plan links.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::browser::clipboard::copy_text;
use crate::ui::text::t;

/// Shows `link` once it is made and copies it to the clipboard; says whether that worked.
#[component]
pub fn LinkBox(
    #[prop(into)] id: String,
    label: &'static str,
    hint: &'static str,
    link: RwSignal<Option<String>>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    Effect::new(move |_| {
        if let Some(text) = link.get() {
            copied.set(None);
            spawn_local(async move {
                let ok = copy_text(&text).await;
                let _ = copied.try_set(Some(ok));
            });
        }
    });
    let hint_id = format!("{id}-hint");
    view! {
        {move || link.get().map(|text| {
            let (id, hint_id) = (id.clone(), hint_id.clone());
            view! {
                <div class="field link-box">
                    <label for=id.clone()>{label}</label>
                    <p class="hint" id=hint_id.clone()>{hint}</p>
                    <input id=id type="text" readonly=true value=text aria-describedby=hint_id
                        on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                input.select();
                            }
                        } />
                </div>
            }
        })}
        <p role="status" class="link-status">
            {move || copied.get().map(|ok| if ok { t().proposal().copied } else { t().proposal().copy_failed })}
        </p>
    }
}
