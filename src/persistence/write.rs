//! Writing one plan in parts (`layout`): what this tab knows is stored, and the save that
//! writes only what changed since — new parts first, then the head, then the parts no longer
//! named are removed. Telling what changed costs at most a comparison per initiative, never a
//! serialisation: typing in one initiative of 1 000 serialises that initiative and the head.
//! When the edits say which initiatives they reached ([`Changed`]), the others are not even
//! compared: on the 1 000-initiative plan the comparison was a quarter of a save
//! (docs/performance.md).

use std::collections::{BTreeSet, HashMap, HashSet};
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
    /// Each initiative's part and what it holds, in the order the head names them: a save
    /// matches the plan's initiatives by position first, so an edit that moves none costs no
    /// lookup.
    pub initiatives: Vec<(u64, Initiative)>,
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

/// What may have changed in a plan since this tab last wrote it, as its edits tell.
/// `Anything` is always right; `Initiatives` only when every change since that write was made
/// to the plan's own fields or to the initiatives named (by id, before and after the edit).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Changed {
    #[default]
    Anything,
    Initiatives(BTreeSet<String>),
}

impl Changed {
    /// Whether the initiative with `id` may differ from what was last written.
    pub fn may_have(&self, id: &str) -> bool {
        match self {
            Self::Anything => true,
            Self::Initiatives(ids) => ids.contains(id),
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

/// Where each initiative of the plan is stored after the save: in a part `known` already
/// names (by its index in `known.initiatives`), or in a new part.
#[derive(Clone, Copy)]
enum Source {
    Known(usize),
    New,
}

/// Writes `plan`'s changed parts and its head (under `head_key`). `changed` says which
/// initiatives may differ from `known`. On error nothing the stored head names has changed:
/// the parts written so far are removed again, and `known` is as it was.
pub fn write_plan(
    store: &mut impl KeyValueStore,
    head_key: &str,
    plan: &Plan,
    changed: &Changed,
    known: &mut Known,
) -> Result<Written, StoreError> {
    let mut fresh: Vec<(String, usize)> = Vec::new();
    let mut sources = Vec::with_capacity(plan.initiatives.len());
    let result = write_parts(store, plan, changed, known, &mut fresh, &mut sources);
    let head = result.and_then(|parts| {
        let text = head_text(plan, &parts);
        store.set(head_key, &text)?;
        Ok((
            parts,
            (head_key.to_string(), head_key.len() + stored_chars(&text)),
        ))
    });
    let (parts, head_size) = match head {
        Ok(written) => written,
        Err(e) => {
            for (key, _) in &fresh {
                let _ = store.remove(key);
            }
            return Err(e);
        }
    };
    let named: HashSet<PartNumber> = parts.numbers().collect();
    let stale = known
        .parts
        .numbers()
        .filter(|n| !named.contains(n))
        .map(|n| n.key(&plan.id))
        .collect();
    // What each part holds moves over from `known` (taken once each) or is copied from the plan.
    let mut held: Vec<Option<(u64, Initiative)>> = std::mem::take(&mut known.initiatives)
        .into_iter()
        .map(Some)
        .collect();
    let initiatives = sources
        .iter()
        .zip(&plan.initiatives)
        .zip(&parts.initiatives)
        .map(|((source, initiative), n)| {
            let kept = match source {
                Source::Known(j) => held.get_mut(*j).and_then(Option::take),
                Source::New => None,
            };
            kept.unwrap_or_else(|| (*n, initiative.clone()))
        })
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
            initiatives,
            versions,
            broken,
        },
        sizes: fresh,
        stale,
    })
}

/// The part in `known` that may hold `initiative` (the `i`th of the plan): the one at the same
/// place when its id matches, else the first unused one with that id (`by_id` is built on the
/// first miss: an edit that adds, removes or moves initiatives).
fn stored_match<'k>(
    known: &'k [(u64, Initiative)],
    by_id: &mut Option<HashMap<&'k str, Vec<usize>>>,
    used: &[bool],
    i: usize,
    initiative: &Initiative,
) -> Option<usize> {
    let free = |j: usize| used.get(j) == Some(&false);
    if free(i) && known.get(i).is_some_and(|(_, k)| k.id == initiative.id) {
        return Some(i);
    }
    let map = by_id.get_or_insert_with(|| {
        let mut map: HashMap<&str, Vec<usize>> = HashMap::with_capacity(known.len());
        for (j, (_, k)) in known.iter().enumerate() {
            map.entry(k.id.as_str()).or_default().push(j);
        }
        map
    });
    map.get(initiative.id.as_str())?
        .iter()
        .copied()
        .find(|j| free(*j))
}

fn write_parts(
    store: &mut impl KeyValueStore,
    plan: &Plan,
    changed: &Changed,
    known: &Known,
    fresh: &mut Vec<(String, usize)>,
    sources: &mut Vec<Source>,
) -> Result<Parts, StoreError> {
    let mut next = known.parts.next;
    let mut initiatives = Vec::with_capacity(plan.initiatives.len());
    let in_parts = plan.initiatives.len() >= PARTS_FROM;
    let mut used = vec![false; known.initiatives.len()];
    let mut by_id = None;
    for (i, initiative) in plan.initiatives.iter().enumerate().filter(|_| in_parts) {
        let stored =
            stored_match(&known.initiatives, &mut by_id, &used, i, initiative).and_then(|j| {
                let (n, stored) = known.initiatives.get(j)?;
                let same = !changed.may_have(&initiative.id) || stored == initiative;
                same.then_some((j, *n))
            });
        let (n, source) = match stored {
            Some((j, n)) => {
                if let Some(u) = used.get_mut(j) {
                    *u = true;
                }
                (n, Source::Known(j))
            }
            None => {
                let n = next;
                next += 1;
                // Serialising our own plain types cannot fail.
                let text = serde_json::to_string(initiative).unwrap_or_default();
                put(store, fresh, part_key(&plan.id, n), &text)?;
                (n, Source::New)
            }
        };
        sources.push(source);
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
