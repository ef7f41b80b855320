//! The two tables of the list: ranked initiatives (sortable, with score breakdown and
//! sensitivity) and those that miss a must-pass requirement. Each shows one page of rows; the
//! headers and pagers are rendered once so focus stays on the button a person pressed.

use std::collections::HashSet;

use leptos::prelude::*;

use super::model::{next_sort, page_of, row_view, RowView, PAGE};
use super::ListCtx;
use crate::core::portfolio::{SortDir, SortKey};
use crate::ui::text::t;

/// One page of a table, as text.
#[derive(Clone, PartialEq, Default)]
struct PageData {
    page: usize,
    pages: usize,
    rows: Vec<RowView>,
}

fn page_data(ctx: ListCtx, blocked: bool) -> Memo<PageData> {
    let page = if blocked {
        ctx.blocked_page
    } else {
        ctx.ranked_page
    };
    Memo::new(move |_| {
        let wanted = page.get();
        ctx.derived.with(|d| {
            let Some(d) = d else {
                return PageData::default();
            };
            ctx.visible.with(|v| {
                let list = if blocked { &v.blocked } else { &v.ranked };
                let (page, pages, shown) = page_of(list, wanted);
                let plan = ctx.plan_id.get_value();
                PageData {
                    page,
                    pages,
                    rows: shown
                        .iter()
                        .filter_map(|&i| row_view(d, i, &plan))
                        .collect(),
                }
            })
        })
    })
}

/// A column header that sorts: a real button, with `aria-sort` on the header cell.
#[component]
fn SortHeader(key: SortKey, label: &'static str, #[prop(optional)] num: bool) -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let state = move || match ctx.sort.get() {
        (k, SortDir::Asc) if k == key => ("ascending", "↑"),
        (k, SortDir::Desc) if k == key => ("descending", "↓"),
        _ => ("none", "↕"),
    };
    view! {
        <th scope="col" class=if num { "num" } else { "" } aria-sort=move || state().0>
            <button type="button" class="sort-button" on:click=move |_| {
                ctx.sort.update(|s| *s = next_sort(*s, key));
                ctx.ranked_page.set(0);
                ctx.blocked_page.set(0);
            }>
                <span class="visually-hidden">{t().list.sort_by}</span>{label}
                <span class="sort-icon" aria-hidden="true">{move || state().1}</span>
            </button>
        </th>
    }
}

/// Previous / next page buttons. Rendered only for a list longer than one page, and then kept,
/// so the pressed button keeps focus; at either end it is marked unavailable, not removed.
#[component]
fn Pager(table: &'static str, data: Memo<PageData>, page: RwSignal<usize>) -> impl IntoView {
    let l = t().list;
    let info = Memo::new(move |_| data.with(|d| (d.page, d.pages)));
    let several = Memo::new(move |_| info.get().1 > 1);
    let n = PAGE.to_string();
    move || {
        several.get().then(|| {
            let at_start = move || info.get().0 == 0;
            let at_end = move || info.get().0 + 1 >= info.get().1;
            view! {
                <nav class="pager" aria-label=l.pager_label.replace("{table}", table)>
                    <button type="button" class="secondary" aria-disabled=move || at_start().then_some("true")
                        on:click=move |_| if !at_start() { page.set(info.get_untracked().0 - 1) }>
                        {l.previous.replace("{n}", &n)}
                    </button>
                    <span class="pager-status" aria-live="polite">{move || {
                        let (p, pages) = info.get();
                        l.page_of.replace("{page}", &(p + 1).to_string()).replace("{pages}", &pages.to_string())
                    }}</span>
                    <button type="button" class="secondary" aria-disabled=move || at_end().then_some("true")
                        on:click=move |_| if !at_end() { page.set(info.get_untracked().0 + 1) }>
                        {l.next.replace("{n}", &n)}
                    </button>
                </nav>
            }
        })
    }
}

