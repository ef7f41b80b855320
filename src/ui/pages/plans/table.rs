//! The plan list's table, and a plan's cells in it: the same whether the plan has been read or
//! its line comes from the storage's index (`AppState::preview`).

use leptos::prelude::*;

use crate::core::model::summary::PlanSummary;
use crate::ui::browser::clock::short;
use crate::ui::shell::route::Route;
use crate::ui::text::t;

/// The plan list's table; its rows are the children.
#[component]
pub fn PlanTable(children: Children) -> impl IntoView {
    view! {
        <table class="plans">
            <caption>{t().plans_table_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t().col_name}</th>
                    <th scope="col">{t().col_organisation}</th>
                    <th scope="col">{t().col_period}</th>
                    <th scope="col">{t().col_initiatives}</th>
                    <th scope="col">{t().col_modified}</th>
                    <th scope="col">{t().col_actions}</th>
                </tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    }
}

/// A plan's cells from its summary: its name (the link to it), organisation, period, number
/// of initiatives, last change and export; `children` go under the dates. The same whether the
/// plan has been read or the line comes from the storage's index (`AppState::preview`).
#[component]
pub fn SummaryCells(
    summary: PlanSummary,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let PlanSummary {
        id,
        name,
        organisation,
        period,
        initiatives,
        modified,
        last_exported,
    } = summary;
    view! {
        <th scope="row">
            <a href=Route::Plan { id }.href()>{name}</a>
        </th>
        <td>{organisation}</td>
        <td>{period.map(|(start, end)| format!("{start}–{end}"))}</td>
        <td>{initiatives}</td>
        <td>
            {short(&modified)}
            <span class="plan-exported">{match &last_exported {
                Some(when) => (t().share().last_exported)(&short(when)),
                None => t().share().never_exported.to_string(),
            }}</span>
            {children.map(|c| c())}
        </td>
    }
}
