//! How the follow-up pages its two lists of editors. Benefits and activities share the screen,
//! so each gets half of the view's budget of about 50 editors; the activities go through all
//! goals with one pager, as in the handlingsplan, so a plan with many goals cannot multiply the
//! page. Pure, so it is tested natively.

pub(super) use crate::ui::pages::plan_views::handlingsplan::layout::record_layout as layout;
use crate::ui::pages::plan_views::handlingsplan::layout::Group;
use crate::ui::widgets::pager::grouped_page_sized;

/// Benefit editors on one page.
pub const BENEFIT_PAGE: usize = 25;
/// Activity editors on one page, whatever goals they are spread over.
pub const ACTIVITY_PAGE: usize = 25;

/// How many activities the layout holds, all pages together.
pub fn total(layout: &[(Group, Vec<String>)]) -> usize {
    layout.iter().map(|(_, ids)| ids.len()).sum()
}

/// One goal as the current page shows it.
#[derive(Clone, PartialEq)]
pub struct Section {
    pub group: Group,
    /// The goal's activities began on an earlier page.
    pub continued: bool,
    /// The goal's activities on this page.
    pub ids: Vec<String>,
}

/// The goals on the page with their activities there. A goal without activities has nothing to
/// follow up and is left out.
pub fn sections(layout: &[(Group, Vec<String>)], page: usize) -> Vec<Section> {
    let sizes: Vec<usize> = layout.iter().map(|(_, ids)| ids.len()).collect();
    grouped_page_sized(&sizes, page, ACTIVITY_PAGE)
        .1
        .into_iter()
        .filter(|s| !s.items.is_empty())
        .filter_map(|s| {
            let (group, ids) = layout.get(s.group)?;
            Some(Section {
                group: group.clone(),
                continued: s.continued,
                ids: ids.get(s.items).map(<[String]>::to_vec).unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::example::example_plan;
    use crate::core::Activity;
    use crate::ui::widgets::pager::page_count;

    #[test]
    fn the_example_fits_on_one_page_without_empty_goals() {
        let plan = example_plan();
        let l = layout(&plan);
        assert!(plan.activities.len() <= ACTIVITY_PAGE);
        let shown = sections(&l, 0);
        assert!(shown.iter().all(|s| !s.continued && !s.ids.is_empty()));
        let all: usize = shown.iter().map(|s| s.ids.len()).sum();
        assert_eq!(all, plan.activities.len());
        assert_eq!(total(&l), plan.activities.len());
        assert_eq!(
            sections(&l, 4).len(),
            shown.len(),
            "clamped to the one page"
        );
    }

    #[test]
    fn many_activities_are_paged_across_goals_and_every_one_is_shown_once() {
        let mut plan = example_plan();
        let goals: Vec<String> = plan.framework.goals.iter().map(|g| g.id.clone()).collect();
        for k in 0..200 {
            let goal = goals.get(k % 3).cloned();
            plan.activities
                .push(Activity::new(format!("extra-{k}"), goal));
        }
        let mut empty = plan.framework.goals[0].clone();
        empty.id = "empty".into();
        plan.framework.goals.push(empty);
        let l = layout(&plan);
        let n = total(&l);
        assert_eq!(n, plan.activities.len());
        let mut seen = Vec::new();
        for page in 0..page_count(n, ACTIVITY_PAGE) {
            let shown = sections(&l, page);
            let on_page: usize = shown.iter().map(|s| s.ids.len()).sum();
            assert!(on_page <= ACTIVITY_PAGE, "page {page}: {on_page}");
            assert!(shown
                .iter()
                .all(|s| s.group.key.as_deref() != Some("empty")));
            // The first goal holds well over a page: the second page goes on with it.
            if page == 1 {
                assert!(shown[0].continued && shown[0].group.key == Some(goals[0].clone()));
            }
            seen.extend(shown.into_iter().flat_map(|s| s.ids));
        }
        let mut all: Vec<String> = plan.activities.iter().map(|a| a.id.clone()).collect();
        all.sort();
        seen.sort();
        assert_eq!(seen, all);
    }
}
