//! Each organisation's share of investment, running cost, freed time and NPV, with the totals
//! they add up to exactly (`core::portfolio::split`), or why the split cannot be shown.

use leptos::prelude::*;

use crate::core::calc::base_year;
use crate::core::calc::numfmt::number;
use crate::core::portfolio::split::{split, totals, Share};
use crate::ui::pages::walkthrough::ctx::WalkCtx;
use crate::ui::text::t;

#[component]
pub fn SplitTable() -> impl IntoView {
    let ctx = expect_context::<WalkCtx>();
    let j = t().joint;
    let result = Memo::new(move |_| {
        ctx.with(|plan, i| {
            let joint = i.joint.as_ref()?;
            let names: Vec<String> = joint.members.iter().map(|m| m.name.clone()).collect();
            Some((
                split(joint, &totals(plan, i)).map_err(|e| {
                    j.split_error(&e, joint.key, |n| names.get(n).cloned().unwrap_or_default())
                }),
                base_year(plan),
            ))
        })
        .flatten()
    });
    let kr = |v: i64| number(v as f64, 0);
    let row = move |s: &Share, total: bool| {
        let name = if total {
            j.total_row.to_string()
        } else if s.name.trim().is_empty() {
            j.unnamed.to_string()
        } else {
            s.name.clone()
        };
        view! {
            <tr class:total-row=total>
                <th scope="row">{name}</th>
                <td class="num">{(j.share_percent)(s.fraction * 100.0)}</td>
                <td class="num">{kr(s.investment)}</td>
                <td class="num">{kr(s.running_per_year)}</td>
                <td class="num">{kr(s.freed_hours)}</td>
                <td class="num">{kr(s.npv)}</td>
            </tr>
        }
    };
    move || {
        let (split, year) = result.get()?;
        Some(match split {
            Err(message) => {
                view! { <p class="message joint-split-error" role="status">{message}</p> }
                    .into_any()
            }
            Ok(split) => view! {
                <table class="joint-split">
                    <caption>{j.split_caption}</caption>
                    <thead><tr>
                        <th scope="col">{j.col_organisation}</th>
                        <th scope="col" class="num">{j.col_share}</th>
                        <th scope="col" class="num">{j.col_investment}</th>
                        <th scope="col" class="num">{j.col_running}</th>
                        <th scope="col" class="num">{j.col_hours}</th>
                        <th scope="col" class="num">{j.col_npv}</th>
                    </tr></thead>
                    <tbody>{split.shares.iter().map(|s| row(s, false)).collect_view()}</tbody>
                    <tfoot>{row(&split.total, true)}</tfoot>
                </table>
                <p class="hint">{j.rounding_note}" "{(j.npv_note)(year)}</p>
            }
            .into_any(),
        })
    }
}
