//! The analysis step's links to strategy areas: one group of checkboxes per strategy of the
//! plan, so an initiative can be linked to areas of both national strategies (and a plan's own)
//! at once (docs/domain.md §3.6).

use leptos::prelude::*;

use super::super::ctx::WalkCtx;
use crate::core::model::strategy_edit::set_links_in;
use crate::ui::text::t;
use crate::ui::widgets::fields::CheckboxGroup;

#[component]
pub fn AreaLinks() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let Some((strategies, links)) =
        ctx.with_untracked(|p, i| (p.framework.strategies.clone(), i.analysis.area_ids.clone()))
    else {
        return ().into_any();
    };
    let l = t().lens();
    if strategies.is_empty() {
        return view! { <p class="hint">{l.no_strategies}</p> }.into_any();
    }
    let groups = strategies
        .into_iter()
        .enumerate()
        .map(|(n, strategy)| {
            // Area ids are strings, the checkbox group wants a Copy value: use the position.
            let options: Vec<(usize, String)> = strategy
                .areas
                .iter()
                .enumerate()
                .map(|(k, a)| (k, a.name.clone()))
                .collect();
            let initial: Vec<usize> = strategy
                .areas
                .iter()
                .enumerate()
                .filter(|(_, a)| links.contains(&a.id))
                .map(|(k, _)| k)
                .collect();
            let legend = strategy.name.clone();
            let strategy = StoredValue::new(strategy);
            let on_change = move |chosen: Vec<usize>| {
                strategy.with_value(|s| {
                    let ids: Vec<String> = chosen
                        .iter()
                        .filter_map(|&k| s.areas.get(k).map(|a| a.id.clone()))
                        .collect();
                    ctx.edit(|i| set_links_in(&mut i.analysis.area_ids, s, &ids));
                });
            };
            view! {
                <CheckboxGroup id=format!("analysis-strategy-{n}") legend=legend options=options
                    initial=initial on_change=on_change />
            }
        })
        .collect_view();
    view! {
        <p class="hint">{l.analysis_hint}</p>
        {groups}
    }
    .into_any()
}
