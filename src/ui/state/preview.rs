//! The plan list before the plans are read: the storage's small index holds each plan's
//! summary (`core::model::summary`), written with every save. It is read here with the
//! browser's own JSON parser, so the first download carries no JSON reader of its own; the
//! plans themselves are read by the repository's chunk a moment later.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;

use crate::core::content::example::example_summary;
use crate::core::model::summary::PlanSummary;
use crate::persistence::repository::{INDEX_KEY, PLAN_PREFIX};
use crate::persistence::KeyValueStore;

/// The plans' summaries in the list's order; the example's on a first start (nothing of ours
/// stored, as the repository decides it); none when the index is missing or unreadable (the
/// list then waits for the plans).
pub fn read_preview(store: &dyn KeyValueStore) -> Vec<PlanSummary> {
    match store.get(INDEX_KEY) {
        Ok(Some(text)) => summaries(&text),
        Ok(None) => {
            let first_run = store
                .keys()
                .is_ok_and(|keys| !keys.iter().any(|k| k.starts_with(PLAN_PREFIX)));
            if first_run {
                vec![example_summary()]
            } else {
                Vec::new()
            }
        }
        Err(_) => Vec::new(),
    }
}

fn summaries(text: &str) -> Vec<PlanSummary> {
    let Ok(index) = JSON::parse(text) else {
        return Vec::new();
    };
    let plans = field(&index, "plans");
    if !Array::is_array(&plans) {
        return Vec::new();
    }
    Array::from(&plans)
        .iter()
        .filter_map(|entry| summary(&entry))
        .collect()
}

fn summary(entry: &JsValue) -> Option<PlanSummary> {
    let period = field(entry, "period");
    let period = Array::is_array(&period)
        .then(|| {
            let years = Array::from(&period);
            Some((year(&years.get(0))?, year(&years.get(1))?))
        })
        .flatten();
    Some(PlanSummary {
        id: field(entry, "id").as_string()?,
        name: field(entry, "name").as_string()?,
        organisation: field(entry, "organisation").as_string(),
        period,
        initiatives: field(entry, "initiatives")
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0)
            .map(|n| n as usize),
        modified: field(entry, "modified").as_string().unwrap_or_default(),
        last_exported: field(entry, "last_exported").as_string(),
    })
}

fn year(value: &JsValue) -> Option<i32> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && n.abs() < 100_000.0)
        .map(|n| n as i32)
}

fn field(value: &JsValue, key: &str) -> JsValue {
    if !value.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}
