//! The plan's lens in the views: the choice of strategy the plan reads by ("Läs planen efter",
//! on the overview and above the list) and the "Område" filter over the lens's areas, which the
//! list, the matrix and the budget scenario share (docs/domain.md §3.6).

use leptos::prelude::*;

use crate::core::portfolio::lens_areas;
use crate::ui::state::PlanHandle;
use crate::ui::text::t;
use crate::ui::widgets::fields::SelectInput;

/// Chooses the strategy the plan reads by. Rebuilt only when the strategies change (not when
/// the choice does), so the select keeps focus while a person moves through it.
#[component]
pub fn LensSelect(plan: PlanHandle, id: &'static str) -> impl IntoView {
    let l = t().lens();
    let options = plan.memo(|p| {
        p.framework
            .strategies
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect::<Vec<_>>()
    });
    let hint_id = format!("{id}-hint");
    move || {
        let options = options.get().unwrap_or_default();
        let current = plan
            .with_untracked(|p| p.framework.lens_strategy().map(|s| s.id.clone()))
            .flatten()
            .unwrap_or_default();
        view! {
            <SelectInput id=id label=l.lens_label options=options initial=current
                on_change={move |v: String| { let _ = plan.try_edit(|p| p.set_lens(&v)); }} />
            <p class="hint" id=hint_id.clone()>{l.lens_hint}</p>
        }
    }
}

/// The "Område" filter: "Alla" (`""`) or an area of the lens. Rebuilt when the lens or its
/// areas change; a chosen area the new lens lacks is dropped from the filter.
#[component]
pub fn AreaFilter(
    plan: PlanHandle,
    id: &'static str,
    all: &'static str,
    chosen: RwSignal<Option<String>>,
) -> impl IntoView {
    let areas = plan.memo(|p| lens_areas(&p.framework));
    Effect::new(move |_| {
        let known = areas.with(|a| {
            let current = chosen.get_untracked();
            current.is_none_or(|c| a.as_ref().is_some_and(|a| a.iter().any(|(id, _)| *id == c)))
        });
        if !known {
            chosen.set(None);
        }
    });
    move || {
        let options: Vec<(String, String)> = std::iter::once((String::new(), all.to_string()))
            .chain(areas.get().unwrap_or_default())
            .collect();
        view! {
            <SelectInput id=id label=t().lens().filter_area options=options
                initial=chosen.get_untracked().unwrap_or_default()
                on_change={move |k: String| chosen.set((!k.is_empty()).then_some(k))} />
        }
    }
}
