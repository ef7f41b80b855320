//! Why serde refused the typed envelope: its error, read at the place where serde stopped
//! ([`super::watch`]), turned into a [`ProblemKind`] that names the place and says what was
//! expected and what the file has.

use serde_json::error::Category;
use serde_json::Value;

use super::validate::range_at;
use super::watch::{self, Refused};
use crate::core::format::problem::{Expected, Found, Place, Problem, ProblemKind, Segment};
use crate::core::format::{self, MigrationStep};

/// The problem with a current-version `text` that serde would not read as an envelope.
pub(super) fn refused(text: &str, refused: Refused) -> Problem {
    let raw: Option<Value> = serde_json::from_str(text).ok();
    explain(refused.error, refused.place, raw.as_ref())
}

/// An older file, migrated as a JSON tree through `steps` and written out again as the text
/// of a current-version file. Going back to text keeps a single set of deserialiser code in
/// the wasm; only older files pay for it.
pub(super) fn migrate(text: &str, steps: &[MigrationStep], from: u32) -> Result<String, Problem> {
    let failed = || Problem::whole_file(ProblemKind::MigrationFailed { from });
    let value: Value = serde_json::from_str(text).map_err(|_| failed())?;
    let value = format::migrate(value, steps).map_err(|_| failed())?;
    Ok(value.to_string())
}

/// The value at `place` in a parsed document.
fn value_at<'v>(root: &'v Value, place: &Place) -> Option<&'v Value> {
    place.0.iter().try_fold(root, |v, s| match s {
        Segment::Field(name) => v.get(name.as_str()),
        Segment::Index(i) => v.get(*i),
    })
}

/// Turns serde's error into a problem. `raw` is the same document untyped, used to describe what
/// the file holds and to look past serde's path where it stops short: inside the benefit classes
/// and time bases (internally tagged enums) serde only knows the enclosing object.
fn explain(error: serde_json::Error, place: Place, raw: Option<&Value>) -> Problem {
    let text = error.to_string();
    let message = text
        .rfind(" at line ")
        .map_or(text.as_str(), |i| &text[..i]);
    if error.classify() == Category::Syntax {
        // The scan proved the text is JSON, so this is serde_json refusing a non-text where
        // one of a set of words (an enum) belongs.
        return wrong_type(place, Expected::Choice, raw, None);
    }
    if let Some(field) = between(message, "missing field `", "`") {
        let place = raw
            .and_then(|r| missing_in(r, &place, field))
            .unwrap_or(place);
        return Problem::new(
            place.field(field),
            ProblemKind::MissingField {
                field: field.to_string(),
            },
        );
    }
    if let Some(field) = between(message, "duplicate field `", "`") {
        return Problem::new(
            place.field(field),
            ProblemKind::DuplicateKey {
                key: field.to_string(),
            },
        );
    }
    if let Some(found) = between(message, "unknown variant `", "`") {
        // serde words the list "`a`", "`a` or `b`" or "one of `a`, `b`, `c`".
        let allowed = message
            .split_once(", expected ")
            .map(|(_, list)| {
                list.trim_start_matches("one of ")
                    .split(", ")
                    .flat_map(|w| w.split(" or "))
                    .map(|w| w.trim_matches('`').to_string())
                    .collect()
            })
            .unwrap_or_default();
        let unexpected = format!("string {found:?}");
        let place = refine(raw, place, &unexpected);
        return Problem::new(
            place,
            ProblemKind::UnknownChoice {
                found: found.to_string(),
                allowed,
            },
        );
    }
    let (unexpected, expected) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.rsplit_once(", expected "))
        .unwrap_or(("", ""));
    let place = refine(raw, place, unexpected);
    let expected = expected_of(expected);
    if message.starts_with("invalid value: ") && expected == Expected::WholeNumber {
        if let Some(found) = between(unexpected, "`", "`").and_then(|n| n.parse::<f64>().ok()) {
            return out_of_range(place, found, message);
        }
    }
    wrong_type(place, expected, raw, Some(unexpected))
}

/// A whole number outside what its type holds (e.g. 300 or −1 for a score): worded with the
/// field's own range when the checks know it, else with the type's range.
fn out_of_range(place: Place, found: f64, message: &str) -> Problem {
    let kind = match range_at(&place) {
        Some(range) => ProblemKind::OutOfRange {
            min: range.min,
            max: range.max,
            found,
        },
        None if found < 0.0 => ProblemKind::Negative { found },
        None => {
            let max = match message.rsplit_once("expected ").map(|(_, t)| t) {
                Some("u8") => f64::from(u8::MAX),
                Some("u16") => f64::from(u16::MAX),
                Some("i32") => f64::from(i32::MAX),
                _ => f64::from(u32::MAX),
            };
            ProblemKind::OutOfRange {
                min: 0.0,
                max,
                found,
            }
        }
    };
    Problem::new(place, kind)
}

fn wrong_type(
    place: Place,
    expected: Expected,
    raw: Option<&Value>,
    unexpected: Option<&str>,
) -> Problem {
    let found = raw
        .and_then(|r| value_at(r, &place))
        .map(describe)
        .or_else(|| unexpected.and_then(described))
        .unwrap_or(Found::Null);
    Problem::new(place, ProblemKind::WrongType { expected, found })
}

/// Texts are cut short: the message only needs enough to find the value.
const SHOWN_CHARS: usize = 40;

