//! What a page of the handlingsplan shows: each goal on the page with its activities there and
//! the button that adds one, and, when there are several pages, a list of the goals that leads
//! to the page each begins on.

use leptos::prelude::*;

use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::Activity;

use super::editor::ActivityEditor;
use super::pages::{index, PlanPages, Section};
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{Removed, UndoNotice};

/// One goal with its activities on the current page, and the button that adds one.
/// Its activities are read from the page reactively and keyed by id, so typing or adding never
/// re-creates an editor.
#[component]
pub fn GroupSection(
    plan_id: StoredValue<String>,
    pages: PlanPages,
    section: Section,
) -> impl IntoView {
    let h = t().handlingsplan();
    let state = expect_context::<AppState>();
    let Section {
        group, continued, ..
    } = section;
    let key = StoredValue::new(group.key.clone());
    let this = move |s: &Section| key.with_value(|k| s.group.key == *k) && s.continued == continued;
    let ids = Memo::new(move |_| {
        pages.sections.with(|all| {
            all.iter()
                .find(|s| this(s))
                .map(|s| s.ids.clone())
                .unwrap_or_default()
        })
    });
    let count = Memo::new(move |_| {
        pages
            .sections
            .with(|all| all.iter().find(|s| this(s)).map_or(0, |s| s.count))
    });
    let heading_id = format!("hp-{}-heading", group.dom_id);
    let labelled_by = heading_id.clone();
    let add_id = format!("hp-{}-add", group.dom_id);
    let undo_id = StoredValue::new(format!("hp-{}-undo", group.dom_id));
    let removed = RwSignal::new(None::<Removed>);
    let plan = PlanHandle::on(state, plan_id);
    let add = move |_| {
        let activity = new_activity(key.get_value());
        let id = activity.id.clone();
        plan.edit(|p| p.activities.push(activity));
        pages.show(&id);
        focus_later(format!("act-{id}-title"));
    };
    let heading = if continued {
        format!("{} {}", group.heading, h.continued)
    } else {
        group.heading.clone()
    };
    view! {
        <section class="hp-group" aria-labelledby=labelled_by>
            <h3 id=heading_id tabindex="-1">{heading}</h3>
            <p class="hint">{move || (h.group_count)(count.get())}</p>
            <UndoNotice plan=plan removed=removed undo_id=undo_id.get_value() message=h.removed />
            <Show when=move || count.get() == 0>
                <p>{h.group_empty}</p>
            </Show>
            <ul class="hp-activities">
                <For each=move || ids.get() key=|id| id.clone() children=move |id| view! {
                    <li><ActivityEditor plan_id=plan_id id=id removed=removed undo_id=undo_id /></li>
                } />
            </ul>
            <button type="button" id=add_id on:click=add>
                {h.add}<span class="visually-hidden">" "{(h.add_under)(&group.name)}</span>
            </button>
        </section>
    }
}

/// The goals with their number of activities and pages; each leads to the page its activities
/// begin on and moves focus to its heading. Only shown when there is more than one page.
#[component]
pub fn GoalIndex(pages: PlanPages) -> impl IntoView {
    let h = t().handlingsplan();
    let entries = Memo::new(move |_| {
        pages
            .layout
            .with(|l| l.as_deref().map(index).unwrap_or_default())
    });
    view! {
        <Show when=move || { pages.pages() > 1 }>
            <nav class="hp-index" aria-label=h.index_label>
                <ul>
                    <For each=move || entries.get() key=|e| e.clone() children=move |e| {
                        let place = (h.index_where)(e.count, e.first + 1, e.last + 1);
                        let heading_id = format!("hp-{}-heading", e.dom_id);
                        let go = move |_| {
                            pages.page.set(e.first);
                            focus_later(heading_id.clone());
                        };
                        view! {
                            <li><button type="button" class="secondary" on:click=go>{e.heading.clone()}</button>" "<span class="hint">{place}</span></li>
                        }
                    } />
                </ul>
            </nav>
        </Show>
    }
}

/// A fresh activity under the group's goal: status Ny, everything else to be filled in.
fn new_activity(goal_id: Option<String>) -> Activity {
    Activity::new(RandomIds.next_id(), goal_id)
}
