//! The plan view "Räkna om med våra siffror": the plan's key figures under its own calculation
//! parameters and under ours, taken from another of the user's plans, side by side; then the
//! user keeps the plan's parameters or adopts ours.
//!
//! Which plan holds "our" parameters is view state (the most recently modified other plan until
//! the user picks one): comparing changes nothing, only adopting does.

mod decide;
mod figures;
mod params;

use leptos::prelude::*;

use self::decide::Decide;
use self::figures::FiguresTable;
use self::params::ParamsTable;
use crate::core::format::recompute::{compare, latest_other, Candidate};
use crate::ui::shell::route::Route;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;

#[component]
pub fn CompareView(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = t().compare();
    let plan = PlanHandle::on(state, plan_id);
    // Every plan's name, time and parameters: "ours" may come from any of them.
    let candidates = Memo::new(move |_| state.each_plan(Candidate::of));
    let others = Memo::new(move |_| {
        let this = plan_id.get_value();
        candidates.with(|c| {
            c.iter()
                .filter(|p| p.id != this)
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(
        candidates.with_untracked(|c| latest_other(c, &plan_id.get_value()).map(|p| p.id.clone())),
    );
    // The chosen plan, or the latest other one if the chosen plan has gone (another tab).
    let ours = Memo::new(move |_| {
        let pick = chosen.get();
        candidates.with(|c| {
            let this = plan_id.get_value();
            let p = pick
                .and_then(|id| c.iter().find(|p| p.id == id && p.id != this))
                .or_else(|| latest_other(c, &this))?;
            Some(p.clone())
        })
    });
    let theirs = plan.memo(|p| p.params.clone());
    let comparison = Memo::new(move |_| {
        ours.with(|ours| {
            let ours = ours.as_ref()?;
            plan.with(|p| compare(p, &ours.params))
        })
    });
    let has_other = Memo::new(move |_| others.with(|o| !o.is_empty()));
    let page = RwSignal::new(0usize);

    let select = move || {
        let options = move || {
            let current = ours.with(|o| o.as_ref().map(|o| o.id.clone()));
            others
                .get()
                .into_iter()
                .map(|(id, name)| {
                    let selected = current.as_deref() == Some(id.as_str());
                    view! { <option value=id selected=selected>{name}</option> }
                })
                .collect_view()
        };
        view! {
            <div class="field compare-choose">
                <label for="compare-ours">{c.choose_label}</label>
                <select id="compare-ours" aria-describedby="compare-ours-hint"
                    on:change=move |ev| {
                        chosen.set(Some(event_target_value(&ev)));
                        page.set(0);
                    }>
                    {options}
                </select>
                <p class="hint" id="compare-ours-hint">{c.choose_hint}</p>
            </div>
        }
    };
    let params_view = move || {
        let ours = ours.get()?;
        let theirs = theirs.get()?;
        let comparison = comparison.get()?;
        Some(
            view! { <ParamsTable theirs=theirs ours=ours diffs=comparison.diffs
            hourly=(comparison.hourly_theirs, comparison.hourly_ours) /> },
        )
    };
    let figures_view = move || {
        let comparison = comparison.get()?;
        if comparison.diffs.is_empty() {
            return None;
        }
        Some(view! {
            <section class="compare-figures" aria-labelledby="compare-figures-heading">
                <h2 id="compare-figures-heading">{c.figures_heading}</h2>
                {c.figures_explained.iter().map(|p| view! { <p class="hint">{*p}</p> }).collect_view()}
                <p class="compare-price-years" class:warning=comparison.price_years_differ()>
                    {(c.price_years)(comparison.price_years.0, comparison.price_years.1, comparison.price_years_differ())}
                </p>
                <FiguresTable comparison=comparison plan_id=plan_id.get_value() page=page />
            </section>
        })
    };
    let body = move || {
        if !has_other.get() {
            return view! {
                <p class="message compare-none">{c.no_other_plan}</p>
                <p><a href=Route::PlanList.href()>{t().back_to_plans}</a></p>
            }
            .into_any();
        }
        view! {
            {select}
            {params_view}
            {figures_view}
            <Decide plan_id=plan_id ours=ours />
        }
        .into_any()
    };
    view! {
        <p class="view-intro">{c.intro}</p>
        {body}
    }
}
