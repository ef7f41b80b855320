//! Pages of at most [`PAGE_SIZE`] items (or a smaller size chosen by the view), so a plan with
//! hundreds of activities, benefits or initiatives never renders them all at once (every rendered
//! item is a row or a set of live form fields). A view with several paged lists gives each a
//! smaller page, so that together they stay within about 50 rows.
//! Shared by the plan overview, the Handlingsplan, the Uppföljning, the Matris table, the
//! Budgetscenario and the comparison views; [`grouped_page`] pages items in groups (activities
//! under goals) with one pager for all groups.

use std::ops::Range;

use leptos::prelude::*;

use crate::ui::text::{t, PageSpan};

/// Items shown on one page when a view does not choose a smaller page.
pub const PAGE_SIZE: usize = 50;

/// [`page_range_sized`] with the default [`PAGE_SIZE`].
pub fn page_range(total: usize, page: usize) -> (usize, Range<usize>) {
    page_range_sized(total, page, PAGE_SIZE)
}

/// The page actually shown and the items on it. The page is clamped to the last one, so removing
/// items never leaves the user on an empty page, and "go to the last page" can be asked for
/// with `usize::MAX` without knowing the count. A size of 0 is taken as 1, so a caller's mistake
/// cannot divide by zero.
pub fn page_range_sized(total: usize, page: usize, size: usize) -> (usize, Range<usize>) {
    let size = size.max(1);
    let last = total.saturating_sub(1) / size;
    let page = page.min(last);
    let start = page * size;
    (page, start..(start + size).min(total))
}

/// How many pages `total` items fill; an empty list still has its one (empty) page.
pub fn page_count(total: usize, size: usize) -> usize {
    total.div_ceil(size.max(1)).max(1)
}

