//! The rows of the list's two tables, as a fixed set of row slots per page.
//!
//! A click on a column header puts other initiatives on the page, so keying rows by initiative
//! would throw every row away and build it again. Instead the page's rows are slots (row 1,
//! row 2, …) kept from one sort to the next; each slot reads its row's text from the page and
//! only the cells whose text changed are written. The score breakdown's list is only built when
//! a breakdown is opened.

use std::collections::HashSet;

use leptos::prelude::*;

use super::ctx::ListCtx;
use super::model::{row_view, RowView, BLOCKED_PAGE, RANKED_PAGE};
use crate::ui::text::t;
use crate::ui::widgets::pager::page_range_sized;

/// One page of a table, as text.
#[derive(Clone, PartialEq, Default)]
pub struct PageData {
    /// Items in the whole list, for the pager.
    pub total: usize,
    pub rows: Vec<RowView>,
}

pub fn page_data(ctx: ListCtx, blocked: bool) -> Memo<PageData> {
    let (page, size) = if blocked {
        (ctx.blocked_page, BLOCKED_PAGE)
    } else {
        (ctx.ranked_page, RANKED_PAGE)
    };
    Memo::new(move |_| {
        let wanted = page.get();
        ctx.derived.with(|d| {
            let Some(d) = d else {
                return PageData::default();
            };
            ctx.visible.with(|v| {
                let list = if blocked { &v.blocked } else { &v.ranked };
                let (_, range) = page_range_sized(list.len(), wanted, size);
                let plan = ctx.plan_id.get_value();
                PageData {
                    total: list.len(),
                    rows: list[range]
                        .iter()
                        .filter_map(|&i| row_view(d, i, &plan))
                        .collect(),
                }
            })
        })
    })
}

/// The slots of a page: one per row shown, numbered from 0.
pub fn slots(data: Memo<PageData>) -> impl Fn() -> std::ops::Range<usize> + Copy {
    let count = Memo::new(move |_| data.with(|d| d.rows.len()));
    move || 0..count.get()
}

/// What slot `i` shows; changes only when that row's text does. A slot past the end (for the
/// moment before the table drops it) shows an empty row.
fn slot(data: Memo<PageData>, i: usize) -> Memo<RowView> {
    Memo::new(move |_| data.with(|d| d.rows.get(i).cloned().unwrap_or_default()))
}

/// Which criterion gave what: kept open across re-ranking and re-sorting, since a person
/// changing a weight wants to watch the breakdown they opened. Whether it is open belongs to the
/// initiative, not the slot; the list inside is built only while it is open.
fn breakdown(row: Memo<RowView>, open: RwSignal<HashSet<String>>) -> impl IntoView {
    let l = t().list();
    let is_open = Memo::new(move |_| row.with(|r| open.with(|s| s.contains(&r.id))));
    let parts = move || {
        row.with(|r| {
            view! {
                <ul>{r.parts.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul>
                <p>{r.total.clone()}</p>
                <p class="hint">{l.breakdown_formula}</p>
            }
        })
    };
    let content = move || is_open.get().then_some(parts);
    let toggle = move |ev: leptos::ev::Event| {
        let now = event_target::<web_sys::Element>(&ev).has_attribute("open");
        if is_open.try_get_untracked() == Some(!now) {
            let id = row.with_untracked(|r| r.id.clone());
            open.try_update(|s| {
                if now {
                    s.insert(id);
                } else {
                    s.remove(&id);
                }
            });
        }
    };
    // The initiative is named for screen readers in the summary's label rather than in a
    // visually hidden text: a label is not laid out, and re-sorting changes it on every row.
    let label = move || {
        row.with(|r| {
            let of = (l.breakdown_for)(&r.title);
            format!("{}{of}", l.breakdown_summary)
        })
    };
    view! {
        <details class="score-parts" open=move || is_open.get() on:toggle=toggle>
            <summary aria-label=label>{l.breakdown_summary}</summary>
            {content}
        </details>
    }
}

/// A cell's text from the slot's row: each cell is its own small closure, so a cell whose text
/// is the same for the slot's new row (the stage, often) is not touched.
fn cell(row: Memo<RowView>, text: fn(&RowView) -> String) -> impl Fn() -> String + Copy {
    move || row.with(text)
}

pub fn ranked_slot(
    data: Memo<PageData>,
    i: usize,
    open: RwSignal<HashSet<String>>,
) -> impl IntoView {
    let row = slot(data, i);
    let sensitivity = Memo::new(move |_| {
        row.with(|r| {
            r.sensitivity
                .clone()
                .unwrap_or_else(|| (t().list().none.into(), false))
        })
    });
    view! {
        <tr>
            <td class="num">{cell(row, |r| r.rank.clone())}</td>
            <th scope="row"><a href=cell(row, |r| r.href.clone())>{cell(row, |r| r.title.clone())}</a></th>
            <td>{cell(row, |r| r.stage.to_string())}</td>
            <td class="goals">{cell(row, |r| r.goals.clone())}</td>
            <td class="num score">{cell(row, |r| r.score.clone())}{breakdown(row, open)}</td>
            <td class="num">{cell(row, |r| r.npv.clone())}</td>
            <td class="num">{cell(row, |r| r.hours.clone())}</td>
            <td class="num">{cell(row, |r| r.investment.clone())}</td>
            <td class="num">{cell(row, |r| r.risk.clone())}</td>
            <td>{cell(row, |r| r.gates.clone())}</td>
            <td class:unstable=move || sensitivity.with(|s| s.1)>{move || sensitivity.with(|s| s.0.clone())}</td>
        </tr>
    }
}

pub fn blocked_slot(data: Memo<PageData>, i: usize) -> impl IntoView {
    let row = slot(data, i);
    view! {
        <tr>
            <th scope="row"><a href=cell(row, |r| r.href.clone())>{cell(row, |r| r.title.clone())}</a></th>
            <td>{cell(row, |r| r.stage.to_string())}</td>
            <td class="goals">{cell(row, |r| r.goals.clone())}</td>
            <td class="num">{cell(row, |r| r.score.clone())}</td>
            <td class="num">{cell(row, |r| r.npv.clone())}</td>
            <td>{cell(row, |r| r.gates.clone())}</td>
        </tr>
    }
}
