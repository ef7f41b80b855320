//! The user's decision: adopt our parameters (values, sources and years) or keep the plan's own.
//! Either way the outcome is said in a status message; adopting can be undone from it.

use leptos::html;
use leptos::prelude::*;

use crate::core::format::recompute::adopt;
use crate::core::format::recompute::Candidate;
use crate::core::CalcParams;
use crate::ui::state::{AppState, PlanHandle};
use crate::ui::text::t;

#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Our parameters (from the named plan) replaced `previous`, kept for undo.
    Adopted {
        name: String,
        previous: Box<CalcParams>,
    },
    Kept,
    Undone,
}

#[component]
pub fn Decide(plan_id: StoredValue<String>, ours: Memo<Option<Candidate>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let c = t().compare();
    let outcome = RwSignal::new(None::<Outcome>);
    let adopt_button = NodeRef::<html::Button>::new();
    let set_params =
        move |params: &CalcParams| PlanHandle::on(state, plan_id).edit(|p| adopt(p, params));
    let on_adopt = move |_| {
        let Some(Some(o)) = ours.try_get_untracked() else {
            return;
        };
        let previous = PlanHandle::on(state, plan_id).with_untracked(|p| p.params.clone());
        if let Some(previous) = previous {
            if set_params(&o.params) {
                outcome.try_set(Some(Outcome::Adopted {
                    name: o.name,
                    previous: Box::new(previous),
                }));
            }
        }
    };
    let on_keep = move |_| {
        outcome.try_set(Some(Outcome::Kept));
    };
    let on_undo = move |_| {
        if let Some(Some(Outcome::Adopted { previous, .. })) = outcome.try_get_untracked() {
            if set_params(&previous) {
                outcome.try_set(Some(Outcome::Undone));
                // The undo button has gone with its message: keep focus in the decision.
                if let Some(button) = adopt_button.get_untracked() {
                    let _ = button.focus();
                }
            }
        }
    };
    let message = move || {
        outcome.get().map(|o| match o {
            Outcome::Adopted { name, .. } => view! {
                <p>{(c.adopted)(&name)}" "
                    <button type="button" class="secondary" on:click=on_undo>{c.undo}</button></p>
            }
            .into_any(),
            Outcome::Kept => view! { <p>{c.kept}</p> }.into_any(),
            Outcome::Undone => view! { <p>{c.undone}</p> }.into_any(),
        })
    };
    view! {
        <section class="compare-decide" aria-labelledby="compare-decide-heading">
            <h2 id="compare-decide-heading">{c.decide_heading}</h2>
            <p class="compare-buttons">
                <button type="button" node_ref=adopt_button on:click=on_adopt>{c.adopt}</button>
                " "
                <button type="button" class="secondary" on:click=on_keep>{c.keep}</button>
            </p>
            <div class="compare-status" role="status" aria-live="polite">{message}</div>
        </section>
    }
}
