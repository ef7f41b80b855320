//! How one plan lies in the store: a head under the plan's key, and its parts under keys of
//! their own — each initiative as JSON, each fastställd version packed against the version
//! before it (`version_record`). A save writes only the parts that changed, so typing in a
//! 1 000-initiative plan writes one initiative and the head, not the whole plan.
//!
//! The head is the plan's file (format `FORMAT_VERSION`) without initiatives and versions, plus
//! `stored`: which part holds which initiative and version, in order. Parts are never written
//! over: a changed initiative goes to a new key, the head that names it is written after it,
//! and the parts no longer named are removed last. Writing the head is so the one step that
//! changes the stored plan, and a failed save leaves the stored plan as it was. A head without
//! `stored` is a whole plan as older versions of the app wrote it, and is read as such.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::packed::stored_chars;
use super::store::{KeyValueStore, StoreError};
use super::version_record::{self, shell};
use crate::core::format::{self, FormatError};
use crate::core::model::initiative::Initiative;
use crate::core::model::FixedVersion;
use crate::core::Plan;

pub const PART_PREFIX: &str = "beredning.part.";
/// From this many initiatives on, initiatives are stored in parts; a smaller plan keeps them in
/// its head, where writing them all costs less than a millisecond.
pub const PARTS_FROM: usize = 100;
pub const VERSION_PREFIX: &str = "beredning.version.";

/// A fastställd version as the head lists it: enough to name it when its part is unreadable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionEntry {
    pub id: String,
    pub part: u64,
    /// The version this one is stored against (the one before it when it was written).
    #[serde(default)]
    pub base: Option<String>,
    #[serde(default)]
    pub decided_on: String,
    #[serde(default)]
    pub forum: String,
}

/// The head's list of parts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Parts {
    /// The number the next new part gets: part keys are never used twice.
    pub next: u64,
    pub initiatives: Vec<u64>,
    #[serde(default)]
    pub versions: Vec<VersionEntry>,
}

pub fn part_key(plan_id: &str, part: u64) -> String {
    format!("{PART_PREFIX}{plan_id}.{part}")
}

pub fn version_key(plan_id: &str, part: u64) -> String {
    format!("{VERSION_PREFIX}{plan_id}.{part}")
}

impl Parts {
    /// Every key this head names, with whether it holds a version.
    pub fn keys<'a>(&'a self, plan_id: &'a str) -> impl Iterator<Item = (String, bool)> + 'a {
        self.numbers()
            .map(move |n| (n.key(plan_id), matches!(n, PartNumber::Version(_))))
    }

    /// Every part this head names, by kind and number. A save compares these numbers to find
    /// the parts it no longer names, and makes a key only for those: making and sorting two
    /// thousand key strings on every save of a 1 000-initiative plan was a measurable part of
    /// the autosave (docs/performance.md).
    pub fn numbers(&self) -> impl Iterator<Item = PartNumber> + '_ {
        let initiatives = self.initiatives.iter().map(|n| PartNumber::Initiative(*n));
        let versions = self.versions.iter().map(|v| PartNumber::Version(v.part));
        initiatives.chain(versions)
    }
}

/// One part a head names: an initiative's or a version's, by its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartNumber {
    Initiative(u64),
    Version(u64),
}

impl PartNumber {
    /// The part's key in the store.
    pub fn key(self, plan_id: &str) -> String {
        match self {
            Self::Initiative(n) => part_key(plan_id, n),
            Self::Version(n) => version_key(plan_id, n),
        }
    }
}

/// A version that could not be read back: its entry is kept in the head (nothing stored is
/// removed because it could not be read), and the person is told.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokenVersion {
    pub plan_id: String,
    pub plan_name: String,
    pub entry: VersionEntry,
    /// The part is gone, rather than unreadable.
    pub missing: bool,
}

/// The head's text: the shell's file with `stored` added. A plan whose initiatives are not in
/// parts keeps them in the head.
pub fn head_text(plan: &Plan, parts: &Parts) -> String {
    let mut head = shell(plan);
    if parts.initiatives.is_empty() {
        head.initiatives = plan.initiatives.clone();
    }
    let file = format::to_json(&head, None, false);
    // Serialising our own plain types cannot fail.
    let stored = serde_json::to_string(parts).unwrap_or_default();
    match file.strip_suffix('}') {
        Some(open) => format!("{open},\"stored\":{stored}}}"),
        None => file,
    }
}

/// The head's `stored`, if the text is a head (None: a whole plan of the older layout).
pub fn parts_of(text: &str) -> Option<Parts> {
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        stored: Option<Parts>,
    }
    serde_json::from_str::<Head>(text).ok()?.stored
}

