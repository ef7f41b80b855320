//! A plan's overview: its framework, parameters with sources, initiatives, and the
//! handlingsplan grouped by inriktningsmål as seed 002 lays it out.

use leptos::prelude::*;

use super::plan_criteria::Criteria;
use super::plan_initiatives::Initiatives;
use super::plan_params::Params;
use super::{set_title, PageHeading};
use crate::core::{Activity, Goal, Plan};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::text::t;

#[component]
pub fn PlanOverviewPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan_id = StoredValue::new(id);
    let exists = Memo::new(move |_| {
        state
            .plans
            .with(|p| p.iter().any(|p| p.id == plan_id.get_value()))
    });
    move || {
        if !exists.get() {
            set_title(t().not_found_title);
            return view! {
                <PageHeading text=t().not_found_title.to_string() />
                <p>{t().plan_not_found}</p>
                <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
            }
            .into_any();
        }
        view! { <PlanOverview plan_id=plan_id.get_value() /> }.into_any()
    }
}

/// Reads one plan, tracked: each section derives only what it shows.
pub(super) fn plan_memo<T: PartialEq + Send + Sync + Clone + 'static>(
    id: StoredValue<String>,
    read: impl Fn(&Plan) -> T + Send + Sync + 'static,
) -> Memo<Option<T>> {
    let state = expect_context::<AppState>();
    Memo::new(move |_| {
        state
            .plans
            .with(|p| p.iter().find(|p| p.id == id.get_value()).map(&read))
    })
}

#[component]
fn PlanOverview(plan_id: String) -> impl IntoView {
    let id = StoredValue::new(plan_id);
    let head = plan_memo(id, |p| {
        let org = if p.organisation.name.is_empty() {
            t().org_kind(p.organisation.kind).to_string()
        } else {
            p.organisation.name.clone()
        };
        (p.name.clone(), org, p.period)
    });
    Effect::new(move |_| {
        if let Some((name, _, _)) = head.get() {
            set_title(&name);
        }
    });
    let name = Signal::derive(move || head.get().map(|h| h.0).unwrap_or_default());
    let goals = plan_memo(id, |p| p.framework.goals.clone());
    let plan_hp = plan_memo(id, |p| (p.framework.goals.clone(), p.activities.clone()));
    view! {
        <p class="breadcrumb"><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
        <PageHeading text=name />
        <super::plan_views::PlanNav plan_id=id.get_value() current=None />
        <p class="plan-meta">{move || head.get().map(|(_, org, period)| format!("{org} · {} {}–{}", t().col_period, period.start_year, period.end_year))}</p>
        {move || goals.get().map(|goals| view! { <Goals goals=goals /> })}
        <Criteria plan_id=id />
        <Params plan_id=id />
        <Initiatives plan_id=id />
        {move || plan_hp.get().map(|(goals, activities)| view! { <Handlingsplan goals=goals activities=activities /> })}
    }
}

#[component]
fn Goals(goals: Vec<Goal>) -> impl IntoView {
    view! {
        <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t().section_goals}</h2>
            {if goals.is_empty() {
                view! { <p>{t().no_goals}</p> }.into_any()
            } else {
                view! {
                    <ol class="goals">
                        {goals.iter().map(|g| view! {
                            <li><strong>{g.name.clone()}</strong>
                                {(!g.description.is_empty()).then(|| view! { <span>" – "{g.description.clone()}</span> })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Handlingsplan(goals: Vec<Goal>, activities: Vec<Activity>) -> impl IntoView {
    let mut groups: Vec<(String, String, Vec<Activity>)> = goals
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let acts = activities
                .iter()
                .filter(|a| a.goal_id.as_deref() == Some(g.id.as_str()))
                .cloned()
                .collect();
            (
                format!("hp-goal-{i}"),
                format!("{}. {}", i + 1, g.name),
                acts,
            )
        })
        .collect();
    let outside: Vec<Activity> = activities
        .iter()
        .filter(|a| {
            a.goal_id
                .as_ref()
                .is_none_or(|id| goals.iter().all(|g| &g.id != id))
        })
        .cloned()
        .collect();
    if !outside.is_empty() {
        groups.push(("hp-outside".into(), t().outside_goals.to_string(), outside));
    }
    view! {
        <section aria-labelledby="hp-heading">
            <h2 id="hp-heading">{t().section_handlingsplan}</h2>
            {groups.into_iter().map(|(id, title, acts)| view! {
                <h3 id=id.clone()>{title}</h3>
                <ActivityTable labelled_by=id activities=acts />
            }).collect_view()}
        </section>
    }
}

#[component]
fn ActivityTable(labelled_by: String, activities: Vec<Activity>) -> impl IntoView {
    if activities.is_empty() {
        return view! { <p>{t().no_activities}</p> }.into_any();
    }
    let has_outcomes = activities.iter().any(|a| !a.outcomes.is_empty());
    view! {
        <table aria-labelledby=labelled_by class="activities">
            <thead><tr>
                <th scope="col">{t().col_activity}</th>
                <th scope="col">{t().col_period}</th>
                <th scope="col">{t().col_responsible}</th>
                <th scope="col">{t().col_status}</th>
                {has_outcomes.then(|| view! { <th scope="col">{t().col_outcome}</th> })}
            </tr></thead>
            <tbody>
                {activities.into_iter().map(|a| view! {
                    <tr>
                        <td>{a.title.clone()}{(!a.note.is_empty()).then(|| view! { <br/><em>{a.note.clone()}</em> })}</td>
                        <td>{a.period.clone()}</td>
                        <td>{a.responsible.clone()}</td>
                        <td>{t().activity_status(a.status)}</td>
                        {has_outcomes.then(|| view! { <td>{a.outcomes.iter().map(|o| format!("{}: {}", o.year, o.text)).collect::<Vec<_>>().join(" ")}</td> })}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }.into_any()
}
