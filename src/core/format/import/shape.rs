//! One walk over any JSON, knowing nothing of the plan's types, for a file the fast read found
//! something wrong with. It finds what typed deserialisation would hide or trip over — duplicate
//! keys (serde keeps the last one of a map silently), nesting that could exhaust the stack,
//! texts no plan needs — each with its place, and reads the format identifier and version.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::error::Category;

use super::collector::Collector;
use super::limits::{over_long, MAX_DEPTH, MAX_STRING_CHARS};
use crate::core::format::problem::{Place, Problem, ProblemKind, Segment};

/// A top-level header value as far as the checks need it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Seen {
    Text(String),
    Unsigned(u64),
    Other,
}

/// What the scan learnt about the file.
pub(super) struct Scan {
    /// The file is a JSON object.
    pub object: bool,
    pub format: Option<Seen>,
    pub version: Option<Seen>,
    pub too_deep: bool,
}

/// Why the scan stopped early.
pub(super) enum Stop {
    /// The text is not (complete) JSON; nothing else is worth reporting.
    Fatal(Problem),
    /// Nesting beyond serde_json's own guard; already reported as too deep.
    Reported,
}

#[derive(Clone, Copy, PartialEq)]
enum Header {
    Format,
    Version,
}

#[derive(Clone)]
enum Step<'de> {
    Key(Cow<'de, str>),
    Index(usize),
}

struct State<'c, 'de> {
    path: Vec<Step<'de>>,
    depth: usize,
    too_deep: bool,
    format: Option<Seen>,
    version: Option<Seen>,
    out: &'c mut Collector,
}

impl State<'_, '_> {
    fn place(&self) -> Place {
        Place(
            self.path
                .iter()
                .map(|s| match s {
                    Step::Key(k) => Segment::Field(k.to_string()),
                    Step::Index(i) => Segment::Index(*i),
                })
                .collect(),
        )
    }

    fn report(&mut self, kind: ProblemKind) {
        let place = self.place();
        self.out.push(Problem::new(place, kind));
    }

    fn check_text(&mut self, text: &str) {
        if let Some(chars) = over_long(text) {
            self.report(ProblemKind::StringTooLong {
                chars,
                limit: MAX_STRING_CHARS,
            });
        }
    }

    /// Enters an object or array; false when it is one level too many.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth <= MAX_DEPTH {
            return true;
        }
        if !self.too_deep {
            self.too_deep = true;
            self.report(ProblemKind::TooDeep { limit: MAX_DEPTH });
        }
        false
    }
}

/// Walks the whole text. Problems that do not stop the walk go to `out`.
pub(super) fn scan(text: &str, out: &mut Collector) -> Result<Scan, Stop> {
    let mut state = State {
        path: Vec::new(),
        depth: 0,
        too_deep: false,
        format: None,
        version: None,
        out,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let root = ValueSeed {
        state: &mut state,
        header: None,
    }
    .deserialize(&mut de)
    .and_then(|root| de.end().map(|()| root));
    match root {
        Ok(object) => Ok(Scan {
            object,
            format: state.format,
            version: state.version,
            too_deep: state.too_deep,
        }),
        Err(e) => Err(stop(&e, &mut state)),
    }
}

fn stop(e: &serde_json::Error, state: &mut State<'_, '_>) -> Stop {
    let message = e.to_string();
    match e.classify() {
        Category::Eof => Stop::Fatal(Problem::whole_file(ProblemKind::Truncated {
            line: e.line(),
        })),
        _ if message.starts_with("recursion limit exceeded") => {
            if !state.too_deep {
                state.report(ProblemKind::TooDeep { limit: MAX_DEPTH });
            }
            Stop::Reported
        }
        _ if message.starts_with("number out of range") => {
            Stop::Fatal(Problem::new(state.place(), ProblemKind::NumberTooLarge))
        }
        _ => Stop::Fatal(Problem::whole_file(ProblemKind::NotJson {
            line: e.line(),
            column: e.column(),
        })),
    }
}

/// Above this many keys an object's duplicates are found through a set rather than a scan.
const LINEAR_KEYS: usize = 32;

struct ValueSeed<'a, 'c, 'de> {
    state: &'a mut State<'c, 'de>,
    header: Option<Header>,
}

/// Each value answers whether it was an object.
impl<'de> DeserializeSeed<'de> for ValueSeed<'_, '_, 'de> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_, '_, 'de> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        if self.header == Some(Header::Version) {
            self.state.version = Some(Seen::Unsigned(v));
        }
        Ok(false)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        self.state.check_text(v);
        if self.header == Some(Header::Format) {
            self.state.format = Some(Seen::Text(v.to_string()));
        }
        Ok(false)
    }

    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        let state = self.state;
        if !state.enter() {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            state.depth -= 1;
            return Ok(false);
        }
        let mut index = 0;
        loop {
            state.path.push(Step::Index(index));
            let item = seq.next_element_seed(ValueSeed {
                state: &mut *state,
                header: None,
            })?;
            state.path.pop();
            match item {
                Some(_) => index += 1,
                None => break,
            }
        }
        state.depth -= 1;
        Ok(false)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let state = self.state;
        if !state.enter() {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            state.depth -= 1;
            return Ok(false);
        }
        let at_root = state.depth == 1;
        let mut entries: Vec<Cow<'de, str>> = Vec::new();
        let mut set: Option<HashSet<Cow<'de, str>>> = None;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let duplicate = match &mut set {
                Some(set) => !set.insert(key.clone()),
                None => entries.contains(&key),
            };
            if set.is_none() && entries.len() >= LINEAR_KEYS {
                let mut keys: HashSet<_> = entries.drain(..).collect();
                keys.insert(key.clone());
                set = Some(keys);
            }
            state.path.push(Step::Key(key.clone()));
            if duplicate {
                state.report(ProblemKind::DuplicateKey {
                    key: key.to_string(),
                });
            }
            state.check_text(&key);
            let header = match (at_root, key.as_ref()) {
                (true, "format") => Some(Header::Format),
                (true, "format_version") => Some(Header::Version),
                _ => None,
            };
            match header {
                Some(Header::Format) => state.format = Some(Seen::Other),
                Some(Header::Version) => state.version = Some(Seen::Other),
                None => {}
            }
            map.next_value_seed(ValueSeed {
                state: &mut *state,
                header,
            })?;
            state.path.pop();
            if set.is_none() {
                entries.push(key);
            }
        }
        state.depth -= 1;
        Ok(true)
    }
}

/// Reads a key without copying it when the text has no escapes in it.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_string()))
    }
}
