//! Fields the app does not know. Most are the keys serde's derive skipped while reading (seen by
//! [`super::watch`]). Inside the benefit classes serde reads untyped first and takes the fields
//! later, out of sight; there the keys the file has are compared with those the typed value
//! writes back: every key it does not write back was not kept.

use serde_json::Value;

use super::collector::Collector;
use super::watch::{Frame, Mark, Spot, Watched};
use crate::core::format::problem::{Problem, ProblemKind};
use crate::core::format::Envelope;
use crate::core::model::initiative::BenefitKind;

/// Reports every key of the file that the typed envelope does not carry, in file order.
pub(super) fn report(read: &Watched<'_>, out: &mut Collector) {
    let mut found = read.skipped.clone();
    for (path, marks) in read.untyped() {
        // Benefit classes are the only values the plan's types read untyped. Were another type
        // read so, its unknown fields would go unreported here, and the test that adds a field
        // to every object of a plan (`an_unknown_field_in_any_object_is_reported`) would fail.
        let typed = benefit_class(&read.envelope, path).and_then(|k| serde_json::to_value(k).ok());
        if let Some(typed) = typed {
            compare(path, marks, &typed, &mut found);
        }
    }
    found.sort_by(|a, b| a.order.cmp(&b.order));
    for spot in found {
        let field = spot.place.last_field().unwrap_or_default().to_string();
        out.push(Problem::new(
            spot.place,
            ProblemKind::UnknownField { field },
        ));
    }
}

/// The benefit class `path` leads to, if it leads to one.
fn benefit_class<'e>(envelope: &'e Envelope, path: &[Frame<'_>]) -> Option<&'e BenefitKind> {
    const STEPS: [Option<&str>; 7] = [
        Some("plan"),
        Some("initiatives"),
        None,
        Some("analysis"),
        Some("benefits"),
        None,
        Some("kind"),
    ];
    let matches =
        path.len() == STEPS.len() && path.iter().zip(STEPS).all(|(f, s)| f.key.as_deref() == s);
    if !matches {
        return None;
    }
    let initiative = envelope.plan.initiatives.get(path[2].index)?;
    let benefit = initiative.analysis.benefits.get(path[5].index)?;
    Some(&benefit.kind)
}

/// Walks the file's keys (in file order, each with its depth below `typed`) alongside the
/// typed value: objects by key, arrays by position. A key of an object that the typed object
/// lacks is unknown; below it, or where the two differ in kind, nothing is compared.
fn compare(path: &[Frame<'_>], marks: &[Mark<'_>], typed: &Value, found: &mut Vec<Spot>) {
    // The typed value at each level of the current branch, and the steps down to it.
    let mut values: Vec<Option<&Value>> = vec![Some(typed)];
    let mut branch: Vec<&Frame<'_>> = Vec::new();
    for mark in marks {
        values.truncate(mark.depth);
        branch.truncate(mark.depth.saturating_sub(1));
        let step = &mark.step;
        let value = match (&step.key, values.last().copied().flatten()) {
            (Some(key), Some(Value::Object(map))) => {
                let value = map.get(key.as_ref());
                if value.is_none() {
                    let steps = path.iter().chain(branch.iter().copied()).chain([step]);
                    found.push(Spot::of(steps));
                }
                value
            }
            (None, Some(Value::Array(items))) => items.get(step.index),
            _ => None,
        };
        values.push(value);
        branch.push(step);
    }
}
