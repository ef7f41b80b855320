//! The analysis step's links to the plan's own goals (docs/domain.md §3.5).

use leptos::prelude::*;

use crate::core::model::goal_edit::GoalError;
use crate::ui::browser::clock::now_iso;
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::shell::route::Route;
use crate::ui::text::t;
use crate::ui::widgets::fields::CheckboxGroup;

/// The plan's goals to link to. It follows the plan's goal list, so a goal removed in another
/// view or tab leaves the form; a change naming a goal that is gone is refused by the core and
/// said next to the group, and the links stay as they were.
#[component]
pub fn GoalChoice() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let a = t().analysis();
    let goals = ctx.plan.memo(|p| {
        p.framework
            .goals
            .iter()
            .map(|g| (g.id.clone(), g.name.clone()))
            .collect::<Vec<_>>()
    });
    let error = RwSignal::new(None::<&'static str>);
    move || {
        let goals = goals.get().unwrap_or_default();
        if goals.is_empty() {
            return view! {
                <p class="hint">{a.no_goals}" "
                    <a href=Route::Plan { id: ctx.plan_id.get_value() }.href()>{a.no_goals_link}</a>
                </p>
            }
            .into_any();
        }
        let linked = ctx
            .with_untracked(|_, i| i.analysis.goal_ids.clone())
            .unwrap_or_default();
        // Goal ids are strings, the checkbox group wants a Copy value: use the goal's position.
        let ids = StoredValue::new(goals.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
        let initial: Vec<usize> = goals
            .iter()
            .enumerate()
            .filter(|(_, (id, _))| linked.contains(id))
            .map(|(n, _)| n)
            .collect();
        let options: Vec<(usize, String)> = goals
            .into_iter()
            .map(|(_, name)| name)
            .enumerate()
            .collect();
        let on_change = move |chosen: Vec<usize>| {
            let chosen: Vec<String> =
                ids.with_value(|ids| chosen.iter().filter_map(|n| ids.get(*n).cloned()).collect());
            let initiative = ctx.initiative_id.get_value();
            let result = ctx.plan.try_edit(|p| {
                p.set_goal_links(&initiative, &chosen)?;
                if let Some(i) = p.initiative_mut(&initiative) {
                    i.modified = now_iso();
                }
                Ok::<_, GoalError>(())
            });
            error.set(match result {
                Some(Ok(())) => None,
                Some(Err(e)) => Some(t().goals().error(e)),
                None => Some(t().goals().gone),
            });
        };
        view! {
            <CheckboxGroup id="analysis-goals" legend=a.plan_goals options=options initial=initial
                described_by=Signal::derive(move || error.get().map(|_| "analysis-goals-error".to_string()))
                on_change={move |v: Vec<usize>| on_change(v)} />
            {move || error.get().map(|e| view! { <p class="field-error" id="analysis-goals-error" role="alert">{e}</p> })}
        }
        .into_any()
    }
}
