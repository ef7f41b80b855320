//! Writing one plan in parts (`layout`): what this tab knows is stored, and the save that
//! writes only what changed since — new parts first, then the head, then the parts no longer
//! named are removed. Telling what changed costs a comparison per initiative, never a
//! serialisation: typing in one initiative of 1 000 serialises that initiative and the head.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::layout::{
    head_text, part_key, parts_of, version_key, PartNumber, Parts, VersionEntry, PARTS_FROM,
};
use super::packed::stored_chars;
use super::store::{KeyValueStore, StoreError};
use super::version_record;
use crate::core::model::initiative::Initiative;
use crate::core::model::FixedVersion;
use crate::core::Plan;

/// What this tab knows is stored for one plan, as of `revision`.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub revision: u64,
    pub parts: Parts,
    /// Each initiative's part and what it holds, by initiative id.
    pub initiatives: HashMap<String, (u64, Initiative)>,
    /// Each readable version's entry and the version it holds.
    pub versions: Vec<(VersionEntry, FixedVersion)>,
    /// Entries whose part could not be read: kept in the head as they are.
    pub broken: Vec<VersionEntry>,
}

impl Known {
    /// What a head names, without knowing what its parts hold (another tab wrote it): the
    /// next save writes every part anew, and removes these.
    pub fn from_head(text: Option<&str>) -> Self {
        Self {
            parts: text.and_then(parts_of).unwrap_or_default(),
            ..Self::default()
        }
    }
}

/// A save's result: the stored plan's new state, and the keys it wrote and left behind.
pub struct Written {
    pub known: Known,
    /// Keys written (parts and head), with their stored characters.
    pub sizes: Vec<(String, usize)>,
    /// Parts the new head no longer names: removed once the revision is written.
    pub stale: Vec<String>,
}

/// Writes `plan`'s changed parts and its head (under `head_key`). On error nothing the stored head names has
/// changed: the parts written so far are removed again, and `known` is as it was.
pub fn write_plan(
    store: &mut impl KeyValueStore,
    head_key: &str,
    plan: &Plan,
    known: &mut Known,
) -> Result<Written, StoreError> {
    let mut fresh: Vec<(String, usize)> = Vec::new();
    let mut contents: HashMap<String, (u64, Initiative)> = HashMap::new();
    let result = write_parts(store, plan, known, &mut fresh, &mut contents);
    let head = result.and_then(|parts| {
        let text = head_text(plan, &parts);
        store.set(head_key, &text)?;
        Ok((
            parts,
            (head_key.to_string(), head_key.len() + stored_chars(&text)),
        ))
    });
    match head {
        Ok((parts, head_size)) => {
            let named: HashSet<PartNumber> = parts.numbers().collect();
            let stale = known
                .parts
                .numbers()
                .filter(|n| !named.contains(n))
                .map(|n| n.key(&plan.id))
                .collect();
            let versions = plan
                .versions
                .iter()
                .zip(&parts.versions)
                .map(|(v, e)| (e.clone(), v.clone()))
                .collect();
            let broken = std::mem::take(&mut known.broken);
            fresh.push(head_size);
            Ok(Written {
                known: Known {
                    revision: known.revision,
                    parts,
                    initiatives: contents,
                    versions,
                    broken,
                },
                sizes: fresh,
                stale,
            })
        }
        Err(e) => {
            for (key, _) in &fresh {
                let _ = store.remove(key);
            }
            // The parts that were reused go back to what is known.
            let first_new = known.parts.next;
            for (id, (n, initiative)) in contents {
                if n < first_new {
                    known.initiatives.insert(id, (n, initiative));
                }
            }
            Err(e)
        }
    }
}

fn write_parts(
    store: &mut impl KeyValueStore,
    plan: &Plan,
    known: &mut Known,
    fresh: &mut Vec<(String, usize)>,
    contents: &mut HashMap<String, (u64, Initiative)>,
) -> Result<Parts, StoreError> {
    let mut next = known.parts.next;
    let mut initiatives = Vec::with_capacity(plan.initiatives.len());
    let in_parts = plan.initiatives.len() >= PARTS_FROM;
    for initiative in plan.initiatives.iter().filter(|_| in_parts) {
        // An id seen twice in one plan: the second gets a part of its own. The stored copy is
        // taken out to compare (one lookup, its key moved on, not cloned) and put back if it
        // differs, so that a failed save leaves `known` as it was.
        let reused = if contents.contains_key(&initiative.id) {
            None
        } else {
            match known.initiatives.remove_entry(&initiative.id) {
                Some((id, (n, stored))) if stored == *initiative => Some((id, n, stored)),
                Some((id, other)) => {
                    known.initiatives.insert(id, other);
                    None
                }
                None => None,
            }
        };
        let n = match reused {
            Some((id, n, stored)) => {
                contents.insert(id, (n, stored));
                n
            }
            None => {
                let n = next;
                next += 1;
                // Serialising our own plain types cannot fail.
                let text = serde_json::to_string(initiative).unwrap_or_default();
                put(store, fresh, part_key(&plan.id, n), &text)?;
                contents
                    .entry(initiative.id.clone())
                    .or_insert_with(|| (n, initiative.clone()));
                n
            }
        };
        initiatives.push(n);
    }
    let mut versions = Vec::with_capacity(plan.versions.len() + known.broken.len());
    for (i, version) in plan.versions.iter().enumerate() {
        let base = i.checked_sub(1).and_then(|j| plan.versions.get(j));
        let base_id = base.map(|b| b.id.clone());
        let same = |(entry, stored): &&(VersionEntry, FixedVersion)| {
            entry.id == version.id
                && entry.base == base_id
                && (Arc::ptr_eq(&stored.plan, &version.plan) || stored == version)
        };
        let entry = match known.versions.iter().find(same) {
            Some((entry, _)) => entry.clone(),
            None => {
                let n = next;
                next += 1;
                let text = version_record::encode(version, base.map(|b| b.plan.as_ref()));
                put(store, fresh, version_key(&plan.id, n), &text)?;
                VersionEntry {
                    id: version.id.clone(),
                    part: n,
                    base: base_id,
                    decided_on: version.decided_on.clone(),
                    forum: version.forum.clone(),
                }
            }
        };
        versions.push(entry);
    }
    versions.extend(known.broken.iter().cloned());
    Ok(Parts {
        next,
        initiatives,
        versions,
    })
}

/// Writes one new part and notes its size.
fn put(
    store: &mut impl KeyValueStore,
    fresh: &mut Vec<(String, usize)>,
    key: String,
    text: &str,
) -> Result<(), StoreError> {
    store.set(&key, text)?;
    let size = key.len() + stored_chars(text);
    fresh.push((key, size));
    Ok(())
}
