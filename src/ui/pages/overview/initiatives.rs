//! The plan's initiatives with stage, score and must-pass status, and the form that starts a new
//! one in the walkthrough.

use leptos::prelude::*;

use crate::core::calc::{missing_gates, weighted_score};
use crate::core::model::ids::{IdSource, RandomIds};
use crate::core::model::plan::clean_name;
use crate::core::workflow::walkthrough::Step;
use crate::core::Stage;
use crate::ui::browser::clock::now_iso;
use crate::ui::shell::route::{navigate, Route};
use crate::ui::state::AppState;
use crate::ui::state::PlanHandle;
use crate::ui::text::num::decimal;
use crate::ui::text::t;
use crate::ui::widgets::pager::{page_range, Pager};
use crate::ui::widgets::title::initiative_title;

#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    title: String,
    stage: Stage,
    score: Option<f64>,
    missing: Vec<&'static str>,
}

#[component]
pub fn Initiatives(plan_id: StoredValue<String>) -> impl IntoView {
    let rows = PlanHandle::new(plan_id).memo(|p| {
        p.initiatives
            .iter()
            .map(|i| Row {
                id: i.id.clone(),
                title: i.title.clone(),
                stage: i.stage,
                score: weighted_score(i, &p.framework.criteria).total,
                missing: missing_gates(i, &p.framework)
                    .into_iter()
                    .map(|g| t().walk().gate(g))
                    .collect(),
            })
            .collect::<Vec<_>>()
    });
    // A plan may hold a thousand initiatives: one page of them is rendered at a time.
    let total = Signal::derive(move || rows.with(|r| r.as_ref().map_or(0, Vec::len)));
    let page = RwSignal::new(0usize);
    view! {
        <section aria-labelledby="initiatives-heading">
            <h2 id="initiatives-heading">{t().overview().section_initiatives}</h2>
            {move || {
                let all = rows.get().unwrap_or_default();
                let (_, range) = page_range(all.len(), page.get());
                let rows: Vec<Row> = all.get(range).map(<[Row]>::to_vec).unwrap_or_default();
                if rows.is_empty() {
                    return view! { <p>{t().overview().no_initiatives}</p> }.into_any();
                }
                view! {
                    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="initiatives-caption">
                    <table>
                        <caption id="initiatives-caption" class="visually-hidden">{t().overview().section_initiatives}</caption>
                        <thead><tr>
                            <th scope="col">{t().overview().col_title}</th>
                            <th scope="col">{t().overview().col_stage}</th>
                            <th scope="col" class="num">{t().overview().col_score}</th>
                            <th scope="col">{t().overview().col_gates}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| {
                                let href = Route::Initiative { plan: plan_id.get_value(), initiative: r.id.clone(), step: None }.href();
                                let title = initiative_title(&r.title);
                                let gates = if r.missing.is_empty() { t().overview().gates_all_met.to_string() } else { format!("{} {}", t().overview().gates_missing, r.missing.join(", ")) };
                                view! {
                                    <tr>
                                        <th scope="row"><a href=href>{title}</a></th>
                                        <td>{t().stage(r.stage)}</td>
                                        <td class="num">{r.score.map(|s| decimal(s, 1)).unwrap_or_else(|| "–".into())}</td>
                                        <td>{gates}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
            <Pager total=total page=page label=t().overview().section_initiatives.to_string() />
            <NewInitiative plan_id=plan_id />
        </section>
    }
}

#[component]
fn NewInitiative(plan_id: StoredValue<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(name) = clean_name(&title.get_untracked()) else {
            error.set(true);
            return;
        };
        error.set(false);
        let id = RandomIds.next_id();
        let now = now_iso();
        PlanHandle::on(state, plan_id).edit(|p| {
            let initiative = p.new_initiative(id.clone(), &name, &now);
            p.initiatives.push(initiative)
        });
        navigate(&Route::Initiative {
            plan: plan_id.get_value(),
            initiative: id,
            step: Some(Step::Need),
        });
    };
    view! {
        <form class="inline-form new-initiative" on:submit=submit novalidate>
            <h3 id="new-initiative-heading" class="visually-hidden">{t().overview().new_initiative_title}</h3>
            <label for="new-initiative-title">{t().overview().new_initiative_label}</label>
            <input id="new-initiative-title" type="text" prop:value=move || title.get()
                on:input=move |ev| title.set(event_target_value(&ev))
                aria-invalid=move || error.get().then_some("true")
                aria-describedby=move || error.get().then_some("new-initiative-error") />
            <button type="submit">{t().overview().new_initiative_submit}</button>
            {move || error.get().then(|| view! { <p class="field-error" id="new-initiative-error">{t().name_required}</p> })}
        </form>
    }
}
