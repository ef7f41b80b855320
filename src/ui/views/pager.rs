//! Pages of at most [`PAGE_SIZE`] items, so a plan with hundreds of activities or benefits never
//! renders them all at once (every rendered item is a set of live form fields).
//! Shared by the plan overview, the Handlingsplan and the Uppföljning views; [`grouped_page`]
//! pages items in groups (activities under goals) with one pager for all groups.

use std::ops::Range;

use leptos::prelude::*;

use crate::ui::text::t;

/// Items shown on one page.
pub const PAGE_SIZE: usize = 50;

/// The page actually shown and the items on it. The page is clamped to the last one, so removing
/// items never leaves the user on an empty page, and "go to the last page" can be asked for
/// with `usize::MAX` without knowing the count.
pub fn page_range(total: usize, page: usize) -> (usize, Range<usize>) {
    let last = total.saturating_sub(1) / PAGE_SIZE;
    let page = page.min(last);
    let start = page * PAGE_SIZE;
    (page, start..(start + PAGE_SIZE).min(total))
}

/// The part of one group that a page of a grouped list shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSlice {
    /// The group's index in the sizes given to [`grouped_page`].
    pub group: usize,
    /// The group's items on the page, as positions within the group.
    pub items: Range<usize>,
    /// The group began on an earlier page, so its heading is marked as continued.
    pub continued: bool,
}

/// One pager over items in groups, taken in order as one list: the page actually shown and the
/// groups on it, so a plan with many groups still renders at most [`PAGE_SIZE`] items. An empty
/// group is shown on the page where its place in the order falls (its heading and add button
/// take no item's place).
pub fn grouped_page(sizes: &[usize], page: usize) -> (usize, Vec<GroupSlice>) {
    let total = sizes.iter().sum();
    let (page, range) = page_range(total, page);
    let last = total.saturating_sub(1) / PAGE_SIZE;
    let mut slices = Vec::new();
    let mut start = 0;
    for (group, &size) in sizes.iter().enumerate() {
        let end = start + size;
        if size == 0 {
            if (start / PAGE_SIZE).min(last) == page {
                slices.push(GroupSlice {
                    group,
                    items: 0..0,
                    continued: false,
                });
            }
        } else if start < range.end && range.start < end {
            slices.push(GroupSlice {
                group,
                items: range.start.max(start) - start..range.end.min(end) - start,
                continued: range.start > start,
            });
        }
        start = end;
    }
    (page, slices)
}

/// One group's activity ids, paged: the page shown, how many there are, and the ids on the page.
/// Both the Handlingsplan and the Uppföljning list a goal's activities this way.
pub struct PagedIds {
    pub page: RwSignal<usize>,
    pub total: Signal<usize>,
    pub visible: Signal<Vec<String>>,
}

impl PagedIds {
    pub fn new(ids: Memo<Option<Vec<String>>>) -> Self {
        let total = Signal::derive(move || ids.with(|ids| ids.as_ref().map_or(0, Vec::len)));
        let page = RwSignal::new(0usize);
        let visible = Signal::derive(move || {
            let (_, range) = page_range(total.get(), page.get());
            ids.with(|ids| {
                ids.as_ref()
                    .and_then(|ids| ids.get(range))
                    .map(<[String]>::to_vec)
                    .unwrap_or_default()
            })
        });
        Self {
            page,
            total,
            visible,
        }
    }
}

/// "Föregående sida / Nästa sida" with where the user is, shown only when there is more than one
/// page. The buttons stay focusable at either end (`aria-disabled`, not `disabled`), so focus is
/// never dropped to the page when the last page is reached.
#[component]
pub fn Pager(
    #[prop(into)] total: Signal<usize>,
    page: RwSignal<usize>,
    /// What is paged, for the navigation's name: the group's heading.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let h = t().handlingsplan;
    let current = Memo::new(move |_| page_range(total.get(), page.get()));
    let at_start = move || current.get().0 == 0;
    let at_end = move || current.get().1.end >= total.get();
    let status = move || {
        let (_, range) = current.get();
        h.page_status
            .replace("{from}", &(range.start + 1).to_string())
            .replace("{to}", &range.end.to_string())
            .replace("{total}", &total.get().to_string())
    };
    let previous = move |_| {
        if !at_start() {
            page.set(current.get_untracked().0 - 1);
        }
    };
    let next = move |_| {
        if !at_end() {
            page.set(current.get_untracked().0 + 1);
        }
    };
    let name = h.page_nav.replace("{group}", &label);
    view! {
        <Show when=move || { total.get() > PAGE_SIZE }>
            <nav class="pager" aria-label=name.clone()>
                <button type="button" class="secondary" aria-disabled=move || at_start().then_some("true") on:click=previous>{h.page_previous}</button>
                <p class="pager-status" aria-live="polite">{status}</p>
                <button type="button" class="secondary" aria-disabled=move || at_end().then_some("true") on:click=next>{h.page_next}</button>
            </nav>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_clamped_and_never_longer_than_the_page_size() {
        assert_eq!(page_range(0, 0), (0, 0..0));
        assert_eq!(page_range(10, 3), (0, 0..10));
        assert_eq!(page_range(50, 1), (0, 0..50));
        assert_eq!(page_range(51, 1), (1, 50..51));
        assert_eq!(page_range(120, usize::MAX), (2, 100..120));
        assert_eq!(page_range(120, 1), (1, 50..100));
    }

    fn slice(group: usize, items: Range<usize>, continued: bool) -> GroupSlice {
        GroupSlice {
            group,
            items,
            continued,
        }
    }

    #[test]
    fn groups_share_one_pager_and_a_group_that_goes_on_is_marked_continued() {
        // 30 + 0 + 45 + 0 + 25 = 100 items: two full pages.
        let sizes = [30, 0, 45, 0, 25];
        let (page, first) = grouped_page(&sizes, 0);
        assert_eq!(page, 0);
        assert_eq!(
            first,
            [
                slice(0, 0..30, false),
                slice(1, 0..0, false),
                slice(2, 0..20, false)
            ]
        );
        let (page, second) = grouped_page(&sizes, 7);
        assert_eq!(page, 1, "clamped to the last page");
        assert_eq!(
            second,
            [
                slice(2, 20..45, true),
                slice(3, 0..0, false),
                slice(4, 0..25, false)
            ]
        );
        for p in 0..2 {
            let shown: usize = grouped_page(&sizes, p)
                .1
                .iter()
                .map(|s| s.items.len())
                .sum();
            assert_eq!(shown, PAGE_SIZE);
        }
    }

    #[test]
    fn empty_groups_at_a_page_break_or_the_end_are_still_shown_once() {
        // The empty group sits exactly at the break between page 1 and 2.
        let sizes = [50, 0, 10];
        assert_eq!(grouped_page(&sizes, 0).1, [slice(0, 0..50, false)]);
        assert_eq!(
            grouped_page(&sizes, 1).1,
            [slice(1, 0..0, false), slice(2, 0..10, false)]
        );
        // At the very end of a full page there is no next page: it goes on the last one.
        assert_eq!(
            grouped_page(&[50, 0], 0).1,
            [slice(0, 0..50, false), slice(1, 0..0, false)]
        );
        // Nothing at all: every group, each empty, on the one page.
        assert_eq!(
            grouped_page(&[0, 0], 3),
            (0, vec![slice(0, 0..0, false), slice(1, 0..0, false)])
        );
    }
}
