//! The choice when two tabs changed the same plan, above every page until it is made; and what
//! was done, with undo for taking the other tab's version. Two tabs' versions can only clash
//! once the plans are read, so the panel's code lives in the plans' reader's chunk and the shell
//! draws it from there (`ui::shell::lazy::lazy_conflict_panel`).

use leptos::prelude::*;

use crate::core::Plan;
use crate::ui::browser::clock::now_iso;
use crate::ui::pages::import::merge::MergeStep;
use crate::ui::state::AppState;
use crate::ui::text::t;

/// The panel, for the chunk to hand to the shell.
pub fn render_conflict_panel() -> AnyView {
    view! { <ConflictPanel /> }.into_any()
}

#[component]
fn ConflictPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = t().conflict();
    let done = RwSignal::new(None::<String>);
    let undo = RwSignal::new(None::<Plan>);
    let undo_take = move |_| {
        if let Some(mine) = undo.get_untracked() {
            state.conflict_undo_take(mine);
            undo.set(None);
            done.set(Some(c.undone.to_string()));
        }
    };
    view! {
        <For each=move || visible_conflicts(state) key=|id| id.clone() let:id>
            <ConflictChoice id=id done undo />
        </For>
        <div role="status" class="conflict-done">
            {move || done.get().map(|text| view! {
                <p class="message">{text}" "
                    <Show when=move || undo.with(Option::is_some)>
                        <button type="button" class="secondary" on:click=undo_take>{c.undo}</button>
                    </Show>
                </p>
            })}
        </div>
    }
}

/// The conflicts still to choose for; the one open in the merge view is chosen there.
fn visible_conflicts(state: AppState) -> Vec<String> {
    let merging = state.conflict_merge.get();
    state
        .conflicts
        .get()
        .into_iter()
        .filter(|id| Some(id) != merging.as_ref())
        .collect()
}

/// The merge view for the two versions of a plan, shown instead of the page: this tab's version
/// is "yours", the other tab's stored one "theirs". "Tillbaka" returns to the choice.
#[component]
pub fn ConflictMerge(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Read when the view opens; were it unreadable now, a blank plan brings nothing to merge,
    // and "Tillbaka" returns to the choice.
    let theirs = state
        .stored_version(&id)
        .unwrap_or_else(|| Plan::blank(id.clone(), "", &now_iso()));
    view! { <MergeStep target_id=id theirs=theirs merging=state.conflict_merge from_other_tab=true /> }
}

#[component]
fn ConflictChoice(
    id: String,
    done: RwSignal<Option<String>>,
    undo: RwSignal<Option<Plan>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = t().conflict();
    let name = state.plan_cloned(&id).map(|p| p.name).unwrap_or_default();
    let heading_id = format!("conflict-{id}");
    let heading_id2 = heading_id.clone();
    let (id, name) = (StoredValue::new(id), StoredValue::new(name));
    let keep_both = move |_| {
        let copy = (c.copy_name)(&name.get_value());
        if state.conflict_keep_both(&id.get_value(), &copy) {
            undo.set(None);
            done.set(Some((c.kept_both)(&copy)));
        }
    };
    let keep_mine = move |_| {
        state.conflict_keep_mine(&id.get_value());
        undo.set(None);
        done.set(Some(c.kept_mine.to_string()));
    };
    let take_theirs = move |_| {
        if let Some(mine) = state.conflict_take_theirs(&id.get_value()) {
            undo.set(Some(mine));
            done.set(Some(c.took_theirs.to_string()));
        }
    };
    let merge = move |_| {
        if state.conflict_open_merge(&id.get_value()) {
            undo.set(None);
            done.set(None);
        }
    };
    view! {
        <section class="message message-error conflict" role="alert" aria-labelledby=heading_id>
            <h2 id=heading_id2>{c.heading}</h2>
            <p>{(c.explain)(&name.get_value())}</p>
            <div class="actions">
                <button type="button" on:click=keep_both>{c.keep_both}</button>
                <button type="button" class="secondary" on:click=keep_mine>{c.keep_mine}</button>
                <button type="button" class="secondary" on:click=take_theirs>{c.take_theirs}</button>
                <button type="button" class="secondary" on:click=merge>{c.merge}</button>
            </div>
        </section>
    }
}
