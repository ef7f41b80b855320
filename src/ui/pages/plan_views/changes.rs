//! Ändringar: what changed between a fastställd version and the plan now, or between two
//! versions (docs/domain.md §6), as a list the forum can read and print (A4, like the
//! uppföljningsrapport's `style/report.css`), and the "Uppdaterat från föregående version"
//! text the beslutsunderlag includes.

mod compared;
mod list;
mod summary;

use leptos::prelude::*;

use super::version_choice::{all_choices, label_of, snapshot, NOW};
use crate::core::workflow::versions::version_in_force;
use crate::ui::browser::clock::today;
use crate::ui::browser::print::print_page;
use crate::ui::shell::route::Route;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::SelectInput;
use crate::ui::widgets::focus::focus_on_arrival;
use compared::{content, Compared};

#[component]
pub fn ChangesView(plan_id: StoredValue<String>) -> impl IntoView {
    let c = t().changes();
    let plan = PlanHandle::new(plan_id);
    let choices = plan.memo(all_choices);
    let has_versions =
        Memo::new(move |_| choices.with(|c| c.as_ref().is_some_and(|c| c.len() > 1)));
    let in_force = plan
        .with_untracked(|p| version_in_force(p).map(|v| v.id.clone()))
        .flatten();
    let from = RwSignal::new(in_force.unwrap_or_else(|| NOW.to_string()));
    let to = RwSignal::new(NOW.to_string());
    let now = plan.memo(content);
    let compared = Memo::new(move |_| {
        if !has_versions.get() {
            return None;
        }
        let (f, k) = (from.get(), to.get());
        let choices = choices.get()?;
        let now = now.get()?;
        let pick = |key: &str| {
            if key == NOW {
                Some(now.clone())
            } else {
                plan.with_untracked(|p| snapshot(p, key)).flatten()
            }
        };
        let (old, new) = (pick(&f)?, pick(&k)?);
        let (from_label, to_label) = (label_of(&choices, &f), label_of(&choices, &k));
        Some(Compared::new(&old, &new, from_label, to_label, f == k))
    });
    let date = StoredValue::new(today());
    let overview = Route::Plan {
        id: plan_id.get_value(),
    }
    .href();
    view! {
        <div class="report changes">
            <p class="view-intro">{c.intro}</p>
            {move || if has_versions.get() {
                let options = choices.get_untracked().unwrap_or_default();
                view! {
                    <div class="report-actions">
                        <SelectInput id="ch-from" label=c.from_label options=options.clone()
                            initial=from.get_untracked() on_change=move |v: String| from.set(v) />
                        <SelectInput id="ch-to" label=c.to_label options=options
                            initial=to.get_untracked() on_change=move |v: String| to.set(v) />
                        <button type="button" on:click=move |_| print_page()>{c.print}</button>
                        <p class="hint">{c.print_hint}</p>
                    </div>
                    {move || compared.get().map(|cmp| view! {
                        <p class="report-meta">{(c.compared)(&cmp.from, &cmp.to, &date.get_value())}</p>
                        <div class="changes-result">
                            <list::ChangeList compared=cmp />
                        </div>
                    })}
                }
                .into_any()
            } else {
                view! {
                    <div class="changes-none">
                        <p><strong>{c.no_version}</strong></p>
                        <p>{c.no_version_how}</p>
                        <p><a href=overview.clone() on:click=|_| focus_on_arrival("versions-heading")>{c.no_version_link}</a></p>
                    </div>
                }
                .into_any()
            }}
            <summary::SummaryEditor plan=plan compared=compared />
        </div>
    }
}
