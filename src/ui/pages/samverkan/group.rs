//! One group of overlapping initiatives as a table (organisation, plan, initiative, stage,
//! figures, decision), then each match with its reason and the confirm/dismiss buttons; and
//! the list of dismissed matches, each of which can be taken back.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::overlap::facts::{member_facts, shared_area_names, MemberFacts};
use crate::core::overlap::groups::{Choice, Group, Pair};
use crate::core::Plan;
use crate::ui::shell::route::Route;
use crate::ui::text::t;

/// What a confirm, dismiss or undo asks of the page.
#[derive(Clone)]
pub struct ChoiceRequest {
    pub key: String,
    pub choice: Option<Choice>,
    /// The two titles, for the announcement.
    pub titles: (String, String),
}

fn facts(plans: &[Plan], pair: &Pair) -> Option<(MemberFacts, MemberFacts)> {
    Some((member_facts(plans, &pair.a)?, member_facts(plans, &pair.b)?))
}

/// The pair's two initiatives as the announcement and the dismissed list name them.
fn titles(a: &MemberFacts, b: &MemberFacts) -> (String, String) {
    let s = t().samverkan();
    (
        (s.member)(&a.title, &a.organisation),
        (s.member)(&b.title, &b.organisation),
    )
}

#[component]
pub(super) fn GroupView(
    number: usize,
    group: Group,
    plans: Arc<Vec<Plan>>,
    choose: Callback<ChoiceRequest>,
) -> impl IntoView {
    let s = t().samverkan();
    let strength = group
        .pairs
        .first()
        .map_or(s.likely, |p| s.strength(p.strength()));
    let caption_id = format!("samverkan-group-{number}");
    let (section_label, region_label) = (caption_id.clone(), caption_id.clone());
    let rows = group
        .members
        .iter()
        .filter_map(|m| member_facts(&plans, m))
        .map(|f| {
            let href = Route::Initiative {
                plan: f.plan_id.clone(),
                initiative: f.member.initiative_id.clone(),
                step: None,
            }
            .href();
            let decision = f.decision.map_or(s.no_decision, |o| t().walk().outcome(o));
            view! {
                <tr>
                    <td>{f.organisation}</td>
                    <td>{f.plan_name}</td>
                    <th scope="row"><a href=href>{f.title}</a></th>
                    <td>{t().stage(f.stage)}</td>
                    <td class="num">{(s.money)(f.investment)}</td>
                    <td class="num">{(s.money)(f.npv)}</td>
                    <td>{decision}</td>
                </tr>
            }
        })
        .collect_view();
    let pairs = group
        .pairs
        .iter()
        .filter_map(|p| {
            let areas = shared_area_names(&plans, &p.a, &p.similarity.shared_areas);
            Some((p.clone(), facts(&plans, p)?, areas))
        })
        .map(|(pair, (a, b), areas)| {
            view! { <PairReason pair=pair a=a b=b areas=areas choose=choose /> }
        })
        .collect_view();
    view! {
        <section class="samverkan-group" aria-labelledby=section_label>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_label>
                <table>
                    <caption id=caption_id>{(s.group_caption)(number, strength)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{s.col_organisation}</th>
                            <th scope="col">{s.col_plan}</th>
                            <th scope="col">{s.col_initiative}</th>
                            <th scope="col">{s.col_stage}</th>
                            <th scope="col" class="num">{s.col_investment}</th>
                            <th scope="col" class="num">{s.col_npv}</th>
                            <th scope="col">{s.col_decision}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3 class="samverkan-why">{s.matches_heading}</h3>
            <ul class="samverkan-pairs">{pairs}</ul>
        </section>
    }
}

/// One match: which two initiatives, how alike, the words and fields they share, and the
/// user's verdict.
#[component]
fn PairReason(
    pair: Pair,
    a: MemberFacts,
    b: MemberFacts,
    /// The shared national areas by name.
    areas: Vec<String>,
    choose: Callback<ChoiceRequest>,
) -> impl IntoView {
    let s = t().samverkan();
    let sim = &pair.similarity;
    let words = (!sim.shared_words.is_empty()).then(|| {
        let mut text = (s.shared_words)(&sim.shared_words.join(", "));
        if sim.title_in_common {
            text = format!("{text} {}", s.shared_words_title);
        }
        view! { <li>{text}</li> }
    });
    let groups = (!sim.shared_target_groups.is_empty()).then(|| {
        let names: Vec<&str> = sim
            .shared_target_groups
            .iter()
            .map(|g| t().walk().target_group(*g))
            .collect();
        view! { <li>{(s.shared_groups)(&names.join(", "))}</li> }
    });
    let areas =
        (!areas.is_empty()).then(|| view! { <li>{(s.shared_areas)(&areas.join(", "))}</li> });
    let titles = titles(&a, &b);
    let heading = (s.pair_title)(&titles.0, &titles.1);
    let score = (s.score)(sim.score, s.strength(pair.strength()));
    let key = pair.key.clone();
    let request = move |choice: Option<Choice>| ChoiceRequest {
        key: key.clone(),
        choice,
        titles: titles.clone(),
    };
    let confirmed = pair.choice == Some(Choice::Confirmed);
    let (confirm, dismiss, undo) = (request.clone(), request.clone(), request);
    view! {
        <li class="samverkan-pair">
            <p class="samverkan-pair-title"><strong>{heading}</strong></p>
            <p>{score}</p>
            <ul>{words}{groups}{areas}</ul>
            <div class="actions">
                {if confirmed {
                    view! {
                        <span class="badge">{s.confirmed}</span>
                        <button type="button" on:click=move |_| choose.run(undo(None))>{s.undo_choice}</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" on:click=move |_| choose.run(confirm(Some(Choice::Confirmed)))>{s.confirm}</button>
                        <button type="button" on:click=move |_| choose.run(dismiss(Some(Choice::Dismissed)))>{s.dismiss}</button>
                    }.into_any()
                }}
            </div>
        </li>
    }
}

#[component]
pub(super) fn DismissedList(
    pairs: Vec<Pair>,
    plans: Arc<Vec<Plan>>,
    choose: Callback<ChoiceRequest>,
) -> impl IntoView {
    let s = t().samverkan();
    if pairs.is_empty() {
        return None;
    }
    let items = pairs
        .iter()
        .filter_map(|p| Some((p.key.clone(), facts(&plans, p)?)))
        .map(|(key, (a, b))| {
            let titles = titles(&a, &b);
            let text = (s.pair_title)(&titles.0, &titles.1);
            view! {
                <li>
                    {text}" "
                    <button type="button" on:click=move |_| choose.run(ChoiceRequest {
                        key: key.clone(), choice: None, titles: titles.clone() })>
                        {s.restore}
                    </button>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="samverkan-dismissed" aria-labelledby="samverkan-dismissed-heading">
            <h2 id="samverkan-dismissed-heading">{s.dismissed_heading}</h2>
            <p class="hint">{s.dismissed_hint}</p>
            <ul>{items}</ul>
        </section>
    })
}
