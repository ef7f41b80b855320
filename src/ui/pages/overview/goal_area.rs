//! The area an effektmål sits under (docs/domain.md §3.5): a select of every strategy's areas,
//! grouped by strategy, shown only while the goal's kind is effektmål.

use leptos::prelude::*;

use crate::core::model::goal_edit::GoalError;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;

#[component]
pub fn GoalArea(plan: PlanHandle, goal: StoredValue<String>) -> impl IntoView {
    let l = t().lens();
    let groups = plan.memo(|p| {
        p.framework
            .strategies
            .iter()
            .map(|s| {
                let areas: Vec<(String, String)> = s
                    .areas
                    .iter()
                    .map(|a| (a.id.clone(), a.name.clone()))
                    .collect();
                (s.name.clone(), areas)
            })
            .collect::<Vec<_>>()
    });
    let error = RwSignal::new(None::<&'static str>);
    let id = format!("goal-{}-area", goal.get_value());
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        let area = (!v.is_empty()).then_some(v.as_str());
        let result = plan.try_edit(|p| p.set_goal_area(&goal.get_value(), area));
        error.set(match result.unwrap_or(Err(GoalError::NoSuchGoal)) {
            Ok(()) => None,
            Err(_) => Some(l.gone),
        });
    };
    let select_id = id.clone();
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label for=id>{l.goal_area_label}</label>
            <p class="hint" id=hint_id>{l.goal_area_hint}</p>
            {move || {
                let current = plan
                    .with_untracked(|p| p.framework.goal(&goal.get_value()).and_then(|g| g.area_id.clone()))
                    .flatten()
                    .unwrap_or_default();
                let none_selected = current.is_empty();
                let groups = groups.get().unwrap_or_default().into_iter().map(|(name, areas)| {
                    let options = areas.into_iter().map(|(aid, aname)| {
                        let selected = aid == current;
                        view! { <option value=aid selected=selected>{aname}</option> }
                    }).collect_view();
                    view! { <optgroup label=name>{options}</optgroup> }
                }).collect_view();
                view! {
                    <select id=select_id.clone() aria-describedby=described.clone()
                        aria-invalid=move || error.get().map(|_| "true") on:change=on_change>
                        <option value="" selected=none_selected>{l.goal_area_none}</option>
                        {groups}
                    </select>
                }
            }}
            {move || error.get().map(|msg| view! { <p class="field-error" id=error_id.clone()>{msg}</p> })}
        </div>
    }
}
