//! One activity of the handlingsplan, edited in place: Aktivitet, Period, Ansvarig, Status.

use leptos::prelude::*;

use crate::core::workflow::stage::set_activity_status;
use crate::core::{Activity, ActivityStatus};
use crate::ui::shell::route::Route;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::fields::{SelectInput, TextInput};
use crate::ui::widgets::focus::focus_later;
use crate::ui::widgets::removal::{remove_with_undo, ConfirmRemoval, Removed};
use crate::ui::widgets::title::shown_or;

/// The key a status has in the drop-down; stable, so a stored choice never maps to another.
fn status_key(s: ActivityStatus) -> &'static str {
    match s {
        ActivityStatus::Ny => "ny",
        ActivityStatus::Beslutad => "beslutad",
        ActivityStatus::Pagar => "pagar",
        ActivityStatus::Genomford => "genomford",
        ActivityStatus::Avbruten => "avbruten",
    }
}

fn status_of(key: &str) -> Option<ActivityStatus> {
    ActivityStatus::ALL
        .into_iter()
        .find(|s| status_key(*s) == key)
}

/// What the row needs besides the activity: the linked initiative's title, if it still exists.
fn read(plan: PlanHandle, id: &str) -> Option<(Activity, Option<(String, String)>)> {
    plan.with_untracked(|plan| {
        let activity = plan.activities.iter().find(|a| a.id == id)?.clone();
        let initiative = activity
            .initiative_id
            .as_deref()
            .and_then(|iid| plan.initiative(iid))
            .map(|i| (i.id.clone(), i.title.clone()));
        Some((activity, initiative))
    })?
}

#[component]
pub fn ActivityEditor(
    plan_id: StoredValue<String>,
    id: String,
    /// Where the removal is told, with its undo.
    removed: RwSignal<Option<Removed>>,
    /// The undo button, which gets focus once this activity is removed.
    undo_id: StoredValue<String>,
) -> impl IntoView {
    let h = t().handlingsplan();
    let state = expect_context::<AppState>();
    let Some((a, initiative)) = read(PlanHandle::on(state, plan_id), &id) else {
        return ().into_any();
    };
    let key = StoredValue::new(id.clone());
    // The title is kept locally as typed, so the legend and the remove button follow it without
    // a tracked look-up of the activity per row.
    let title = RwSignal::new(a.title.clone());
    let shown = move || shown_or(&title.get(), t().handlingsplan().untitled);
    let field = move |name: &str| format!("act-{}-{name}", key.get_value());
    let options: Vec<(String, String)> = ActivityStatus::ALL
        .into_iter()
        .map(|s| {
            (
                status_key(s).to_string(),
                t().activity_status(s).to_string(),
            )
        })
        .collect();
    let plan = PlanHandle::on(state, plan_id);
    let confirming = RwSignal::new(false);
    let outcomes = move || {
        plan.with(|p| {
            p.activities
                .iter()
                .find(|a| a.id == key.get_value())
                .map_or(0, |a| a.outcomes.len())
        })
        .unwrap_or_default()
    };
    let close = move |()| {
        confirming.set(false);
        focus_later(field("remove"));
    };
    let remove = move |()| {
        remove_with_undo(plan, removed, undo_id.get_value(), |p| {
            let at = p.activities.iter().position(|a| a.id == key.get_value())?;
            Some(shown_or(&p.activities.remove(at).title, h.untitled))
        });
    };
    let link = initiative.map(|(iid, ititle)| {
        let href = Route::Initiative {
            plan: plan_id.get_value(),
            initiative: iid,
            step: None,
        }
        .href();
        view! { <p class="hp-link">{h.from_initiative}" "<a href=href>{shown_or(&ititle, t().handlingsplan().untitled)}</a></p> }
    });
    let note = (!a.note.trim().is_empty())
        .then(|| view! { <p class="hp-note">{h.note}" "{a.note.clone()}</p> });
    view! {
        <fieldset class="hp-activity">
            <legend class="visually-hidden">{h.activity_legend}": "{shown}</legend>
            <div class="hp-fields">
                <TextInput id=field("title") label=h.title_label initial=a.title.clone() multiline=true
                    on_change={move |v: String| {
                        title.set(v.clone());
                        PlanHandle::on(state, plan_id).edit_activity(&key.get_value(), |a| a.title = v);
                    }} />
                <TextInput id=field("period") label=h.period_label initial=a.period.clone()
                    on_change={move |v: String| { PlanHandle::on(state, plan_id).edit_activity(&key.get_value(), |a| a.period = v); }} />
                <TextInput id=field("responsible") label=h.responsible_label initial=a.responsible.clone()
                    on_change={move |v: String| { PlanHandle::on(state, plan_id).edit_activity(&key.get_value(), |a| a.responsible = v); }} />
                <SelectInput id=field("status") label=h.status_label options=options initial=status_key(a.status)
                    on_change={move |v: String| if let Some(s) = status_of(&v) {
                        let id = key.get_value();
                        PlanHandle::on(state, plan_id).edit(|p| { set_activity_status(p, &id, s); });
                    }} />
            </div>
            {link}
            {note}
            <button type="button" class="secondary" id=field("remove")
                aria-expanded=move || confirming.get().to_string() on:click=move |_| confirming.update(|c| *c = !*c)>
                {h.remove}<span class="visually-hidden">" "{shown}</span>
            </button>
            <Show when=move || confirming.get()>
                <ConfirmRemoval id=field("confirm")
                    title=Signal::derive(move || (h.confirm_remove)(&shown()))
                    body=Signal::derive(move || (h.remove_outcomes)(outcomes()))
                    confirm=Signal::derive(move || (h.confirm_remove_button)(&shown()))
                    on_confirm=remove on_cancel=close />
            </Show>
        </fieldset>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_key_and_reads_back() {
        for s in ActivityStatus::ALL {
            assert_eq!(status_of(status_key(s)), Some(s));
        }
        assert_eq!(status_of("okänd"), None);
    }
}
