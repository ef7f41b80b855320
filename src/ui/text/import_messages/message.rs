//! How a problem is put in words: the place from its path, the subject from its last field,
//! values from the file shortened. The words themselves come from the language's table.

use super::ImportMessagesTexts;
use crate::core::format::problem::{Expected, Found, Place, Problem, ProblemKind, Segment};
use crate::core::format::FORMAT_VERSION;

/// Containers left out of the place because their fields already say enough.
const SILENT: [&str; 11] = [
    "plan",
    "framework",
    "params",
    "analysis",
    "costs",
    "organisation",
    "period",
    "readiness",
    "kind",
    "time",
    "scores",
];

/// Beyond this many steps a place is cut short with "…" (only absurd nesting gets there).
const MAX_STEPS: usize = 6;

/// Values from the file are quoted only in part: enough to find them, not a page of text.
fn shorten(text: &str) -> String {
    const SHOWN: usize = 40;
    if text.chars().count() <= SHOWN {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(SHOWN).collect();
        cut.push('…');
        cut
    }
}

/// The field name before `segments[i]`, skipping list indices.
fn parent_field(segments: &[Segment], i: usize) -> Option<&str> {
    segments[..i].iter().rev().find_map(|s| match s {
        Segment::Field(f) => Some(f.as_str()),
        Segment::Index(_) => None,
    })
}

impl ImportMessagesTexts {
    /// The message for one problem, as a complete sentence.
    pub fn message(&self, problem: &Problem) -> String {
        let place = &problem.place;
        let at = |text: String| (self.at_place)(&self.location(place), &text);
        let subject = || {
            self.subject(place)
                .unwrap_or_else(|| self.value_subject.to_string())
        };
        match &problem.kind {
            ProblemKind::TooLarge { bytes, limit } => (self.too_large)(*bytes, *limit),
            ProblemKind::Empty => self.empty.to_string(),
            ProblemKind::NotUtf8 => self.not_utf8.to_string(),
            ProblemKind::NotJson { line, column } => (self.not_json)(*line, *column),
            ProblemKind::Truncated { line } => (self.truncated)(*line),
            ProblemKind::WrongFormat { found: None } => self.wrong_format.to_string(),
            ProblemKind::WrongFormat { found: Some(f) } => (self.wrong_format_found)(&shorten(f)),
            ProblemKind::MissingVersion => self.missing_version.to_string(),
            ProblemKind::TooNew { version } => (self.too_new)(*version, FORMAT_VERSION),
            ProblemKind::UnknownVersion { version } => (self.unknown_version)(*version),
            ProblemKind::MigrationFailed { from } => (self.migration_failed)(*from),
            ProblemKind::Omitted { count } => (self.omitted)(*count),
            ProblemKind::NumberTooLarge => at((self.number_too_large)(&subject())),
            ProblemKind::WrongType { expected, found } => at((self.wrong_type)(
                &subject(),
                self.expected(*expected),
                &self.found(found),
            )),
            ProblemKind::UnknownChoice { found, allowed } => {
                let allowed: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
                let (found, allowed) = (shorten(found), allowed.join(", "));
                // An item of a list has no name of its own to be the subject.
                at(match self.subject(place) {
                    Some(subject) => (self.unknown_choice)(&subject, &found, &allowed),
                    None => (self.unknown_choice_item)(&found, &allowed),
                })
            }
            ProblemKind::MissingField { .. } => at((self.missing_field)(&subject())),
            ProblemKind::DuplicateKey { .. } => at((self.duplicate_key)(&subject())),
            ProblemKind::UnknownField { field } => at((self.unknown_field_warning)(&(self
                .unknown_field)(
                &shorten(field),
            ))),
            ProblemKind::TooDeep { limit } => at((self.too_deep)(&subject(), *limit)),
            ProblemKind::StringTooLong { chars, limit } => {
                at((self.string_too_long)(&subject(), *chars, *limit))
            }
            ProblemKind::OutOfRange { min, max, found } => {
                let percent = place
                    .0
                    .iter()
                    .any(|s| matches!(s, Segment::Field(f) if f.ends_with("_percent")));
                at((self.out_of_range)(&subject(), *min, *max, percent, *found))
            }
            ProblemKind::Negative { found } => at((self.negative)(&subject(), *found)),
            ProblemKind::EndsBeforeStart { start, end } => {
                at((self.ends_before_start)(&subject(), *start, *end))
            }
            ProblemKind::UnusableId { id } => at((self.unusable_id)(&subject(), &shorten(id))),
            ProblemKind::DuplicateId { id, first } => at((self.duplicate_id)(
                &subject(),
                &shorten(id),
                &self.location(first),
            )),
            ProblemKind::NotADate { found } => at((self.not_a_date)(&subject(), &shorten(found))),
            ProblemKind::VersionAfterPlan {
                decided_on,
                modified,
            } => at((self.version_after_plan)(decided_on, modified)),
            ProblemKind::NestedVersions => at(self.nested_versions.to_string()),
        }
    }

    fn expected(&self, expected: Expected) -> &'static str {
        match expected {
            Expected::Number => self.expected_number,
            Expected::WholeNumber => self.expected_whole_number,
            Expected::Text => self.expected_text,
            Expected::TrueFalse => self.expected_true_false,
            Expected::List => self.expected_list,
            Expected::Object => self.expected_object,
            Expected::Choice => self.expected_choice,
            Expected::Other => self.expected_other,
        }
    }

    fn found(&self, found: &Found) -> String {
        match found {
            Found::Text(t) => (self.found_text)(&shorten(t)),
            Found::Number(n) => (self.found_number)(n),
            Found::Bool(b) => (self.found_bool)(*b),
            Found::Null => self.found_null.to_string(),
            Found::List => self.found_list.to_string(),
            Found::Object => self.found_object.to_string(),
        }
    }

    /// A field's label, or the name of an unknown field.
    fn label(&self, parent: Option<&str>, field: &str) -> String {
        match (self.field_label)(parent, field) {
            Some(l) => l.to_string(),
            None => (self.unknown_field)(&shorten(field)),
        }
    }

    /// The place without its last field: "initiativ 3, nytta 2", "planen" or "filen".
    fn location(&self, place: &Place) -> String {
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
                        parts.push(match (self.item_noun)(name) {
                            Some(noun) => format!("{noun} {}", n + 1),
                            None => (self.unknown_list_item)(n + 1, &shorten(name)),
                        });
                        i += 2;
                        continue;
                    }
                    if !SILENT.contains(&name.as_str()) {
                        parts.push(match (self.field_label)(parent_field(segments, i), name) {
                            Some(l) => l.to_string(),
                            None => format!("\"{}\"", shorten(name)),
                        });
                    }
                }
                Segment::Index(n) => parts.push((self.list_item)(n + 1)),
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
            return (if in_plan { self.in_plan } else { self.in_file }).to_string();
        }
        parts.join(", ")
    }

    /// The last field of the place as the subject of the sentence ("andel som förväntas realiseras"), or
    /// None when the place ends at an item of a list.
    fn subject(&self, place: &Place) -> Option<String> {
        let segments = &place.0;
        let Some(Segment::Field(field)) = segments.last() else {
            return None;
        };
        let parent = parent_field(segments, segments.len() - 1);
        Some(if parent == Some("scores") {
            (self.score_subject)(&shorten(field))
        } else {
            self.label(parent, field)
        })
    }
}
