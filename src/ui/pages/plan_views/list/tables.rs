//! The two tables of the list: ranked initiatives (sortable, with score breakdown and
//! sensitivity) and those that miss a must-pass requirement. Each shows one page of rows (25 and
//! 10, so the view never renders more than 50); the headers and pagers are rendered once so
//! focus stays on the button a person pressed.
//! The rows themselves are in [`super::rows`].

use leptos::prelude::*;

use super::ctx::ListCtx;
use super::model::{next_sort, BLOCKED_PAGE, RANKED_PAGE};
use super::rows::{blocked_slot, page_data, ranked_slot, slots, PageData};
use crate::core::portfolio::{SortDir, SortKey};
use crate::ui::text::t;
use crate::ui::text::PageSpan;
use crate::ui::widgets::pager::{Pager, PagerWords};

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
                <span class="visually-hidden">{t().list().sort_by}</span>{label}
                <span class="sort-icon" aria-hidden="true">{move || state().1}</span>
            </button>
        </th>
    }
}

/// The list's pager: the shared one, with the list's words ("Nästa 25", "Sida 1 av 24").
#[component]
fn ListPager(
    table: &'static str,
    data: Memo<PageData>,
    page: RwSignal<usize>,
    size: usize,
) -> impl IntoView {
    let l = t().list();
    let total = Signal::derive(move || data.with(|d| d.total));
    let words = PagerWords {
        nav: l.pager_label,
        previous: l.previous,
        next: l.next,
    };
    let status: fn(&PageSpan) -> String = |s| (t().list().page_of)(s.page, s.pages);
    view! { <Pager total=total page=page label=table size=size status=status words=words /> }
}

#[component]
pub fn RankedTable() -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let l = t().list();
    let data = page_data(ctx, false);
    let empty = Memo::new(move |_| data.with(|d| d.rows.is_empty()));
    let open = ctx.open;
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
                <tbody>
                    <Show when=move || empty.get()>
                        <tr><td colspan="11">{l.empty_ranked}</td></tr>
                    </Show>
                    <For each=slots(data) key=|i| *i children=move |i| ranked_slot(data, i, open) />
                </tbody>
            </table>
        </div>
        <ListPager table=l.ranked_caption data=data page=ctx.ranked_page size=RANKED_PAGE />
    }
}

#[component]
pub fn BlockedTable() -> impl IntoView {
    let ctx = expect_context::<ListCtx>();
    let l = t().list();
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
                    <tbody><For each=slots(data) key=|i| *i children=move |i| blocked_slot(data, i) /></tbody>
                </table>
            </div>
            <ListPager table=l.blocked_heading data=data page=ctx.blocked_page size=BLOCKED_PAGE />
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
