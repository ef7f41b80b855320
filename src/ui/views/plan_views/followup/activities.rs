//! The year's *Utfall* per activity, grouped like the handlingsplan (seed 002, bilaga 2: a
//! follow-up table Aktivitet / Period / Utfall).

use leptos::prelude::*;

use super::model::set_outcome;
use crate::core::Activity;
use crate::ui::state::AppState;
use crate::ui::text::t;
use crate::ui::views::fields::TextInput;
use crate::ui::views::plan_overview::plan_memo;
use crate::ui::views::plan_views::handlingsplan::{
    edit_activity, group_pages, groups, shown_title, Group, PagedIds, Pager,
};

#[component]
pub fn Activities(plan_id: StoredValue<String>, year: i32) -> impl IntoView {
    let f = t().followup;
    let groups = plan_memo(plan_id, groups);
    let none = plan_memo(plan_id, |p| p.activities.is_empty());
    view! {
        <section class="fu-activities" aria-labelledby="fu-activities-heading">
            <h2 id="fu-activities-heading">{f.section_activities}</h2>
            <p class="hint">{f.activities_hint}</p>
            <Show when=move || none.get().unwrap_or(true)>
                <p>{t().no_activities}</p>
            </Show>
            <For
                each=move || groups.get().unwrap_or_default()
                key=|g| (g.key.clone(), g.heading.clone())
                children=move |g| view! { <OutcomeGroup plan_id=plan_id group=g year=year /> }
            />
        </section>
    }
}

/// One inriktningsmål's activities, a page at a time; left out when it has none.
#[component]
fn OutcomeGroup(plan_id: StoredValue<String>, group: Group, year: i32) -> impl IntoView {
    let PagedIds {
        page,
        total,
        visible,
    } = group_pages(plan_id, &group);
    let heading_id = format!("fu-{}-heading", group.dom_id);
    let labelled_by = heading_id.clone();
    let heading = group.heading.clone();
    view! {
        <Show when=move || { total.get() > 0 }>
            <section class="fu-group" aria-labelledby=labelled_by.clone()>
                <h3 id=heading_id.clone()>{heading.clone()}</h3>
                <For each=move || visible.get() key=|id| id.clone() children=move |id| view! {
                    <OutcomeRow plan_id=plan_id id=id year=year />
                } />
                <Pager total=total page=page label=heading.clone() />
            </section>
        </Show>
    }
}

#[component]
fn OutcomeRow(plan_id: StoredValue<String>, id: String, year: i32) -> impl IntoView {
    let f = t().followup;
    let state = expect_context::<AppState>();
    let found: Option<Activity> = state.plans.with_untracked(|plans| {
        plans
            .iter()
            .find(|p| p.id == plan_id.get_value())
            .and_then(|p| p.activities.iter().find(|a| a.id == id).cloned())
    });
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
    let meta = f
        .period_status
        .replace(
            "{period}",
            if a.period.trim().is_empty() {
                "–"
            } else {
                a.period.trim()
            },
        )
        .replace("{status}", t().activity_status(a.status));
    let field_id = format!("fu-act-{}-outcome", key.get_value());
    view! {
        <fieldset class="fu-activity">
            <legend><span class="visually-hidden">{f.activity_legend}": "</span>{shown_title(&a.title)}</legend>
            <p class="fu-meta">{meta}</p>
            {(!earlier.is_empty()).then(|| view! {
                <p class="fu-earlier">{f.earlier_outcomes}" "{earlier.join(" · ")}</p>
            })}
            <TextInput id=field_id label=f.outcome_label.replace("{year}", &year.to_string()) multiline=true
                initial=initial
                on_change={move |v: String| edit_activity(state, plan_id, &key.get_value(), |a| set_outcome(&mut a.outcomes, year, &v))} />
        </fieldset>
    }
    .into_any()
}