fn describe(value: &Value) -> Found {
    match value {
        Value::String(s) => Found::Text(s.chars().take(SHOWN_CHARS).collect()),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::Bool(b) => Found::Bool(*b),
        Value::Null => Found::Null,
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}

/// serde's description of a value ("string \"x\"", "integer `5`", …) when the value itself
/// cannot be looked up.
fn described(unexpected: &str) -> Option<Found> {
    Some(match unexpected {
        "null" | "unit value" => Found::Null,
        "sequence" => Found::List,
        "map" => Found::Object,
        "boolean `true`" => Found::Bool(true),
        "boolean `false`" => Found::Bool(false),
        _ => {
            if let Some(text) = unexpected.strip_prefix("string ") {
                Found::Text(text.trim_matches('"').chars().take(SHOWN_CHARS).collect())
            } else {
                Found::Number(between(unexpected, "`", "`")?.to_string())
            }
        }
    })
}

fn expected_of(expected: &str) -> Expected {
    match expected {
        "f64" | "f32" => Expected::Number,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            Expected::WholeNumber
        }
        "a string" | "a borrowed string" | "a character" => Expected::Text,
        "a boolean" => Expected::TrueFalse,
        "a sequence" => Expected::List,
        "variant identifier" | "unit variant" => Expected::Choice,
        e if e.starts_with("struct ")
            || e.starts_with("a map")
            || e.starts_with("internally tagged enum") =>
        {
            Expected::Object
        }
        _ => Expected::Other,
    }
}

fn between<'t>(text: &'t str, start: &str, end: &str) -> Option<&'t str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

/// Whether a JSON value is the one serde describes as `unexpected`.
fn matches(unexpected: &str, value: &Value) -> bool {
    match value {
        Value::String(s) => unexpected == format!("string {s:?}"),
        Value::Number(n) => between(unexpected, "`", "`")
            .and_then(|t| t.parse::<f64>().ok())
            .is_some_and(|f| n.as_f64() == Some(f)),
        Value::Bool(b) => unexpected == format!("boolean `{b}`"),
        Value::Null => unexpected == "null" || unexpected == "unit value",
        Value::Array(_) => unexpected == "sequence",
        Value::Object(_) => unexpected == "map",
    }
}

/// Narrows `place` to the one value below it that serde complained about, if exactly one matches.
fn refine(raw: Option<&Value>, place: Place, unexpected: &str) -> Place {
    let Some(here) = raw.and_then(|r| value_at(r, &place)) else {
        return place;
    };
    if unexpected.is_empty() || matches(unexpected, here) {
        return place;
    }
    let mut found = Vec::new();
    let mut path = place.0.clone();
    collect_matches(here, unexpected, &mut path, &mut found);
    match found.len() {
        1 => found.pop().map(Place).unwrap_or(place),
        _ => place,
    }
}

fn collect_matches(
    value: &Value,
    unexpected: &str,
    path: &mut Vec<Segment>,
    found: &mut Vec<Vec<Segment>>,
) {
    let mut visit = |path: &mut Vec<Segment>, child: &Value, step: Segment| {
        path.push(step);
        if matches(unexpected, child) {
            found.push(path.clone());
        }
        collect_matches(child, unexpected, path, found);
        path.pop();
    };
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                visit(path, v, Segment::Field(k.clone()));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                visit(path, v, Segment::Index(i));
            }
        }
        _ => {}
    }
}

/// The tags of the internally tagged enums (benefit class, time basis): an object carrying one is
/// where a variant's own fields live.
const TAGS: [&str; 2] = ["class", "basis"];

/// When `place` is a tagged object, the object at or below it that lacks `field` as serde
/// meant it. Each tagged object lacking the field is tried, deepest first: given the field,
/// the right one makes serde's complaint change.
fn missing_in(raw: &Value, place: &Place, field: &str) -> Option<Place> {
    fn walk(v: &Value, field: &str, path: &mut Vec<Segment>, found: &mut Vec<Vec<Segment>>) {
        if let Value::Object(map) = v {
            if TAGS.iter().any(|t| map.contains_key(*t)) && !map.contains_key(field) {
                found.push(path.clone());
            }
            for (k, child) in map {
                path.push(Segment::Field(k.clone()));
                walk(child, field, path, found);
                path.pop();
            }
        }
    }
    let here = value_at(raw, place)?;
    let tagged = here
        .as_object()
        .is_some_and(|map| TAGS.iter().any(|t| map.contains_key(*t)));
    if !tagged {
        return None;
    }
    let mut candidates = Vec::new();
    walk(here, field, &mut place.0.clone(), &mut candidates);
    candidates.sort_by_key(|c| std::cmp::Reverse(c.len()));
    let complaint = format!("missing field `{field}`");
    candidates.into_iter().map(Place).find(|candidate| {
        let mut trial = raw.clone();
        if let Some(Value::Object(map)) = value_at_mut(&mut trial, candidate) {
            map.insert(field.to_string(), Value::Null);
        }
        match watch::read(&trial.to_string()) {
            Ok(_) => true,
            Err(Refused { error, place: at }) => {
                !(error.to_string().starts_with(&complaint) && at == *place)
            }
        }
    })
}

fn value_at_mut<'v>(root: &'v mut Value, place: &Place) -> Option<&'v mut Value> {
    place.0.iter().try_fold(root, |v, s| match s {
        Segment::Field(name) => v.get_mut(name.as_str()),
        Segment::Index(i) => v.get_mut(*i),
    })
}
