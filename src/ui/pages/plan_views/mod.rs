//! The plan as a whole: ranked list, matrix, budget scenario, handlingsplan,
//! follow-up and the printable decision brief. Each view has its own module and address; the
//! plan navigation ties them to the plan's overview.

mod brief;
pub(crate) mod budget;
mod changes;
mod compare;
mod followup;
mod handlingsplan;
pub(crate) mod lens;
mod list;
pub(crate) mod matrix;
mod npv_note;
mod report;
mod share;
mod version_choice;

use leptos::prelude::*;

use crate::ui::shell::route::{PlanView, Route};
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;
use crate::ui::widgets::heading::{set_title, PageHeading};
use crate::ui::widgets::missing::Missing;
use crate::ui::widgets::staged::Stages;

/// The plan's own navigation: overview and each plan-wide view.
#[component]
pub fn PlanNav(plan_id: String, current: Option<PlanView>) -> impl IntoView {
    let p = t().plan_views();
    view! {
        <nav class="plan-nav" aria-label=p.nav_label>
            <ul>
                <li><a href=Route::Plan { id: plan_id.clone() }.href() aria-current=current.is_none().then_some("page")>{p.overview}</a></li>
                {PlanView::ALL.into_iter().map(|v| view! {
                    <li><a href=Route::PlanView { id: plan_id.clone(), view: v }.href() aria-current=(current == Some(v)).then_some("page")>{p.name(v)}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn PlanViewPage(id: String, view: PlanView) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan_id = StoredValue::new(id);
    let name = Memo::new(move |_| PlanHandle::on(state, plan_id).with(|p| p.name.clone()));
    Effect::new(move |_| {
        if let Some(name) = name.get() {
            set_title(&format!("{}: {name}", t().plan_views().name(view)));
        }
    });
    let exists = Memo::new(move |_| name.with(Option::is_some));
    move || {
        if !exists.get() {
            return view! {
                <Missing message=t().plan_not_found back_href=Route::PlanList.href() back_label=t().back_to_plans />
            }
            .into_any();
        }
        let id = plan_id.get_value();
        let heading = Signal::derive(move || {
            format!(
                "{}: {}",
                t().plan_views().name(view),
                name.get().unwrap_or_default()
            )
        });
        // The page's frame first, its view in the next task (see `widgets::staged`): a view
        // opened for the first time was one task of up to 300 ms at 4× CPU before anything of
        // the page was painted.
        let parts = Stages::begin();
        let body = move || {
            parts.rest_shown().then(|| match view {
                PlanView::List => view! { <list::ListView plan_id=plan_id /> }.into_any(),
                PlanView::Matrix => view! { <matrix::MatrixView plan_id=plan_id /> }.into_any(),
                PlanView::Budget => view! { <budget::BudgetView plan_id=plan_id /> }.into_any(),
                PlanView::Handlingsplan => {
                    view! { <handlingsplan::HandlingsplanView plan_id=plan_id /> }.into_any()
                }
                PlanView::FollowUp => {
                    view! { <followup::FollowUpView plan_id=plan_id /> }.into_any()
                }
                PlanView::FollowUpReport => {
                    view! { <report::ReportView plan_id=plan_id /> }.into_any()
                }
                PlanView::Changes => view! { <changes::ChangesView plan_id=plan_id /> }.into_any(),
                PlanView::DecisionBrief => {
                    view! { <brief::BriefView plan_id=plan_id /> }.into_any()
                }
                PlanView::Share => view! { <share::ShareView plan_id=plan_id /> }.into_any(),
                PlanView::Compare => view! { <compare::CompareView plan_id=plan_id /> }.into_any(),
            })
        };
        view! {
            <div class="plan-view" aria-busy=move || parts.busy()>
                <p class="breadcrumb"><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
                <PageHeading text=heading />
                <PlanNav plan_id=id current=Some(view) />
                {body}
            </div>
        }
        .into_any()
    }
}
