//! The form that creates a plan: blank, from a template, or as a copy of the example.

use leptos::prelude::*;

use crate::core::content::templates::{Start, Template};
use crate::core::model::ids::RandomIds;
use crate::core::model::plan::{clean_name, PlanError};
use crate::core::{OrgKind, Organisation, Period};
use crate::ui::browser::clock::now_iso;
use crate::ui::shell::route::{navigate, Route};
use crate::ui::state::{AppState, Notice};
use crate::ui::text::t;
use crate::ui::widgets::fields::Field;

fn year_message(error: Option<PlanError>) -> Option<&'static str> {
    match error? {
        PlanError::YearOrder => Some(t().plan_list().year_order),
        _ => Some(t().plan_list().year_invalid),
    }
}

#[component]
pub fn CreatePlanForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let this_year = js_sys::Date::new_0().get_full_year() as i32;
    let default_period = Period::starting(this_year);
    let name = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let kind = RwSignal::new(OrgKind::Kommun);
    let start_year = RwSignal::new(default_period.start_year.to_string());
    let end_year = RwSignal::new(default_period.end_year.to_string());
    let start = RwSignal::new(Start::Template(Template::Blank));
    let name_error = RwSignal::new(None::<&'static str>);
    let start_error = RwSignal::new(None::<&'static str>);
    let end_error = RwSignal::new(None::<&'static str>);
    let name_ref = NodeRef::<leptos::html::Input>::new();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let plan_name = clean_name(&name.get_untracked());
        name_error.set(plan_name.is_err().then_some(t().name_required));
        let period = Period::parse(&start_year.get_untracked(), &end_year.get_untracked());
        let (s_err, e_err) = period.err().unwrap_or((None, None));
        start_error.set(year_message(s_err));
        end_error.set(year_message(e_err));
        let (Ok(period), Ok(plan_name)) = (period, plan_name.clone()) else {
            if plan_name.is_err() {
                if let Some(input) = name_ref.get_untracked() {
                    let _ = input.focus();
                }
            }
            return;
        };
        let org = Organisation {
            name: organisation.get_untracked().trim().to_string(),
            kind: kind.get_untracked(),
        };
        let plan =
            start
                .get_untracked()
                .create(&mut RandomIds, &plan_name, org, period, &now_iso());
        let id = plan.id.clone();
        state.insert_plan(plan, None);
        state.notice.set(Some(Notice::Created { name: plan_name }));
        name.set(String::new());
        navigate(&Route::Plan { id });
    };

    view! {
        <section class="create-plan" aria-labelledby="create-heading">
            <h2 id="create-heading">{t().plan_list().create_title}</h2>
            <form on:submit=submit novalidate>
                <Field id="new-plan-name" label=t().plan_list().create_name error=name_error>
                    <input id="new-plan-name" type="text" node_ref=name_ref required
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))
                        aria-invalid=move || name_error.get().map(|_| "true")
                        aria-describedby=move || name_error.get().map(|_| "new-plan-name-error") />
                </Field>
                <div class="field">
                    <label for="new-plan-org">{t().plan_list().create_organisation}</label>
                    <input id="new-plan-org" type="text" autocomplete="organization"
                        prop:value=move || organisation.get() on:input=move |ev| organisation.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="new-plan-kind">{t().plan_list().create_org_kind}</label>
                    <select id="new-plan-kind" on:change=move |ev| kind.set(match event_target_value(&ev).as_str() {
                        "region" => OrgKind::Region,
                        "annan" => OrgKind::Annan,
                        _ => OrgKind::Kommun,
                    })>
                        <option value="kommun" selected=true>{t().org_kind(OrgKind::Kommun)}</option>
                        <option value="region">{t().org_kind(OrgKind::Region)}</option>
                        <option value="annan">{t().org_kind(OrgKind::Annan)}</option>
                    </select>
                </div>
                <div class="field-row">
                    <Field id="new-plan-start" label=t().plan_list().create_start_year error=start_error>
                        <input id="new-plan-start" type="text" inputmode="numeric" size="6"
                            prop:value=move || start_year.get() on:input=move |ev| start_year.set(event_target_value(&ev))
                            aria-invalid=move || start_error.get().map(|_| "true")
                            aria-describedby=move || start_error.get().map(|_| "new-plan-start-error") />
                    </Field>
                    <Field id="new-plan-end" label=t().plan_list().create_end_year error=end_error>
                        <input id="new-plan-end" type="text" inputmode="numeric" size="6"
                            prop:value=move || end_year.get() on:input=move |ev| end_year.set(event_target_value(&ev))
                            aria-invalid=move || end_error.get().map(|_| "true")
                            aria-describedby=move || end_error.get().map(|_| "new-plan-end-error") />
                    </Field>
                </div>
                <div class="field">
                    <label for="new-plan-template">{t().plan_list().create_template}</label>
                    <select id="new-plan-template" on:change=move |ev| {
                        if let Some(s) = Start::from_key(&event_target_value(&ev)) { start.set(s) }
                    }>
                        {Start::ALL.into_iter().map(|s| view! {
                            <option value=s.key() selected=s == Start::Template(Template::Blank)>{t().start(s)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit">{t().plan_list().create_submit}</button>
            </form>
        </section>
    }
}
