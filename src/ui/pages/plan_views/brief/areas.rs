//! The brief's ranking read through the plan's lens (docs/domain.md §3.6): per area of the
//! chosen strategy, the proposals under it with their rank, those reached through the mapping
//! table marked so.

use leptos::prelude::*;

use crate::core::model::{Framework, Via};
use crate::core::portfolio::{group_by_lens, PortfolioRow};
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::title::initiative_title;

use super::data::Brief;

/// (lens name, per area: name and "rank. title (via …)" lines).
type ByArea = (String, Vec<(String, Vec<String>)>);

/// The brief's proposals (its ranked initiatives, already computed) grouped by the lens.
fn by_area(framework: &Framework, all: &[PortfolioRow]) -> Option<ByArea> {
    let l = t().lens();
    let lens = framework.lens_strategy()?.name.clone();
    let ranked: Vec<usize> = (0..all.len()).collect();
    let groups = group_by_lens(framework, all, &ranked, l.outside_lens)
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
                            let from = framework.area_name(from);
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
pub fn BriefByArea(plan_id: StoredValue<String>, brief: Brief) -> impl IntoView {
    let l = t().lens();
    let rows: Vec<PortfolioRow> = brief.proposals.into_iter().map(|p| p.row).collect();
    let framework = PlanHandle::new(plan_id).memo(|p| p.framework.clone());
    move || {
        let data = framework.with(|f| f.as_ref().and_then(|f| by_area(f, &rows)));
        data.map(|(lens, groups)| {
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
