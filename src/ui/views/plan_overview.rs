//! A plan's overview: its framework, parameters with sources, initiatives, and the
//! handlingsplan grouped by inriktningsmål as seed 002 lays it out.

use leptos::prelude::*;

use super::{set_title, PageHeading};
use crate::core::numfmt;
use crate::core::{Activity, Plan};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::text::t;

#[component]
pub fn PlanOverviewPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = Memo::new(move |_| state.plans.with(|p| p.iter().find(|p| p.id == id).cloned()));
    move || match plan.get() {
        None => {
            set_title(t().not_found_title);
            view! {
                <PageHeading text=t().not_found_title.to_string() />
                <p>{t().plan_not_found}</p>
                <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
            }
            .into_any()
        }
        Some(plan) => {
            set_title(&plan.name);
            view! { <PlanOverview plan=plan /> }.into_any()
        }
    }
}

#[component]
fn PlanOverview(plan: Plan) -> impl IntoView {
    let org = if plan.organisation.name.is_empty() {
        t().org_kind(plan.organisation.kind).to_string()
    } else {
        plan.organisation.name.clone()
    };
    view! {
        <p class="breadcrumb"><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
        <PageHeading text=plan.name.clone() />
        <p class="plan-meta">{org}" · "{t().col_period}" "{format!("{}–{}", plan.period.start_year, plan.period.end_year)}</p>
        <Goals plan=plan.clone() />
        <Criteria plan=plan.clone() />
        <Params plan=plan.clone() />
        <Initiatives plan=plan.clone() />
        <Handlingsplan plan=plan />
    }
}

#[component]
fn Goals(plan: Plan) -> impl IntoView {
    view! {
        <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t().section_goals}</h2>
            {if plan.framework.goals.is_empty() {
                view! { <p>{t().no_goals}</p> }.into_any()
            } else {
                view! {
                    <ol class="goals">
                        {plan.framework.goals.iter().map(|g| view! {
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
fn Criteria(plan: Plan) -> impl IntoView {
    view! {
        <section aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{t().section_criteria}</h2>
            <table>
                <caption class="visually-hidden">{t().section_criteria}</caption>
                <thead><tr>
                    <th scope="col">{t().col_name}</th>
                    <th scope="col" class="num">{t().col_weight}</th>
                    <th scope="col">{t().col_description}</th>
                </tr></thead>
                <tbody>
                    {plan.framework.criteria.iter().map(|c| view! {
                        <tr>
                            <th scope="row">{c.name.clone()}</th>
                            <td class="num">{numfmt::decimal(c.weight, 2)}</td>
                            <td>{c.description.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn Params(plan: Plan) -> impl IntoView {
    let p = &plan.params;
    let rows: Vec<(&'static str, String, String, Option<i32>)> = vec![
        (
            t().param_salary,
            format!(
                "{} {}",
                numfmt::number(p.monthly_salary.value, 0),
                t().kr_per_month
            ),
            p.monthly_salary.source.clone(),
            p.monthly_salary.year,
        ),
        (
            t().param_uplift,
            numfmt::decimal(p.uplift.value, 4),
            p.uplift.source.clone(),
            p.uplift.year,
        ),
        (
            t().param_hours,
            numfmt::decimal(p.hours_per_month.value, 2),
            p.hours_per_month.source.clone(),
            p.hours_per_month.year,
        ),
        (
            t().param_rate,
            numfmt::percent(p.discount_rate_percent.value, 2),
            p.discount_rate_percent.source.clone(),
            p.discount_rate_percent.year,
        ),
        (
            t().param_horizon,
            format!("{} {}", p.horizon_years.value, t().years_unit),
            p.horizon_years.source.clone(),
            p.horizon_years.year,
        ),
        (
            t().param_price_year,
            p.price_year.value.to_string(),
            p.price_year.source.clone(),
            p.price_year.year,
        ),
    ];
    view! {
        <section aria-labelledby="params-heading">
            <h2 id="params-heading">{t().section_params}</h2>
            <table>
                <caption class="visually-hidden">{t().section_params}</caption>
                <thead><tr>
                    <th scope="col">{t().col_parameter}</th>
                    <th scope="col" class="num">{t().col_value}</th>
                    <th scope="col">{t().col_source}</th>
                    <th scope="col">{t().col_year}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(name, value, source, year)| view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="num">{value}</td>
                            <td>{source}</td>
                            <td>{year.map(|y| y.to_string()).unwrap_or_default()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn Initiatives(plan: Plan) -> impl IntoView {
    view! {
        <section aria-labelledby="initiatives-heading">
            <h2 id="initiatives-heading">{t().section_initiatives}</h2>
            {if plan.initiatives.is_empty() {
                view! { <p>{t().no_initiatives}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <caption class="visually-hidden">{t().section_initiatives}</caption>
                        <thead><tr>
                            <th scope="col">{t().col_title}</th>
                            <th scope="col">{t().col_stage}</th>
                        </tr></thead>
                        <tbody>
                            {plan.initiatives.iter().map(|i| view! {
                                <tr><th scope="row">{i.title.clone()}</th><td>{t().stage(i.stage)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Handlingsplan(plan: Plan) -> impl IntoView {
    let mut groups: Vec<(String, String, Vec<Activity>)> = plan
        .framework
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let acts = plan
                .activities
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
    let outside: Vec<Activity> = plan
        .activities
        .iter()
        .filter(|a| {
            a.goal_id
                .as_ref()
                .is_none_or(|id| plan.framework.goal(id).is_none())
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