/// What the pager's status line names: the page shown, clamped like the page itself.
pub fn page_span(total: usize, page: usize, size: usize) -> PageSpan {
    let (page, range) = page_range_sized(total, page, size);
    PageSpan {
        page: page + 1,
        pages: page_count(total, size),
        from: (range.start + 1).min(total),
        to: range.end,
        total,
    }
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

/// [`grouped_page_sized`] with the default [`PAGE_SIZE`].
pub fn grouped_page(sizes: &[usize], page: usize) -> (usize, Vec<GroupSlice>) {
    grouped_page_sized(sizes, page, PAGE_SIZE)
}

/// One pager over items in groups, taken in order as one list: the page actually shown and the
/// groups on it, so a plan with many groups still renders at most `size` items. An empty
/// group is shown on the page where its place in the order falls (its heading and add button
/// take no item's place).
pub fn grouped_page_sized(sizes: &[usize], page: usize, size: usize) -> (usize, Vec<GroupSlice>) {
    let size = size.max(1);
    let total = sizes.iter().sum();
    let (page, range) = page_range_sized(total, page, size);
    let last = total.saturating_sub(1) / size;
    let mut slices = Vec::new();
    let mut start = 0;
    for (group, &len) in sizes.iter().enumerate() {
        let end = start + len;
        if len == 0 {
            if (start / size).min(last) == page {
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

/// What a pager says: its navigation's name for the list it pages, and its buttons' words for
/// the page size (the prioritisation list says "Nästa 25").
#[derive(Clone, Copy)]
pub struct PagerWords {
    pub nav: fn(&str) -> String,
    pub previous: fn(usize) -> String,
    pub next: fn(usize) -> String,
}

/// "Föregående sida / Nästa sida" with where the user is, shown only when there is more than one
/// page. The buttons stay focusable at either end (`aria-disabled`, not `disabled`), so focus is
/// never dropped to the page when the last page is reached.
#[component]
pub fn Pager(
    #[prop(into)] total: Signal<usize>,
    page: RwSignal<usize>,
    /// What is paged, for the navigation's name: the group's heading or the table's caption.
    #[prop(into)]
    label: String,
    /// Items per page; [`PAGE_SIZE`] unless the view shares the screen with other lists.
    #[prop(optional)]
    size: Option<usize>,
    /// The status line's text; "Visar 1–50 av 120" by default.
    #[prop(optional)]
    status: Option<fn(&PageSpan) -> String>,
    /// The navigation's name and the buttons' words; "Sidor för …", "Föregående sida" and
    /// "Nästa sida" by default.
    #[prop(optional)]
    words: Option<PagerWords>,
) -> impl IntoView {
    let h = t().handlingsplan();
    let size = size.unwrap_or(PAGE_SIZE).max(1);
    let status_text = status.unwrap_or(h.page_status);
    let words = words.unwrap_or(PagerWords {
        nav: h.page_nav,
        previous: |_| t().handlingsplan().page_previous.to_string(),
        next: |_| t().handlingsplan().page_next.to_string(),
    });
    let current = Memo::new(move |_| page_range_sized(total.get(), page.get(), size));
    let at_start = move || current.get().0 == 0;
    let at_end = move || current.get().1.end >= total.get();
    let status = move || status_text(&page_span(total.get(), page.get(), size));
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
    let name = (words.nav)(&label);
    let (previous_text, next_text) = ((words.previous)(size), (words.next)(size));
    view! {
        <Show when=move || { total.get() > size }>
            <nav class="pager" aria-label=name.clone()>
                <button type="button" class="secondary" aria-disabled=move || at_start().then_some("true") on:click=previous>{previous_text.clone()}</button>
                <p class="pager-status" aria-live="polite">{status}</p>
                <button type="button" class="secondary" aria-disabled=move || at_end().then_some("true") on:click=next>{next_text.clone()}</button>
            </nav>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_smaller_page_size_pages_the_same_way_and_zero_is_taken_as_one() {
        assert_eq!(page_range_sized(0, 0, 15), (0, 0..0));
        assert_eq!(page_range_sized(15, 1, 15), (0, 0..15));
        assert_eq!(page_range_sized(16, 1, 15), (1, 15..16));
        assert_eq!(page_range_sized(1000, 2, 25), (2, 50..75));
        assert_eq!(page_range_sized(1000, usize::MAX, 25), (39, 975..1000));
        assert_eq!(page_range_sized(3, 1, 0), (1, 1..2));
        assert_eq!(page_range(120, 2), page_range_sized(120, 2, PAGE_SIZE));
    }

    #[test]
    fn the_page_count_is_at_least_one() {
        assert_eq!(page_count(0, 25), 1);
        assert_eq!(page_count(25, 25), 1);
        assert_eq!(page_count(26, 25), 2);
        assert_eq!(page_count(1000, 15), 67);
        assert_eq!(page_count(4, 0), 4);
    }

    #[test]
    fn the_status_names_the_page_and_the_items_shown() {
        let status =
            |total, page, size| (t().followup().page_status)(&page_span(total, page, size));
        assert_eq!(status(312, 0, 50), "Sida 1 av 7: visar 1–50 av 312");
        assert_eq!(status(312, 6, 50), "Sida 7 av 7: visar 301–312 av 312");
        assert_eq!(
            status(312, 99, 50),
            "Sida 7 av 7: visar 301–312 av 312",
            "clamped like the page itself"
        );
        assert_eq!(status(0, 0, 10), "Sida 1 av 1: visar 0–0 av 0");
        assert_eq!(
            (t().handlingsplan().page_status)(&page_span(120, 1, PAGE_SIZE)),
            "Visar 51–100 av 120"
        );
    }

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
    fn a_smaller_grouped_page_never_holds_more_than_its_size() {
        let sizes = [7, 0, 30, 13];
        let pages = page_count(50, 25);
        assert_eq!(pages, 2);
        let (_, first) = grouped_page_sized(&sizes, 0, 25);
        assert_eq!(
            first,
            [
                slice(0, 0..7, false),
                slice(1, 0..0, false),
                slice(2, 0..18, false)
            ]
        );
        let (page, second) = grouped_page_sized(&sizes, 5, 25);
        assert_eq!(page, 1);
        assert_eq!(second, [slice(2, 18..30, true), slice(3, 0..13, false)]);
        assert_eq!(
            grouped_page(&sizes, 0),
            grouped_page_sized(&sizes, 0, PAGE_SIZE)
        );
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
