//! The editable "Uppdaterat från föregående version" text (`Plan.change_summary`), which the
//! beslutsunderlag includes: typed and saved like any field, or filled in from the comparison
//! (`core::workflow::changes::write_summary`), after asking when that would replace words the
//! user wrote, and with undo afterwards.

use leptos::prelude::*;

use super::compared::Compared;
use crate::core::workflow::changes::{replacing_loses_text, write_summary};
use crate::ui::state::PlanHandle;
use crate::ui::text::{language, t};
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{ConfirmRemoval, Removed, UndoNotice};

const UNDO_ID: &str = "changes-summary-undo";

#[component]
pub fn SummaryEditor(plan: PlanHandle, compared: Memo<Option<Compared>>) -> impl IntoView {
    let c = t().changes();
    let stored = plan.memo(|p| p.change_summary.clone());
    let text = RwSignal::new(stored.get_untracked().unwrap_or_default());
    // An undo, the undo button or another tab can change the stored text under the field.
    Effect::new(move |_| {
        if let Some(s) = stored.get() {
            if s != text.get_untracked() {
                text.set(s);
            }
        }
    });
    let confirming = RwSignal::new(false);
    let replaced = RwSignal::new(None::<Removed>);
    let generated = move || {
        compared
            .get_untracked()
            .map(|cmp| write_summary(&cmp.changes, language()))
    };
    let fill = move |new: String| {
        let Some(before) = plan.with_untracked(Clone::clone) else {
            return;
        };
        if plan.edit(|p| p.change_summary = new.clone()) {
            text.set(new);
            replaced.set(Some(Removed::after(plan, String::new(), before)));
            focus_later(UNDO_ID.to_string());
        }
    };
    let prefill = move |_| {
        let Some(new) = generated() else { return };
        if replacing_loses_text(&text.get_untracked(), &new) {
            confirming.set(true);
        } else {
            fill(new);
        }
    };
    let confirm = move |()| {
        confirming.set(false);
        if let Some(new) = generated() {
            fill(new);
        }
    };
    let cancel = move |()| {
        confirming.set(false);
        focus_later("changes-prefill".to_string());
    };
    let typed = move |ev| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        plan.edit(|p| p.change_summary = value);
    };
    let can_fill = Memo::new(move |_| compared.with(Option::is_some));
    view! {
        <section class="changes-summary" aria-labelledby="changes-summary-heading"
            class:changes-summary-empty=move || text.with(|s| s.trim().is_empty())>
            <h2 id="changes-summary-heading">{c.summary_heading}</h2>
            <div class="field">
                <label for="changes-summary">{c.summary_label}</label>
                <p class="hint" id="changes-summary-hint">{c.summary_hint}</p>
                <textarea id="changes-summary" rows="5" aria-describedby="changes-summary-hint"
                    prop:value=move || text.get() on:input=typed></textarea>
            </div>
            <p class="changes-summary-print">{move || text.get()}</p>
            <Show when=move || can_fill.get()>
                <button type="button" id="changes-prefill" class="secondary" on:click=prefill
                    aria-expanded=move || confirming.get().to_string()>{c.summary_prefill}</button>
            </Show>
            <Show when=move || confirming.get()>
                <ConfirmRemoval id="changes-replace" title=c.summary_confirm_title.to_string()
                    body=c.summary_confirm_body.to_string() confirm=c.summary_confirm_yes.to_string()
                    on_confirm=confirm on_cancel=cancel />
            </Show>
            <UndoNotice plan=plan removed=replaced undo_id=UNDO_ID message=c.summary_prefilled />
        </section>
    }
}