/// A plan read back from its head and parts, with what reading it found.
pub struct Read {
    pub plan: Plan,
    pub parts: Option<Parts>,
    /// Each initiative with the part that holds it, as read (to tell at the next save which
    /// changed).
    pub written: Vec<(u64, Initiative)>,
    /// The entry of each version read, in the order of `plan.versions`.
    pub entries: Vec<VersionEntry>,
    pub broken: Vec<BrokenVersion>,
    /// Characters of every key read, by key.
    pub sizes: Vec<(String, usize)>,
}

fn missing(key: &str) -> FormatError {
    FormatError::Invalid(format!("the stored part {key} is missing"))
}

/// Reads the plan whose head is `text`. An initiative's part that is missing or unreadable
/// makes the plan unreadable (to be rescued); a version's only drops that version, reported.
pub fn read(
    store: &impl KeyValueStore,
    text: &str,
) -> Result<Result<Read, FormatError>, StoreError> {
    let mut plan = match format::from_json(text) {
        Ok(plan) => plan,
        Err(e) => return Ok(Err(e)),
    };
    let Some(parts) = parts_of(text) else {
        return Ok(Ok(Read {
            plan,
            parts: None,
            written: Vec::new(),
            entries: Vec::new(),
            broken: Vec::new(),
            sizes: Vec::new(),
        }));
    };
    let mut sizes = Vec::new();
    let mut written = Vec::with_capacity(parts.initiatives.len());
    for n in &parts.initiatives {
        let key = part_key(&plan.id, *n);
        let Some(part) = store.get(&key)? else {
            return Ok(Err(missing(&key)));
        };
        sizes.push((key.clone(), key.len() + stored_chars(&part)));
        match serde_json::from_str::<Initiative>(&part) {
            Ok(initiative) => written.push((*n, initiative)),
            Err(e) => return Ok(Err(FormatError::Invalid(format!("{key}: {e}")))),
        }
    }
    if !written.is_empty() {
        plan.initiatives = written.iter().map(|(_, i)| i.clone()).collect();
    }
    let mut broken = Vec::new();
    let mut entries = Vec::new();
    for entry in &parts.versions {
        let key = version_key(&plan.id, entry.part);
        let text = store.get(&key)?;
        if let Some(text) = &text {
            sizes.push((key.clone(), key.len() + stored_chars(text)));
        }
        let base = entry
            .base
            .as_ref()
            .and_then(|b| plan.versions.iter().find(|v| v.id == *b))
            .map(|v| Arc::clone(&v.plan));
        let decoded = match (&text, &entry.base, &base) {
            (Some(text), None, _) => version_record::decode(text, None).ok(),
            (Some(text), Some(_), Some(base)) => {
                version_record::decode(text, Some(base.as_ref())).ok()
            }
            _ => None,
        };
        match decoded {
            Some(version) if version.id == entry.id => {
                plan.versions.push(version);
                entries.push(entry.clone());
            }
            _ => broken.push(BrokenVersion {
                plan_id: plan.id.clone(),
                plan_name: plan.name.clone(),
                entry: entry.clone(),
                missing: text.is_none(),
            }),
        }
    }
    Ok(Ok(Read {
        plan,
        parts: Some(parts),
        written,
        entries,
        broken,
        sizes,
    }))
}

/// The whole plan file as one text, put together from a head and whatever of its parts can be
/// read: what a person rescues when the plan itself cannot be read. A text that is not a head
/// is given back as it is.
pub fn assemble(store: &impl KeyValueStore, text: &str) -> Result<String, StoreError> {
    let Some(parts) = parts_of(text) else {
        return Ok(text.to_string());
    };
    let Ok(mut head) = serde_json::from_str::<Value>(text) else {
        return Ok(text.to_string());
    };
    let Some(plan_id) = head
        .pointer("/plan/id")
        .and_then(Value::as_str)
        .map(str::to_string)
    else {
        return Ok(text.to_string());
    };
    let mut initiatives = Vec::new();
    for n in &parts.initiatives {
        if let Some(part) = store.get(&part_key(&plan_id, *n))? {
            if let Ok(value) = serde_json::from_str::<Value>(&part) {
                initiatives.push(value);
            }
        }
    }
    let mut versions: Vec<FixedVersion> = Vec::new();
    for entry in &parts.versions {
        let base = entry
            .base
            .as_ref()
            .and_then(|b| versions.iter().find(|v| v.id == *b))
            .map(|v| Arc::clone(&v.plan));
        if let Some(text) = store.get(&version_key(&plan_id, entry.part))? {
            if let Ok(version) = version_record::decode(&text, base.as_deref()) {
                versions.push(version);
            }
        }
    }
    if let Some(object) = head.as_object_mut() {
        object.remove("stored");
    }
    if let Some(plan) = head.get_mut("plan").and_then(Value::as_object_mut) {
        plan.insert("initiatives".into(), Value::Array(initiatives));
        plan.insert(
            "versions".into(),
            serde_json::to_value(&versions).unwrap_or(Value::Array(Vec::new())),
        );
    }
    Ok(head.to_string())
}
