//! Pages of at most [`PAGE_SIZE`] items, so a plan with hundreds of activities or benefits never
//! renders them all at once (every rendered item is a set of live form fields).
//! Shared by the plan overview, the Handlingsplan and the Uppföljning views.

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
}