/// Which criterion gave what: kept open across re-ranking, since a person changing a weight
/// wants to watch the breakdown they opened.
fn breakdown(row: &RowView, open: RwSignal<HashSet<String>>) -> impl IntoView {
    let l = t().list;
    let id = row.id.clone();
    let is_open = open.with_untracked(|s| s.contains(&id));
    view! {
        <details class="score-parts" open=is_open on:toggle=move |ev| {
            let now = event_target::<web_sys::Element>(&ev).has_attribute("open");
            open.update(|s| if now { s.insert(id.clone()); } else { s.remove(&id); });
        }>
            <summary>{l.breakdown_summary}<span class="visually-hidden">{l.breakdown_for.replace("{title}", &row.title)}</span></summary>
            <ul>{row.parts.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul>
            <p>{row.total.clone()}</p>
            <p class="hint">{l.breakdown_formula}</p>
        </details>
    }
}

#[component]
pub fn RankedTable() -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let l = t().list;
    let data = page_data(ctx, false);
    let body = move || {
        let rows = data.with(|d| d.rows.clone());
        if rows.is_empty() {
            return view! { <tr><td colspan="11">{l.empty_ranked}</td></tr> }.into_any();
        }
        rows.into_iter()
            .map(|r| {
                let (sens, unstable) = r
                    .sensitivity
                    .clone()
                    .unwrap_or_else(|| (l.none.into(), false));
                view! {
                    <tr>
                        <td class="num">{r.rank.clone()}</td>
                        <th scope="row"><a href=r.href.clone()>{r.title.clone()}</a></th>
                        <td>{r.stage}</td>
                        <td class="goals">{r.goals.clone()}</td>
                        <td class="num score">{r.score.clone()}{breakdown(&r, ctx.open)}</td>
                        <td class="num">{r.npv.clone()}</td>
                        <td class="num">{r.hours.clone()}</td>
                        <td class="num">{r.investment.clone()}</td>
                        <td class="num">{r.risk.clone()}</td>
                        <td>{r.gates.clone()}</td>
                        <td class:unstable=unstable>{sens}</td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <div class="table-scroll" role="region" aria-labelledby="list-ranked-caption" tabindex="0">
            <table class="priority-list">
                <caption id="list-ranked-caption" class="visually-hidden">{l.ranked_caption}</caption>
                <thead><tr>
                    <SortHeader key=SortKey::Rank label=l.col_rank num=true />
                    <SortHeader key=SortKey::Title label=l.col_title />
                    <SortHeader key=SortKey::Stage label=l.col_stage />
                    <th scope="col">{l.col_goals}</th>
                    <SortHeader key=SortKey::Score label=l.col_score num=true />
                    <SortHeader key=SortKey::Npv label=l.col_npv num=true />
                    <SortHeader key=SortKey::FreedHours label=l.col_hours num=true />
                    <SortHeader key=SortKey::Investment label=l.col_investment num=true />
                    <SortHeader key=SortKey::HighestRisk label=l.col_risk num=true />
                    <th scope="col">{l.col_gates}</th>
                    <th scope="col">{l.col_sensitivity}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <Pager table=l.ranked_caption data=data page=ctx.ranked_page />
    }
}

#[component]
pub fn BlockedTable() -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let l = t().list;
    let data = page_data(ctx, true);
    let any = Memo::new(move |_| ctx.visible.with(|v| !v.blocked.is_empty()));
    let table = move || {
        view! {
            <div class="table-scroll" role="region" aria-labelledby="list-blocked-caption" tabindex="0">
                <table class="blocked-list">
                    <caption id="list-blocked-caption" class="visually-hidden">{l.blocked_heading}</caption>
                    <thead><tr>
                        <th scope="col">{l.col_title}</th>
                        <th scope="col">{l.col_stage}</th>
                        <th scope="col">{l.col_goals}</th>
                        <th scope="col" class="num">{l.col_score}</th>
                        <th scope="col" class="num">{l.col_npv}</th>
                        <th scope="col">{l.col_missing}</th>
                    </tr></thead>
                    <tbody>{move || data.with(|d| d.rows.iter().map(|r| view! {
                        <tr>
                            <th scope="row"><a href=r.href.clone()>{r.title.clone()}</a></th>
                            <td>{r.stage}</td>
                            <td class="goals">{r.goals.clone()}</td>
                            <td class="num">{r.score.clone()}</td>
                            <td class="num">{r.npv.clone()}</td>
                            <td>{r.gates.clone()}</td>
                        </tr>
                    }).collect_view())}</tbody>
                </table>
            </div>
            <Pager table=l.blocked_heading data=data page=ctx.blocked_page />
        }
    };
    view! {
        <section class="blocked" aria-labelledby="list-blocked-heading">
            <h2 id="list-blocked-heading">{l.blocked_heading}</h2>
            <p>{l.blocked_intro}</p>
            {move || if any.get() { table().into_any() } else { view! { <p>{l.blocked_none}</p> }.into_any() }}
        </section>
    }
}
