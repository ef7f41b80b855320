//! How a problem's parts are put in words: the place from its path, values from the file,
//! figures the Swedish way. The words themselves come from [`super::IMPORT_MESSAGES_SV`].

use super::IMPORT_MESSAGES_SV;
use crate::core::calc::numfmt::number;
use crate::core::format::problem::{Expected, Found, Place, Segment};

pub(super) fn expected_text(expected: Expected) -> &'static str {
    let x = &IMPORT_MESSAGES_SV;
    match expected {
        Expected::Number => x.expected_number,
        Expected::WholeNumber => x.expected_whole_number,
        Expected::Text => x.expected_text,
        Expected::TrueFalse => x.expected_true_false,
        Expected::List => x.expected_list,
        Expected::Object => x.expected_object,
        Expected::Choice => x.expected_choice,
        Expected::Other => x.expected_other,
    }
}

pub(super) fn found_text(found: &Found) -> String {
    let x = &IMPORT_MESSAGES_SV;
    match found {
        Found::Text(t) => x.found_text.replace("{value}", &shorten(t)),
        Found::Number(n) => x.found_number.replace("{value}", &n.replace('.', ",")),
        Found::Bool(b) => x.found_bool.replace("{value}", &b.to_string()),
        Found::Null => x.found_null.to_string(),
        Found::List => x.found_list.to_string(),
        Found::Object => x.found_object.to_string(),
    }
}

/// Values from the file are quoted only in part: enough to find them, not a page of text.
pub(super) fn shorten(text: &str) -> String {
    const SHOWN: usize = 40;
    if text.chars().count() <= SHOWN {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(SHOWN).collect();
        cut.push('…');
        cut
    }
}

/// A figure as Swedes write it; four-digit whole numbers (years) without a space.
pub(super) fn figure(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 10_000.0 {
        let digits = (value.abs() as u64).to_string();
        return if value < 0.0 {
            format!("\u{2212}{digits}")
        } else {
            digits
        };
    }
    let text = number(value, 6);
    if text.contains(',') {
        text.trim_end_matches('0').trim_end_matches(',').to_string()
    } else {
        text
    }
}

pub(super) fn megabytes(bytes: u64) -> String {
    // Rounded up, so that a file just over the limit never reads as exactly the limit.
    let mb = (bytes as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0;
    let decimals = if mb.fract() == 0.0 { 0 } else { 1 };
    format!("{}\u{a0}MB", number(mb, decimals))
}

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// A field's label, the `parent/field` form first.
fn label(parent: Option<&str>, field: &str) -> Option<&'static str> {
    let fields = IMPORT_MESSAGES_SV.fields;
    parent
        .and_then(|p| lookup(fields, &format!("{p}/{field}")))
        .or_else(|| lookup(fields, field))
}

/// The field name before `segments[i]`, skipping list indices.
fn parent_field(segments: &[Segment], i: usize) -> Option<&str> {
    segments[..i].iter().rev().find_map(|s| match s {
        Segment::Field(f) => Some(f.as_str()),
        Segment::Index(_) => None,
    })
}

/// Beyond this many steps a place is cut short with "…" (only absurd nesting gets there).
const MAX_STEPS: usize = 6;

/// The place without its last field: "initiativ 3, nytta 2", "planen" or "filen".
pub(super) fn location(place: &Place) -> String {
    let x = &IMPORT_MESSAGES_SV;
    let segments = &place.0;
    let end = match segments.last() {
        Some(Segment::Field(_)) => segments.len() - 1,
        _ => segments.len(),
    };
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < end {
        match &segments[i] {
            Segment::Field(name) => {
                if let Some(Segment::Index(n)) = segments.get(i + 1).filter(|_| i + 1 < end) {
                    let n = (n + 1).to_string();
                    parts.push(match lookup(x.items, name) {
                        Some(noun) => format!("{noun} {n}"),
                        None => x
                            .unknown_list_item
                            .replace("{n}", &n)
                            .replace("{name}", &shorten(name)),
                    });
                    i += 2;
                    continue;
                }
                if !x.silent.contains(&name.as_str()) {
                    parts.push(match label(parent_field(segments, i), name) {
                        Some(l) => l.to_string(),
                        None => format!("\"{}\"", shorten(name)),
                    });
                }
            }
            Segment::Index(n) => parts.push(x.list_item.replace("{n}", &(n + 1).to_string())),
        }
        i += 1;
    }
    if parts.len() > MAX_STEPS {
        parts.truncate(MAX_STEPS);
        parts.push("…".to_string());
    }
    if parts.is_empty() {
        let in_plan = matches!(segments.first(), Some(Segment::Field(f)) if f == "plan")
            && segments.len() > 1;
        return (if in_plan { x.in_plan } else { x.in_file }).to_string();
    }
    parts.join(", ")
}

/// The last field of the place as the subject of the sentence ("andel realiserad").
pub(super) fn subject(place: &Place) -> String {
    let x = &IMPORT_MESSAGES_SV;
    let segments = &place.0;
    match segments.last() {
        Some(Segment::Field(field)) => {
            let parent = parent_field(segments, segments.len() - 1);
            if parent == Some("scores") {
                return x.score_subject.replace("{name}", &shorten(field));
            }
            match label(parent, field) {
                Some(l) => l.to_string(),
                None => x.unknown_field.replace("{name}", &shorten(field)),
            }
        }
        _ => x.value_subject.to_string(),
    }
}
