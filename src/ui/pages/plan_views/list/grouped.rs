//! The list grouped by the areas of the plan's lens (docs/domain.md §3.6): one part per area,
//! in the lens's order, with the initiatives under it in the list's order, directly linked or
//! through the mapping table; then those under no area. Each part shows its first few, so the
//! view stays within about 50 rows; the "Område" filter shows all of one area.

use leptos::prelude::*;

use super::ctx::ListCtx;
use super::model::row_view;
use crate::core::model::Via;
use crate::core::portfolio::group_by_lens;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;

/// Initiatives shown per area; the rest are counted.
const PER_GROUP: usize = 6;

#[derive(Clone, PartialEq)]
struct Item {
    href: String,
    title: String,
    rank: String,
    via: Option<String>,
}

#[derive(Clone, PartialEq)]
struct Group {
    name: String,
    items: Vec<Item>,
    more: usize,
}

#[component]
pub fn GroupedList() -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let plan = PlanHandle::new(ctx.plan_id);
    let l = t().lens();
    let lens_name = plan.memo(|p| p.framework.lens_strategy().map(|s| s.name.clone()));
    let groups = Memo::new(move |_| {
        let plan_id = ctx.plan_id.get_value();
        ctx.derived.with(|d| {
            let d = d.as_ref()?;
            ctx.visible.with(|v| {
                let order: Vec<usize> = v.ranked.iter().chain(&v.blocked).copied().collect();
                plan.with(|p| {
                    group_by_lens(&p.framework, &d.rows, &order, l.outside_lens)
                        .into_iter()
                        .map(|g| Group {
                            name: g.name,
                            more: g.members.len().saturating_sub(PER_GROUP),
                            items: g
                                .members
                                .iter()
                                .take(PER_GROUP)
                                .filter_map(|(at, via)| {
                                    let row = row_view(d, *at, &plan_id)?;
                                    let via = match via {
                                        Via::Direct => None,
                                        Via::Mapping { from } => {
                                            Some((l.via)(p.framework.area_name(from)))
                                        }
                                    };
                                    Some(Item {
                                        href: row.href,
                                        title: row.title,
                                        rank: row.rank,
                                        via,
                                    })
                                })
                                .collect(),
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    view! {
        <section class="grouped" aria-labelledby="list-grouped-heading">
            <h2 id="list-grouped-heading">{move || (l.grouped_heading)(&lens_name.get().flatten().unwrap_or_default())}</h2>
            {move || groups.get().unwrap_or_default().into_iter().map(|g| {
                let items = if g.items.is_empty() {
                    view! { <p>{l.group_empty}</p> }.into_any()
                } else {
                    view! {
                        <ul class="area-group">
                            {g.items.into_iter().map(|i| view! {
                                <li>
                                    <span class="rank">{(l.group_rank)(&i.rank)}</span>" "
                                    <a href=i.href>{i.title}</a>
                                    {i.via.map(|v| view! { " "<span class="via">{v}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                };
                view! {
                    <section class="area-group-part" aria-label=g.name.clone()>
                        <h3>{g.name.clone()}</h3>
                        {items}
                        {(g.more > 0).then(|| view! { <p>{(l.group_more)(g.more)}</p> })}
                    </section>
                }
            }).collect_view()}
        </section>
    }
}
