//! The brief's ranking read through the plan's lens (docs/domain.md §3.6): per area of the
//! chosen strategy, the proposals under it with their rank, those reached through the mapping
//! table marked so.

use leptos::prelude::*;

use crate::core::model::Via;
use crate::core::portfolio::{group_by_lens, rows};
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::title::initiative_title;

use super::data::MAX_IN_BRIEF;

/// (lens name, per area: name and "rank. title (via …)" lines).
type ByArea = (String, Vec<(String, Vec<String>)>);

fn by_area(p: &crate::core::Plan) -> Option<ByArea> {
    let l = t().lens;
    let lens = p.framework.lens_strategy()?.name.clone();
    let all = rows(p);
    let ranked: Vec<usize> = (0..all.len())
        .filter(|&k| all[k].rank.is_some())
        .take(MAX_IN_BRIEF)
        .collect();
    let groups = group_by_lens(&p.framework, &all, &ranked, l.outside_lens)
        .into_iter()
        .map(|g| {
            let lines = g
                .members
                .iter()
                .map(|(at, via)| {
                    let row = &all[*at];
                    let title = initiative_title(&row.title);
                    let rank = row.rank.unwrap_or_default();
                    match via {
                        Via::Direct => format!("{rank}. {title}"),
                        Via::Mapping { from } => {
                            let from = p
                                .framework
                                .area(from)
                                .map_or(from.as_str(), |(_, a)| &a.name);
                            format!("{rank}. {title} {}", (l.via)(from))
                        }
                    }
                })
                .collect();
            (g.name, lines)
        })
        .collect();
    Some((lens, groups))
}

#[component]
pub fn BriefByArea(plan_id: StoredValue<String>) -> impl IntoView {
    let l = t().lens;
    let data = PlanHandle::new(plan_id).memo(by_area);
    move || {
        data.get().flatten().map(|(lens, groups)| {
            view! {
                <section class="brief-areas" aria-labelledby="brief-areas-heading">
                    <h2 id="brief-areas-heading">{(l.grouped_heading)(&lens)}</h2>
                    <p>{(l.reads_by)(&lens)}</p>
                    {groups.into_iter().map(|(name, lines)| view! {
                        <h3>{name}</h3>
                        {if lines.is_empty() {
                            view! { <p>{l.group_empty}</p> }.into_any()
                        } else {
                            view! { <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    }).collect_view()}
                </section>
            }
        })
    }
}
