//! A plan's overview: its framework, parameters with sources, initiatives, and the
//! handlingsplan grouped by inriktningsmål as seed 002 lays it out.

mod areas;
mod criteria;
mod goal_area;
mod goals;
mod initiatives;
mod mapping;
mod params;
mod parts;
mod revision;
mod strategies;
mod versions;

use leptos::prelude::*;

use crate::core::portfolio::activity_groups::all_status_counts;
use crate::ui::shell::route::{PlanView, Route};
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};
use crate::ui::widgets::missing::Missing;
use crate::ui::widgets::staged::Stages;
use criteria::Criteria;
use initiatives::Initiatives;
use params::Params;

#[component]
pub fn PlanOverviewPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan_id = StoredValue::new(id);
    let exists = {
        let plan = PlanHandle::on(state, plan_id);
        Memo::new(move |_| plan.exists())
    };
    move || {
        if !exists.get() {
            return view! {
                <Missing message=t().plan_not_found back_href=Route::PlanList.href() back_label=t().back_to_plans />
            }
            .into_any();
        }
        view! { <PlanOverview plan_id=plan_id.get_value() /> }.into_any()
    }
}

#[component]
fn PlanOverview(plan_id: String) -> impl IntoView {
    let id = StoredValue::new(plan_id);
    let head = PlanHandle::new(id).memo(|p| {
        let org = if p.organisation.name.is_empty() {
            t().org_kind(p.organisation.kind).to_string()
        } else {
            p.organisation.name.clone()
        };
        (p.name.clone(), org, p.period)
    });
    Effect::new(move |_| {
        if let Some((name, _, _)) = head.get() {
            set_title(&name);
        }
    });
    let name = Signal::derive(move || head.get().map(|h| h.0).unwrap_or_default());
    // Drawn in parts (see `widgets::staged`): the heading and the plan's frame first.
    let parts = Stages::begin();
    view! {
        <div class="overview" aria-busy=move || parts.busy()>
            <p class="breadcrumb"><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
            <PageHeading text=name />
            <super::plan_views::PlanNav plan_id=id.get_value() current=None />
            <p class="plan-meta">{move || head.get().map(|(_, org, period)| format!("{org} · {} {}–{}", t().col_period, period.start_year, period.end_year))}</p>
            <revision::RevisedFrom plan_id=id />
            <revision::RevisionNotice plan_id=id />
            <Show when=move || parts.rest_shown()>
                <goals::Goals plan_id=id />
                <strategies::Strategies plan_id=id />
                <Criteria plan_id=id />
                <Params plan_id=id />
                <Initiatives plan_id=id />
                <HandlingsplanSummary plan_id=id />
                <revision::Revise plan_id=id />
                <versions::FixedVersions plan_id=id />
            </Show>
        </div>
    }
}

/// The handlingsplan in brief: how many activities have each status, and the way to the full,
/// editable view (which pages its groups; the overview must stay light for big plans).
#[component]
fn HandlingsplanSummary(plan_id: StoredValue<String>) -> impl IntoView {
    let counts = PlanHandle::new(plan_id).memo(all_status_counts);
    let href = Route::PlanView {
        id: plan_id.get_value(),
        view: PlanView::Handlingsplan,
    }
    .href();
    view! {
        <section aria-labelledby="hp-heading">
            <h2 id="hp-heading">{t().overview().section_handlingsplan}</h2>
            <ul class="status-counts">
                {move || counts.get().map(|c| c.into_iter().map(|(s, n)| view! {
                    <li>{t().activity_status(s)}": "{n}</li>
                }).collect_view())}
            </ul>
            <p><a href=href>{t().overview().open_handlingsplan}</a></p>
        </section>
    }
}
