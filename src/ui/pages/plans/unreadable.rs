//! Stored plans that could not be read: named, with their text to download and rescue, and a
//! removal that asks first and can be undone. They are never overwritten otherwise.

use leptos::prelude::*;

use crate::persistence::repository::PLAN_PREFIX;
use crate::ui::browser::download::save_text;
use crate::ui::state::unreadable::RemovedUnreadable;
use crate::ui::state::AppState;
use crate::ui::text::t;

#[component]
pub fn UnreadablePlans() -> impl IntoView {
    let state = expect_context::<AppState>();
    let r = t().rescue();
    // What happened last, said in the live region; a removal keeps what undo needs.
    let message = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<RemovedUnreadable>);
    // The removed item takes focus with it: the undo button is where the person lands.
    let undo_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = undo_ref.get() {
            let _ = button.focus();
        }
    });
    let undo = move |_| {
        let Some(back) = removed.get_untracked() else {
            return;
        };
        match state.restore_unreadable(back) {
            Ok(()) => {
                removed.set(None);
                message.set(Some(r.restored.to_string()));
            }
            Err(_) => message.set(Some(r.storage_failed.to_string())),
        }
    };
    view! {
        <Show when=move || state.load_error.with(Option::is_some)>
            <p class="message message-error" role="alert">{r.load_failed}</p>
        </Show>
        <Show when=move || state.unreadable.with(|u| !u.is_empty()) || message.with(Option::is_some)>
            <section class="message message-error unreadable" aria-labelledby="unreadable-heading">
                <h2 id="unreadable-heading">{r.heading}</h2>
                <Show when=move || state.unreadable.with(|u| !u.is_empty())>
                    <p>{r.intro}</p>
                </Show>
                <ul>
                    <For each=move || state.unreadable.get() key=|p| p.key.clone() let:problem>
                        <UnreadableItem key=problem.key.clone() text=(r.item)(&problem.key, &problem.error)
                            message removed />
                    </For>
                </ul>
                <div role="status">
                    {move || message.get().map(|m| view! {
                        <p>{m}" "
                            <Show when=move || removed.with(Option::is_some)>
                                <button type="button" class="secondary" node_ref=undo_ref on:click=undo>{r.undo}</button>
                            </Show>
                        </p>
                    })}
                </div>
            </section>
        </Show>
    }
}

#[component]
fn UnreadableItem(
    key: String,
    text: String,
    message: RwSignal<Option<String>>,
    removed: RwSignal<Option<RemovedUnreadable>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let r = t().rescue();
    let key = StoredValue::new(key);
    let confirming = RwSignal::new(false);
    let download = move |_| {
        let key = key.get_value();
        let Some(stored) = state.unreadable_text(&key) else {
            message.set(Some(r.storage_failed.to_string()));
            return;
        };
        let name = (r.file_name)(key.strip_prefix(PLAN_PREFIX).unwrap_or(&key));
        message.set(Some(match save_text(&name, "application/json", &stored) {
            Ok(()) => (r.downloaded)(&name),
            Err(_) => r.download_failed.to_string(),
        }));
        removed.set(None);
    };
    let remove = move |_| match state.remove_unreadable(&key.get_value()) {
        Ok(Some(gone)) => {
            removed.set(Some(gone));
            message.set(Some(r.removed.to_string()));
        }
        Ok(None) | Err(_) => message.set(Some(r.storage_failed.to_string())),
    };
    view! {
        <li>
            <p>{text}</p>
            <button type="button" on:click=download>
                {r.download}<span class="visually-hidden">" "{key.get_value()}</span>
            </button>
            " "
            <button type="button" class="danger" aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.update(|c| *c = !*c)>
                {r.remove}<span class="visually-hidden">" "{key.get_value()}</span>
            </button>
            <Show when=move || confirming.get()>
                <div role="group" aria-label=(r.confirm_label)(&key.get_value())>
                    <p>{r.confirm_text}</p>
                    <button type="button" class="danger" on:click=remove>{r.confirm_remove}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{r.cancel}</button>
                </div>
            </Show>
        </li>
    }
}
