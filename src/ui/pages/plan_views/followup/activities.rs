//! The year's *Utfall* per activity, grouped like the handlingsplan (seed 002, bilaga 2: a
//! follow-up table Aktivitet / Period / Utfall).

use leptos::prelude::*;

use super::model::set_outcome;
use super::pages::{self, Section, ACTIVITY_PAGE};
use crate::core::Activity;
use crate::ui::state::AppState;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::TextInput;
use crate::ui::widgets::pager::Pager;
use crate::ui::widgets::title::shown_or;

/// The activities of all goals under one pager, [`ACTIVITY_PAGE`] at a time. Only the page
/// changes what is shown here (nothing is added or removed in this view), so a section is keyed
/// by what it holds and typing never re-creates a row.
#[component]
pub fn Activities(plan_id: StoredValue<String>, year: i32) -> impl IntoView {
    let f = t().followup();
    let layout = PlanHandle::new(plan_id).memo(pages::layout);
    let total = Memo::new(move |_| layout.with(|l| l.as_deref().map_or(0, pages::total)));
    let page = RwSignal::new(0usize);
    let sections = Memo::new(move |_| {
        let wanted = page.get();
        layout.with(|l| {
            l.as_deref()
                .map(|l| pages::sections(l, wanted))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="fu-activities" aria-labelledby="fu-activities-heading">
            <h2 id="fu-activities-heading">{f.section_activities}</h2>
            <p class="hint">{f.activities_hint}</p>
            <Show when=move || total.get() == 0>
                <p>{t().no_activities}</p>
            </Show>
            <For
                each=move || sections.get()
                key=|s| (s.group.key.clone(), s.group.heading.clone(), s.continued, s.ids.clone())
                children=move |s| view! { <OutcomeGroup plan_id=plan_id section=s year=year /> }
            />
            <Pager total=total page=page label=f.section_activities size=ACTIVITY_PAGE status=f.page_status />
        </section>
    }
}

/// One inriktningsmål's activities on the current page; its heading says when they began on an
/// earlier page.
#[component]
fn OutcomeGroup(plan_id: StoredValue<String>, section: Section, year: i32) -> impl IntoView {
    let Section {
        group,
        continued,
        ids,
    } = section;
    let heading_id = format!("fu-{}-heading", group.dom_id);
    let labelled_by = heading_id.clone();
    let heading = if continued {
        format!("{} {}", group.heading, t().handlingsplan().continued)
    } else {
        group.heading
    };
    view! {
        <section class="fu-group" aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            {ids.into_iter().map(|id| view! { <OutcomeRow plan_id=plan_id id=id year=year /> }).collect_view()}
        </section>
    }
}

#[component]
fn OutcomeRow(plan_id: StoredValue<String>, id: String, year: i32) -> impl IntoView {
    let f = t().followup();
    let state = expect_context::<AppState>();
    let found: Option<Activity> = PlanHandle::on(state, plan_id)
        .with_untracked(|p| p.activities.iter().find(|a| a.id == id).cloned())
        .flatten();
    let Some(a) = found else {
        return ().into_any();
    };
    let key = StoredValue::new(id);
    let initial = a
        .outcomes
        .iter()
        .find(|o| o.year == year)
        .map(|o| o.text.clone())
        .unwrap_or_default();
    let earlier: Vec<String> = a
        .outcomes
        .iter()
        .filter(|o| o.year != year)
        .map(|o| format!("{}: {}", o.year, o.text))
        .collect();
    let period = if a.period.trim().is_empty() {
        "–"
    } else {
        a.period.trim()
    };
    let meta = (f.period_status)(period, t().activity_status(a.status));
    let field_id = format!("fu-act-{}-outcome", key.get_value());
    view! {
        <fieldset class="fu-activity">
            <legend><span class="visually-hidden">{f.activity_legend}": "</span>{shown_or(&a.title, t().handlingsplan().untitled)}</legend>
            <p class="fu-meta">{meta}{a.closed_in_previous_plan.then(|| format!(" · {}", t().revision().closed_in_previous_plan))}</p>
            {(!earlier.is_empty()).then(|| view! {
                <p class="fu-earlier">{f.earlier_outcomes}" "{earlier.join(" · ")}</p>
            })}
            <TextInput id=field_id label=(f.outcome_label)(year) multiline=true
                initial=initial
                on_change={move |v: String| { PlanHandle::on(state, plan_id).edit_activity(&key.get_value(), |a| set_outcome(&mut a.outcomes, year, &v)); }} />
        </fieldset>
    }
    .into_any()
}
