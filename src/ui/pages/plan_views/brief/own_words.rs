//! Writing the sammanfattning or the förslag till beslut in one's own words: the text is kept
//! with the plan (`DocumentSettings`), an empty text gives the app's own back, and "Återställ
//! förslaget" puts the app's text back at once; both are plan edits, so undo takes them back.

use leptos::prelude::*;

use crate::core::document::DocumentSettings;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;

/// Which of the document's own texts an editor writes.
#[derive(Clone, Copy, PartialEq)]
pub enum OwnText {
    Summary,
    Decision,
}

fn slot(settings: &mut DocumentSettings, which: OwnText) -> &mut Option<String> {
    match which {
        OwnText::Summary => &mut settings.summary,
        OwnText::Decision => &mut settings.decision,
    }
}

#[component]
pub fn OwnWords(
    plan_id: StoredValue<String>,
    which: OwnText,
    /// The field's label: the section's heading.
    label: &'static str,
    /// The text as the document shows it now.
    text: String,
    /// Whether the text is the user's own (then it can be reset).
    own: bool,
) -> impl IntoView {
    let d = t().document();
    let plan = PlanHandle::new(plan_id);
    let id = match which {
        OwnText::Summary => "doc-summary-text",
        OwnText::Decision => "doc-decision-text",
    };
    let hint_id = format!("{id}-hint");
    let write = move |ev| {
        let value = event_target_value(&ev);
        plan.edit(|p| *slot(&mut p.document, which) = DocumentSettings::own_text(&value));
    };
    let reset = move |_| {
        plan.edit(|p| *slot(&mut p.document, which) = None);
    };
    view! {
        <details class="doc-edit" open=own>
            <summary>{d.edit_own_words}</summary>
            <label for=id>{label}</label>
            <textarea id=id rows="6" aria-describedby=hint_id.clone() prop:value=text on:change=write></textarea>
            <p class="hint" id=hint_id>{d.own_words_hint}</p>
            <button type="button" class="doc-reset" disabled=!own on:click=reset>{d.reset_text}</button>
        </details>
    }
}
