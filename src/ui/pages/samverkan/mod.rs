//! The samverkan view: the user picks plans in this browser (their own and other
//! municipalities'), and sees the initiatives that overlap grouped, each group as a table and
//! each match with its reason; confirm and dismiss are kept (`persistence::overlap_choices`).

mod group;

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;

use self::group::{ChoiceRequest, DismissedList, GroupView};
use crate::core::overlap::groups::{find_overlaps, Choice, Choices, Overlaps};
use crate::core::Plan;
use crate::ui::state::AppState;
use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};
use crate::ui::widgets::pager::{page_range_sized, Pager};

/// Groups per page: a group is a table of two to a few rows plus its reasons, so ten groups
/// stay within about 50 rows.
const GROUPS_PER_PAGE: usize = 10;

/// The chosen plans, cloned once per change: the measure needs them all at once. Shared, so
/// that each group's table and every render reads them without copying.
#[derive(Clone, PartialEq)]
pub(super) struct Compared {
    pub plans: Arc<Vec<Plan>>,
    pub overlaps: Overlaps,
}

#[component]
pub fn SamverkanPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = t().samverkan();
    set_title(s.title);
    let choices = RwSignal::new(state.overlap_choices());
    let status = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    let options = Memo::new(move |_| {
        state.each_plan(|p| {
            (
                p.id.clone(),
                (s.plan_option)(&p.name, &p.organisation.name, p.initiatives.len()),
            )
        })
    });
    // Every plan starts chosen; the choice is view state, like the comparison's plan.
    let chosen: RwSignal<BTreeSet<String>> = RwSignal::new(
        options
            .get_untracked()
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
    );
    let compared = Memo::new(move |_| {
        let ids = chosen.get();
        let plans: Vec<Plan> = state
            .each_plan(|p| ids.contains(&p.id).then(|| p.clone()))
            .into_iter()
            .flatten()
            .collect();
        let refs: Vec<&Plan> = plans.iter().collect();
        let overlaps = choices.with(|c| find_overlaps(&refs, c));
        Compared {
            plans: Arc::new(plans),
            overlaps,
        }
    });
    let page = RwSignal::new(0usize);
    let choose = Callback::new(move |request: ChoiceRequest| {
        let mut next: Choices = choices.get_untracked();
        match request.choice {
            Some(c) => next.insert(request.key.clone(), c),
            None => next.remove(&request.key),
        };
        failed.set(state.save_overlap_choices(&next).is_err());
        let (a, b) = &request.titles;
        status.set(match request.choice {
            Some(Choice::Confirmed) => (s.choice_confirmed_status)(a, b),
            Some(Choice::Dismissed) => (s.choice_dismissed_status)(a, b),
            None => (s.choice_cleared_status)(a, b),
        });
        choices.set(next);
    });

    let picker = move || {
        options
            .get()
            .into_iter()
            .map(|(id, label)| {
                let checkbox_id = format!("samverkan-plan-{id}");
                let checked_id = id.clone();
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=checkbox_id.clone()
                            prop:checked=move || chosen.with(|c| c.contains(&checked_id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| {
                                    if on { c.insert(id.clone()); } else { c.remove(&id); }
                                });
                                page.set(0);
                            } />
                        <label for=checkbox_id>{label}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let results = move || {
        if chosen.with(|c| c.len()) < 2 {
            return view! { <p class="message">{s.too_few}</p> }.into_any();
        }
        let compared = compared.get();
        let groups = compared.overlaps.groups.len();
        let pairs: usize = compared.overlaps.groups.iter().map(|g| g.pairs.len()).sum();
        let (_, range) = page_range_sized(groups, page.get(), GROUPS_PER_PAGE);
        let shown = compared.overlaps.groups[range.clone()]
            .iter()
            .enumerate()
            .map(|(n, g)| {
                view! { <GroupView number=range.start + n + 1 group=g.clone()
                plans=compared.plans.clone() choose=choose /> }
            })
            .collect_view();
        let summary = if groups == 0 {
            s.none_found.to_string()
        } else {
            (s.result_summary)(groups, pairs)
        };
        view! {
            <p class="samverkan-summary">{summary}</p>
            {shown}
            <Pager total=Signal::derive(move || groups) page=page
                label=s.groups_label.to_string() size=GROUPS_PER_PAGE status=s.page_status />
            <DismissedList pairs=compared.overlaps.dismissed.clone() plans=compared.plans.clone()
                choose=choose />
        }
        .into_any()
    };

    view! {
        <PageHeading text=s.title.to_string() />
        <p>{s.intro}</p>
        <fieldset class="samverkan-plans" aria-describedby="samverkan-plans-hint">
            <legend>{s.choose_legend}</legend>
            <p class="hint" id="samverkan-plans-hint">{s.choose_hint}</p>
            {picker}
        </fieldset>
        <p class="visually-hidden" role="status" aria-live="polite">{move || status.get()}</p>
        <Show when=move || failed.get()>
            <p class="message error" role="alert">{s.choice_failed}</p>
        </Show>
        <section class="samverkan-results" aria-label=s.groups_label>{results}</section>
    }
}
