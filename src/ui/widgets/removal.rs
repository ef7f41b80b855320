//! Removing something from a plan (a criterion, an activity, a goal): the app's own
//! confirmation, which says what depends on it, and undo afterwards. The plan as it was is
//! kept, and undo is offered only while the plan is as the removal left it, so it never throws
//! away a later edit.

use leptos::prelude::*;

use crate::core::Plan;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;

/// What was removed, by name, with the plan from before the removal.
#[derive(Clone)]
pub struct Removed {
    pub name: String,
    before: Box<Plan>,
    modified_after: String,
}

impl Removed {
    /// Call right after the removal was saved, with the plan as it was before.
    pub fn after(plan: PlanHandle, name: String, before: Plan) -> Self {
        let modified_after = plan
            .with_untracked(|p| p.modified.clone())
            .unwrap_or_default();
        Self {
            name,
            before: Box::new(before),
            modified_after,
        }
    }

    /// Whether the plan is still as the removal left it (tracked), so undo loses nothing.
    pub fn undoable(&self, plan: PlanHandle) -> bool {
        plan.with(|p| p.modified == self.modified_after) == Some(true)
    }

    /// Puts the plan back as it was, if nothing changed it since the removal.
    pub fn undo(self, state: AppState, plan: PlanHandle) {
        let unchanged = plan.with_untracked(|p| p.modified == self.modified_after);
        if unchanged == Some(true) {
            state.replace_plan(*self.before);
        }
    }
}

/// Runs a removal the core may refuse (with its reason) and, when it succeeds, keeps what undo
/// needs in `removed` under `name`. None when the plan is gone.
pub fn try_remove_with_undo<T, E>(
    plan: PlanHandle,
    removed: RwSignal<Option<Removed>>,
    name: String,
    change: impl FnOnce(&mut Plan) -> Result<T, E>,
) -> Option<Result<T, E>> {
    let before = plan.with_untracked(Clone::clone)?;
    let result = plan.try_edit(change)?;
    if result.is_ok() {
        removed.set(Some(Removed::after(plan, name, before)));
    }
    Some(result)
}

/// Removes with `remove` (which gives back the removed thing's name, or None when nothing was
/// removed), keeps the plan from before for undo, and moves focus to the undo button `undo_id`.
pub fn remove_with_undo(
    plan: PlanHandle,
    removed: RwSignal<Option<Removed>>,
    undo_id: String,
    remove: impl FnOnce(&mut Plan) -> Option<String>,
) {
    let Some(before) = plan.with_untracked(Clone::clone) else {
        return;
    };
    let result = plan.try_edit(|p| remove(p).ok_or(()));
    if let Some(Ok(name)) = result {
        removed.set(Some(Removed::after(plan, name, before)));
        crate::ui::widgets::focus::focus_later(undo_id);
    }
}

/// The live region that says what was removed, with its undo button while the plan is as the
/// removal left it.
#[component]
pub fn UndoNotice(
    plan: PlanHandle,
    removed: RwSignal<Option<Removed>>,
    #[prop(into)] undo_id: String,
    message: fn(&str) -> String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let undo = move |_| {
        if let Some(r) = removed.get_untracked() {
            removed.set(None);
            r.undo(state, plan);
        }
    };
    view! {
        <div role="status">
            {move || removed.get().map(|r| {
                let button = r.undoable(plan).then(|| view! {
                    <button type="button" id=undo_id.clone() class="secondary" on:click=undo>{t().undo}</button>
                });
                view! { <p class="notice">{message(&r.name)}" "{button}</p> }
            })}
        </div>
    }
}

/// The app's own confirmation before a removal: a title, what depends on the thing removed,
/// the removing button and Avbryt. Focus starts on Avbryt (the safe choice); Escape cancels.
#[component]
pub fn ConfirmRemoval(
    /// Prefix of the dialog's element ids; Avbryt is `{id}-cancel`.
    #[prop(into)]
    id: String,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] body: Signal<String>,
    #[prop(into)] confirm: Signal<String>,
    #[prop(into)] on_confirm: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = cancel_ref.get() {
            let _ = button.focus();
        }
    });
    let (title_id, body_id) = (format!("{id}-title"), format!("{id}-body"));
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby=labelled_by aria-describedby=described_by
            on:keydown=move |ev| if ev.key() == "Escape" { on_cancel.run(()) }>
            <p id=title_id><strong>{move || title.get()}</strong></p>
            <p id=body_id>{move || body.get()}</p>
            <button type="button" class="danger" on:click=move |_| on_confirm.run(())>{move || confirm.get()}</button>
            " "
            <button type="button" class="secondary" id=format!("{id}-cancel") node_ref=cancel_ref
                on:click=move |_| on_cancel.run(())>{t().cancel}</button>
        </div>
    }
}
