//! The list's controls: the plan's criterion weights, editable in place so the forum can see
//! at once what another weighting would do, and the filters.

use leptos::prelude::*;

use super::ctx::ListCtx;
use crate::core::calc::parse_non_negative;
use crate::core::model::initiative::TargetGroup;
use crate::core::Stage;
use crate::ui::pages::plan_views::lens::{AreaFilter, LensSelect};
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::fields::{NumberInput, SelectInput, WEIGHT_DEBOUNCE_MS};

/// One number per criterion. Each field reads its weight once and writes through
/// `update_plan`, so re-ranking never takes the text a person is typing.
#[component]
pub fn Weights(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let l = t().list();
    let criteria = PlanHandle::new(plan_id).memo(|p| {
        p.framework
            .criteria
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect::<Vec<_>>()
    });
    view! {
        <fieldset class="list-weights" aria-describedby="list-weights-hint">
            <legend>{l.weights_legend}</legend>
            <p class="hint" id="list-weights-hint">{l.weights_hint}</p>
            <div class="list-weights-fields">
                <For
                    each=move || criteria.get().unwrap_or_default()
                    key=|c| c.clone()
                    children=move |(cid, name)| {
                        let initial = PlanHandle::on(state, plan_id).with_untracked(|p| {
                            p.framework.criteria.iter().find(|c| c.id == cid).map(|c| c.weight)
                        }).flatten();
                        let id = format!("list-weight-{cid}");
                        view! {
                            <NumberInput id=id label=(l.weight_label)(&name)
                                initial=initial parse=parse_non_negative debounce_ms=WEIGHT_DEBOUNCE_MS
                                on_change={move |v: Option<f64>| if let Some(v) = v {
                                    PlanHandle::on(state, plan_id).edit(|p| {
                                        if let Some(c) = p.framework.criteria.iter_mut().find(|c| c.id == cid) {
                                            c.weight = v;
                                        }
                                    });
                                }} />
                        }
                    }
                />
            </div>
        </fieldset>
    }
}

/// `""` is "Alla"; other keys are an index into the enum's `ALL`.
fn pick<T: Copy>(all: &[T], key: &str) -> Option<T> {
    key.parse::<usize>().ok().and_then(|i| all.get(i).copied())
}

fn with_all(options: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), t().list().all.to_string()))
        .chain(options)
        .collect()
}

/// Stage, goal, unit and target group. The goal and unit choices come from the plan; the
/// selects are rebuilt only when those choices change, keeping what was chosen.
#[component]
pub fn Filters() -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let l = t().list();
    let choices = Memo::new(move |_| {
        ctx.derived.with(|d| {
            d.as_ref()
                .map(|d| (d.goals.clone(), d.units.clone()))
                .unwrap_or_default()
        })
    });
    let set = move |change: Box<dyn FnOnce(&mut crate::core::portfolio::Filter)>| {
        ctx.filter.update(change);
        ctx.ranked_page.set(0);
        ctx.blocked_page.set(0);
    };
    let stages = with_all(
        Stage::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| (i.to_string(), t().stage(*s).to_string())),
    );
    let groups = with_all(
        TargetGroup::ALL
            .iter()
            .enumerate()
            .map(|(i, g)| (i.to_string(), t().walk().target_group(*g).to_string())),
    );
    let chosen =
        move |f: fn(&crate::core::portfolio::Filter) -> String| ctx.filter.with_untracked(f);
    let area = RwSignal::new(ctx.filter.with_untracked(|f| f.area_id.clone()));
    Effect::new(move |_| {
        let a = area.get();
        if ctx.filter.with_untracked(|f| f.area_id != a) {
            set(Box::new(move |f| f.area_id = a));
        }
    });
    view! {
        <fieldset class="list-filters">
            <legend>{l.filters_legend}</legend>
            <SelectInput id="list-filter-stage" label=l.filter_stage options=stages
                initial=chosen(|f| f.stage.and_then(|s| Stage::ALL.iter().position(|x| *x == s)).map(|i| i.to_string()).unwrap_or_default())
                on_change={move |k: String| set(Box::new(move |f| f.stage = pick(&Stage::ALL, &k)))} />
            {move || {
                let (goals, units) = choices.get();
                view! {
                    <SelectInput id="list-filter-goal" label=l.filter_goal options=with_all(goals.into_iter())
                        initial=chosen(|f| f.goal_id.clone().unwrap_or_default())
                        on_change={move |k: String| set(Box::new(move |f| f.goal_id = (!k.is_empty()).then_some(k)))} />
                    <SelectInput id="list-filter-unit" label=l.filter_unit options=with_all(units.into_iter().map(|u| (u.clone(), u)))
                        initial=chosen(|f| f.unit.clone().unwrap_or_default())
                        on_change={move |k: String| set(Box::new(move |f| f.unit = (!k.is_empty()).then_some(k)))} />
                }
            }}
            <SelectInput id="list-filter-target" label=l.filter_target options=groups
                initial=chosen(|f| f.target_group.and_then(|g| TargetGroup::ALL.iter().position(|x| *x == g)).map(|i| i.to_string()).unwrap_or_default())
                on_change={move |k: String| set(Box::new(move |f| f.target_group = pick(&TargetGroup::ALL, &k)))} />
            <AreaFilter plan=PlanHandle::new(ctx.plan_id) id="list-filter-area" all=l.all chosen=area />
        </fieldset>
    }
}

/// The plan's lens and whether the list is grouped by its areas.
#[component]
pub fn LensControls(grouped: RwSignal<bool>) -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let l = t().lens();
    let options = vec![
        (String::new(), l.group_none.to_string()),
        ("area".to_string(), l.group_by_area.to_string()),
    ];
    view! {
        <div class="list-lens">
            <LensSelect plan=PlanHandle::new(ctx.plan_id) id="list-lens" />
            <SelectInput id="list-grouping" label=l.group_label options=options
                initial=if grouped.get_untracked() { "area" } else { "" }
                on_change={move |k: String| grouped.set(!k.is_empty())} />
        </div>
    }
}
