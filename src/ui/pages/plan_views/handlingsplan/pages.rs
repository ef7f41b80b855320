//! One pager over the whole handlingsplan: the activities of all goals taken in order, 50 at a
//! time, so a plan with hundreds of activities never renders more than 50 editors however they
//! are spread over its goals. A page shows the headings of the goals it holds; a goal that began
//! on an earlier page is marked as continued.

use leptos::prelude::*;

use super::layout::{layout, Group, Layout};
use crate::ui::state::PlanHandle;
use crate::ui::widgets::pager::{grouped_page, PAGE_SIZE};

/// Where the activity falls in the pager's order, so the page it is on can be shown.
pub(super) fn position(layout: &[(Group, Vec<String>)], id: &str) -> Option<usize> {
    let mut before = 0;
    for (_, ids) in layout {
        if let Some(i) = ids.iter().position(|x| x == id) {
            return Some(before + i);
        }
        before += ids.len();
    }
    None
}

/// One group as the current page shows it.
#[derive(Clone, PartialEq)]
pub(super) struct Section {
    pub group: Group,
    pub continued: bool,
    /// All of the group's activities, on any page: the count under its heading.
    pub count: usize,
    /// The group's activities on this page.
    pub ids: Vec<String>,
}

/// The page actually shown and its sections.
pub(super) fn sections(layout: &[(Group, Vec<String>)], page: usize) -> (usize, Vec<Section>) {
    let sizes: Vec<usize> = layout.iter().map(|(_, ids)| ids.len()).collect();
    let (page, slices) = grouped_page(&sizes, page);
    let sections = slices
        .into_iter()
        .filter_map(|s| {
            let (group, ids) = layout.get(s.group)?;
            Some(Section {
                group: group.clone(),
                continued: s.continued,
                count: ids.len(),
                ids: ids.get(s.items).map(<[String]>::to_vec).unwrap_or_default(),
            })
        })
        .collect();
    (page, sections)
}

/// A goal in the list that jumps to the page where its activities begin.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) struct IndexEntry {
    pub heading: String,
    pub dom_id: String,
    pub count: usize,
    /// 0-based pages of its first and last activity (the same for an empty group).
    pub first: usize,
    pub last: usize,
}

pub(super) fn index(layout: &[(Group, Vec<String>)]) -> Vec<IndexEntry> {
    let total: usize = layout.iter().map(|(_, ids)| ids.len()).sum();
    let last_page = total.saturating_sub(1) / PAGE_SIZE;
    let mut start = 0;
    layout
        .iter()
        .map(|(g, ids)| {
            let first = (start / PAGE_SIZE).min(last_page);
            let last = if ids.is_empty() {
                first
            } else {
                (start + ids.len() - 1) / PAGE_SIZE
            };
            start += ids.len();
            IndexEntry {
                heading: g.heading.clone(),
                dom_id: g.dom_id.clone(),
                count: ids.len(),
                first,
                last,
            }
        })
        .collect()
}

/// The pager's state, shared by the view's parts.
#[derive(Clone, Copy)]
pub(super) struct PlanPages {
    pub page: RwSignal<usize>,
    pub total: Memo<usize>,
    pub layout: Memo<Option<Layout>>,
    pub sections: Memo<Vec<Section>>,
}

impl PlanPages {
    pub fn new(plan_id: StoredValue<String>) -> Self {
        let page = RwSignal::new(0usize);
        let layout = PlanHandle::new(plan_id).memo(layout);
        let total = Memo::new(move |_| {
            layout.with(|l| {
                l.as_ref()
                    .map_or(0, |l| l.iter().map(|(_, ids)| ids.len()).sum())
            })
        });
        let sections = Memo::new(move |_| {
            let wanted = page.get();
            layout.with(|l| {
                l.as_ref()
                    .map(|l| sections(l, wanted).1)
                    .unwrap_or_default()
            })
        });
        Self {
            page,
            total,
            layout,
            sections,
        }
    }

    pub fn pages(&self) -> usize {
        self.total.get().div_ceil(PAGE_SIZE).max(1)
    }

    /// Turns to the page that holds the activity, e.g. one just added at the end of its goal.
    pub fn show(&self, id: &str) {
        let at = self
            .layout
            .with_untracked(|l| l.as_deref().and_then(|l| position(l, id)));
        if let Some(at) = at {
            self.page.set(at / PAGE_SIZE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::example::example_plan;
    use crate::core::Activity;

    fn activity(id: &str, goal: Option<&str>) -> Activity {
        Activity::new(id.into(), goal.map(str::to_string))
    }

    /// The activities the handlingsplan shows: not those a revision kept for the follow-up only.
    fn in_handlingsplan(plan: &crate::core::Plan) -> usize {
        plan.activities
            .iter()
            .filter(|a| a.in_handlingsplan())
            .count()
    }

    #[test]
    fn the_example_fits_on_one_page_with_every_goal() {
        let plan = example_plan();
        let l = layout(&plan);
        let (page, shown) = sections(&l, 3);
        assert_eq!(page, 0);
        assert_eq!(shown.len(), plan.framework.goals.len() + 1);
        assert!(shown.iter().all(|s| !s.continued && s.ids.len() == s.count));
        let all: usize = shown.iter().map(|s| s.ids.len()).sum();
        assert_eq!(all, in_handlingsplan(&plan));
    }

    #[test]
    fn a_long_goal_goes_on_over_the_page_break_and_an_added_activity_is_found() {
        let mut plan = example_plan();
        let goal = plan.framework.goals[1].id.clone();
        for k in 0..60 {
            plan.activities
                .push(activity(&format!("extra-{k}"), Some(&goal)));
        }
        let l = layout(&plan);
        let total: usize = l.iter().map(|(_, ids)| ids.len()).sum();
        assert_eq!(total, in_handlingsplan(&plan));
        let (_, first) = sections(&l, 0);
        let (_, second) = sections(&l, 1);
        for page in [&first, &second] {
            assert!(page.iter().map(|s| s.ids.len()).sum::<usize>() <= PAGE_SIZE);
        }
        let carried = second.first().expect("a second page");
        assert_eq!(carried.group.key.as_deref(), Some(goal.as_str()));
        assert!(carried.continued);
        assert!(first
            .iter()
            .any(|s| s.group.key.as_deref() == Some(goal.as_str()) && !s.continued));

        // The last activity of the goal is on the page where the goal ends.
        let at = position(&l, "extra-59").expect("listed");
        let (_, on_its_page) = sections(&l, at / PAGE_SIZE);
        assert!(on_its_page
            .iter()
            .any(|s| s.ids.iter().any(|id| id == "extra-59")));
        assert_eq!(position(&l, "no-such-activity"), None);

        let entries = index(&l);
        let long = entries
            .iter()
            .find(|e| e.count >= 60)
            .expect("the long goal");
        assert_eq!((long.first, long.last), (0, 1));
    }
}
