//! An estimate typed as an expected figure with an optional low and high (Inera's template).

use leptos::prelude::*;

use crate::core::calc::parse_non_negative;
use crate::core::model::initiative::Estimate;
use crate::ui::text::t;
use crate::ui::widgets::fields::NumberInput;

/// Three number fields: `{id}` (expected), `{id}-low` and `{id}-high`. Each change hands the
/// whole estimate to `on_change`; the component keeps its own copy, since it alone edits it.
#[component]
pub fn EstimateInputs(
    #[prop(into)] id: String,
    label: &'static str,
    unit: &'static str,
    initial: Estimate,
    #[prop(into)] on_change: Callback<Estimate>,
) -> impl IntoView {
    let a = t().analysis();
    let current = StoredValue::new(initial);
    let set = move |change: &dyn Fn(&mut Estimate)| {
        current.update_value(|e| change(e));
        on_change.run(current.get_value());
    };
    view! {
        <div class="estimate">
            <NumberInput id=id.clone() label=label unit=unit initial=Some(initial.expected) parse=parse_non_negative
                on_change={move |v: Option<f64>| if let Some(v) = v { set(&|e| e.expected = v) }} />
            <div class="field-row estimate-range">
                <NumberInput id=format!("{id}-low") label=(a.estimate_low)(label) unit=unit
                    initial=initial.low parse=parse_non_negative optional=true
                    on_change={move |v: Option<f64>| set(&|e| e.low = v)} />
                <NumberInput id=format!("{id}-high") label=(a.estimate_high)(label) unit=unit
                    initial=initial.high parse=parse_non_negative optional=true
                    on_change={move |v: Option<f64>| set(&|e| e.high = v)} />
            </div>
        </div>
    }
}
