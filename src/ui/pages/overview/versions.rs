//! The plan's fastställda versions on the overview: the version in force and whether the plan
//! changed since, the form that records a decision, and the list of versions, each readable
//! and removable with undo (docs/domain.md §6).

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::model::FixedVersion;
use crate::core::workflow::versions::{
    changed_since, fix_version, remove_version, version_in_force, versions_bytes, VersionMeta,
};
use crate::ui::browser::clock::now_iso;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::Field;
use crate::ui::widgets::removal::{remove_with_undo, Removed, UndoNotice};

/// The plan's versions, compared by identity: versions are immutable, so the same ids and the
/// same shared snapshots mean nothing changed, without comparing whole plans on every edit.
#[derive(Clone)]
struct Versions(Vec<FixedVersion>);

impl PartialEq for Versions {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|(a, b)| a.id == b.id && Arc::ptr_eq(&a.plan, &b.plan))
    }
}

#[component]
pub fn FixedVersions(plan_id: StoredValue<String>) -> impl IntoView {
    let v = t().versions();
    let plan = PlanHandle::new(plan_id);
    let versions = plan.memo(|p| Versions(p.versions.clone()));
    let in_force = plan.memo(|p| {
        version_in_force(p).map(|f| {
            let line = (t().versions().in_force)(&f.decided_on, &f.forum, &f.reference);
            (line, changed_since(p, f))
        })
    });
    let space = plan.memo(|p| (!p.versions.is_empty()).then(|| versions_bytes(p) as f64 / 1024.0));
    let removed = RwSignal::new(None::<Removed>);
    view! {
        <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">{v.heading}</h2>
            {move || match in_force.get().flatten() {
                None => view! { <p>{v.none}</p> }.into_any(),
                Some((line, changed)) => view! {
                    <p class="version-in-force">{line}</p>
                    <p class="version-changes">{if changed { v.changed } else { v.unchanged }}</p>
                }.into_any(),
            }}
            <FixForm plan=plan />
            <UndoNotice plan=plan removed=removed undo_id="versions-undo" message=v.removed />
            {move || versions.get().filter(|vs| !vs.0.is_empty()).map(|vs| view! {
                <h3>{v.list_heading}</h3>
                <ul class="version-list">
                    {vs.0.into_iter().rev().map(|version| view! { <VersionItem plan=plan version=version removed=removed /> }).collect_view()}
                </ul>
            })}
            {move || space.get().flatten().map(|kb| view! { <p class="hint">{(v.space)(kb)}</p> })}
        </section>
    }
}

/// One version: its decision, its initiatives read-only, and removal after a confirmation.
#[component]
fn VersionItem(
    plan: PlanHandle,
    version: FixedVersion,
    removed: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let v = t().versions();
    let confirming = RwSignal::new(false);
    let name = format!("{} {}", version.decided_on, version.forum);
    let id = StoredValue::new(version.id.clone());
    let remove = move |_| {
        confirming.set(false);
        let id = id.get_value();
        remove_with_undo(plan, removed, "versions-undo".into(), move |p| {
            remove_version(p, &id, &now_iso())
        });
    };
    let line = (v.decided)(&version.decided_on, &version.forum, &version.reference);
    let titles: Vec<String> = version
        .plan
        .initiatives
        .iter()
        .map(|i| i.title.clone())
        .collect();
    let confirm_label = (v.confirm_remove)(&name);
    view! {
        <li>
            <p><strong>{version.plan.name.clone()}</strong>" "{line}</p>
            {(!version.note.is_empty()).then(|| view! { <p>{version.note.clone()}</p> })}
            <details>
                <summary>{(v.initiatives)(titles.len())}</summary>
                <ul>{titles.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ul>
            </details>
            <button type="button" class="danger" aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.update(|c| *c = !*c)>{v.remove}</button>
            <Show when=move || confirming.get()>
                <div class="version-remove" role="group" aria-label=confirm_label.clone()>
                    <p>{v.confirm_body}</p>
                    <button type="button" class="danger" on:click=remove>{confirm_label.clone()}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{t().cancel}</button>
                </div>
            </Show>
        </li>
    }
}

/// The form that records a decision; each refusal is shown at its field.
#[component]
fn FixForm(plan: PlanHandle) -> impl IntoView {
    let v = t().versions();
    let (date, forum, reference, note) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let date_error = RwSignal::new(None::<&'static str>);
    let forum_error = RwSignal::new(None::<&'static str>);
    let status = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let meta = VersionMeta {
            decided_on: date.get_untracked(),
            forum: forum.get_untracked(),
            reference: reference.get_untracked(),
            note: note.get_untracked(),
        };
        let result = plan.try_edit(|p| fix_version(p, &meta, &now_iso()));
        let errors = match result {
            Some(Err(errors)) => errors,
            Some(Ok(_)) => {
                status.set(Some((v.recorded)(
                    meta.decided_on.trim(),
                    meta.forum.trim(),
                )));
                for field in [date, forum, reference, note] {
                    field.set(String::new());
                }
                Default::default()
            }
            None => return,
        };
        date_error.set(errors.decided_on.map(|e| v.error(e)));
        forum_error.set(errors.forum.map(|e| v.error(e)));
    };
    view! {
        <form class="version-form" aria-labelledby="version-form-heading" on:submit=submit novalidate>
            <h3 id="version-form-heading">{v.form_heading}</h3>
            <p>{v.form_intro}</p>
            <Field id="version-date" label=v.decided_on error=date_error>
                <p class="hint" id="version-date-hint">{v.decided_on_hint}</p>
                <input id="version-date" type="text" inputmode="numeric" size="12" required
                    prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))
                    aria-invalid=move || date_error.get().map(|_| "true")
                    aria-describedby=move || if date_error.get().is_some() { "version-date-hint version-date-error" } else { "version-date-hint" } />
            </Field>
            <Field id="version-forum" label=v.forum error=forum_error>
                <p class="hint" id="version-forum-hint">{v.forum_hint}</p>
                <input id="version-forum" type="text" required
                    prop:value=move || forum.get() on:input=move |ev| forum.set(event_target_value(&ev))
                    aria-invalid=move || forum_error.get().map(|_| "true")
                    aria-describedby=move || if forum_error.get().is_some() { "version-forum-hint version-forum-error" } else { "version-forum-hint" } />
            </Field>
            <div class="field">
                <label for="version-reference">{v.reference}</label>
                <input id="version-reference" type="text"
                    prop:value=move || reference.get() on:input=move |ev| reference.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="version-note">{v.note}</label>
                <textarea id="version-note" rows="2"
                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <button type="submit">{v.submit}</button>
            <div role="status">{move || status.get().map(|s| view! { <p class="notice">{s}</p> })}</div>
        </form>
    }
}
