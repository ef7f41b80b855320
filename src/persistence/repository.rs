//! Plans in a key-value store: each plan under its own key (its head, with its initiatives and
//! fastställda versions in parts of their own: `layout`), plus a small index that keeps the
//! order of the plan list. A plan is written before the index, so a failed index write never
//! loses a plan (plans missing from the index are found again by their key prefix).

use std::collections::BTreeMap;
use std::ops::Bound;

use serde::{Deserialize, Serialize};

use super::layout::{self, BrokenVersion, PART_PREFIX, VERSION_PREFIX};
use super::packed::stored_chars;
use super::store::{KeyValueStore, StoreError};
use super::tabs::TabMessage;
use super::write::{write_plan, Changed, Known};
use crate::core::format::FormatError;
use crate::core::model::summary::PlanSummary;
use crate::core::workflow::backup::{StorageUse, Unexported};
use crate::core::Plan;

pub const INDEX_KEY: &str = "beredning.index";
pub const PLAN_PREFIX: &str = "beredning.plan.";
/// Each plan's revision, counted up by every write: a tab writes only over the revision it read.
pub const REVISION_PREFIX: &str = "beredning.rev.";
const INDEX_FORMAT: &str = "beredning-index";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub modified: String,
    /// The export last recorded in the plan, to tell a save that records an export from one
    /// that changes the plan.
    #[serde(default)]
    pub last_exported: Option<String>,
    /// Changes saved since the last export (`core::workflow::backup`): kept beside the plan in
    /// this browser, not in its file.
    #[serde(default)]
    pub unexported: Unexported,
    /// What the plan list shows before the plans are read (`core::model::summary`); absent
    /// from an index an older version wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<(i32, i32)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiatives: Option<usize>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Index {
    format: String,
    version: u32,
    plans: Vec<IndexEntry>,
}

/// The characters one plan takes in the browser's storage (UTF-16 code units, as browsers
/// count them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanStorage {
    pub plan_chars: usize,
    pub versions_chars: usize,
}

/// A stored plan that could not be read. Its stored text is left exactly as it was.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadProblem {
    pub key: String,
    pub error: FormatError,
}

#[derive(Debug, Default)]
pub struct LoadReport {
    pub plans: Vec<Plan>,
    pub problems: Vec<LoadProblem>,
    /// Fastställda versions that could not be read back; their plans opened without them.
    pub broken_versions: Vec<BrokenVersion>,
    /// Nothing of ours was ever stored here: the app should start on the example plan.
    pub first_run: bool,
}

pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

pub fn revision_key(id: &str) -> String {
    format!("{REVISION_PREFIX}{id}")
}

pub struct Repository<S: KeyValueStore> {
    store: S,
    index: Vec<IndexEntry>,
    /// Characters of each stored key and its text, to say how full storage is without reading
    /// it.
    sizes: BTreeMap<String, usize>,
    /// What each plan's stored head names and its parts hold, as this tab last read or wrote
    /// it: a save writes only what differs (`write`).
    known: BTreeMap<String, Known>,
    /// The revision of each plan this tab last read or wrote.
    revisions: BTreeMap<String, u64>,
    /// The index text this tab last read or wrote: a `storage` event carrying the same text
    /// brings nothing new (the other tab's broadcast was already followed).
    index_text: Option<String>,
}

impl<S: KeyValueStore> Repository<S> {
    pub fn new(store: S) -> Self {
        Self {
            store,
            index: Vec::new(),
            sizes: BTreeMap::new(),
            known: BTreeMap::new(),
            revisions: BTreeMap::new(),
            index_text: None,
        }
    }

    pub fn is_persistent(&self) -> bool {
        self.store.is_persistent()
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// For small records kept beside the plans (`overlap_choices`); plans go through [`save`].
    ///
    /// [`save`]: Self::save
    pub fn store_mut(&mut self) -> &mut S {
        &mut self.store
    }

    /// Reads every plan. Unreadable plans are reported, never removed or overwritten. When
    /// storage fails part way, what this tab knew is kept as it was: a tab that keeps its plans
    /// must not take some of another tab's revisions as read.
    pub fn load_all(&mut self) -> Result<LoadReport, StoreError> {
        let kept = (
            std::mem::take(&mut self.index),
            std::mem::take(&mut self.sizes),
            std::mem::take(&mut self.known),
            std::mem::take(&mut self.revisions),
            self.index_text.clone(),
        );
        let report = self.read_all();
        if report.is_err() {
            (
                self.index,
                self.sizes,
                self.known,
                self.revisions,
                self.index_text,
            ) = kept;
        }
        report
    }

    fn read_all(&mut self) -> Result<LoadReport, StoreError> {
        let index_text = self.store.get(INDEX_KEY)?;
        self.index_text.clone_from(&index_text);
        let stored_index: Vec<IndexEntry> = index_text
            .as_deref()
            .and_then(|t| serde_json::from_str::<Index>(t).ok())
            .filter(|i| i.format == INDEX_FORMAT)
            .map(|i| i.plans)
            .unwrap_or_default();
        let mut ids: Vec<String> = stored_index.iter().map(|e| e.id.clone()).collect();
        let stored_ids: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter_map(|k| k.strip_prefix(PLAN_PREFIX).map(str::to_string))
            .collect();
        for id in &stored_ids {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        let mut report = LoadReport {
            first_run: index_text.is_none() && stored_ids.is_empty(),
            ..LoadReport::default()
        };
        self.index.clear();
        self.sizes.clear();
        self.known.clear();
        self.revisions.clear();
        if let Some(text) = &index_text {
            self.sizes
                .insert(INDEX_KEY.into(), INDEX_KEY.len() + stored_chars(text));
        }
        for id in ids {
            let key = plan_key(&id);
            let Some(text) = self.store.get(&key)? else {
                continue;
            };
            self.sizes
                .insert(key.clone(), key.len() + stored_chars(&text));
            match layout::read(&self.store, &text)? {
                Ok(read) => {
                    let plan = read.plan;
                    let mut entry = entry(&plan);
                    if let Some(stored) = stored_index.iter().find(|e| e.id == plan.id) {
                        entry.unexported = stored.unexported.clone();
                    }
                    self.index.push(entry);
                    let revision = self.stored_revision(&plan.id)?;
                    self.note_revision(&plan.id, revision);
                    self.sizes.extend(read.sizes);
                    let versions = read.entries.into_iter().zip(plan.versions.iter().cloned());
                    self.known.insert(
                        plan.id.clone(),
                        Known {
                            revision,
                            parts: read.parts.unwrap_or_default(),
                            initiatives: read.written,
                            versions: versions.collect(),
                            broken: read.broken.iter().map(|b| b.entry.clone()).collect(),
                        },
                    );
                    report.broken_versions.extend(read.broken);
                    report.plans.push(plan);
                }
                Err(error) => report.problems.push(LoadProblem { key, error }),
            }
        }
        Ok(report)
    }

    /// The text of a plan that could not be read, so the person can save it to a file and
    /// rescue it: exactly as stored, or, when it was stored in parts, its head with whatever of
    /// its parts can be read put back in. Keys that are not plan keys give `None`.
    pub fn unreadable_text(&self, key: &str) -> Result<Option<String>, StoreError> {
        if !self.is_unreadable_key(key) {
            return Ok(None);
        }
        match self.store.get(key)? {
            Some(text) => layout::assemble(&self.store, &text).map(Some),
            None => Ok(None),
        }
    }

    /// Removes the stored text of a plan that could not be read (the person confirmed it), and
    /// its parts, and gives it back as one text, so the removal can be undone. A readable
    /// plan's key is refused: this is never a way to delete a plan that loaded.
    pub fn remove_unreadable(&mut self, key: &str) -> Result<Option<String>, StoreError> {
        let Some(text) = self.unreadable_text(key)? else {
            return Ok(None);
        };
        let parts = self.store.get(key)?.as_deref().and_then(layout::parts_of);
        self.store.remove(key)?;
        if let (Some(parts), Some(id)) = (parts, key.strip_prefix(PLAN_PREFIX)) {
            for (part, _) in parts.keys(id) {
                self.store.remove(&part)?;
            }
        }
        Ok(Some(text))
    }

    /// Puts a removed unreadable plan's text back under its key (undo).
    pub fn restore_unreadable(&mut self, key: &str, text: &str) -> Result<(), StoreError> {
        if !self.is_unreadable_key(key) {
            return Ok(());
        }
        self.store.set(key, text)
    }

    fn is_unreadable_key(&self, key: &str) -> bool {
        key.strip_prefix(PLAN_PREFIX)
            .is_some_and(|id| !self.index.iter().any(|e| e.id == id))
    }

    /// Writes one plan, then its revision and the index. On error the previous stored copy is
    /// intact. A plan another tab wrote since this tab read it is not written over:
    /// [`StoreError::ChangedElsewhere`], and the person chooses ([`Self::accept_stored`],
    /// [`Self::stored_plan`]).
    pub fn save(&mut self, plan: &Plan) -> Result<(), StoreError> {
        self.save_changed(plan, &Changed::Anything)
    }

    /// [`Self::save`], told by the edits which initiatives may have changed since this tab
    /// last wrote the plan: the others are taken as written without comparing them.
    pub fn save_changed(&mut self, plan: &Plan, changed: &Changed) -> Result<(), StoreError> {
        let stored = self.stored_revision(&plan.id)?;
        let seen = self.revisions.get(&plan.id).copied().unwrap_or(0);
        if stored > seen {
            return Err(StoreError::ChangedElsewhere);
        }
        // What the stored head holds, as this tab knows it; after another tab's write (taken
        // over through `accept_stored`) only which parts its head names.
        let mut known = match self.known.remove(&plan.id) {
            Some(known) if known.revision == stored => known,
            _ => Known::from_head(self.store.get(&plan_key(&plan.id))?.as_deref()),
        };
        let written = match write_plan(
            &mut self.store,
            &plan_key(&plan.id),
            plan,
            changed,
            &mut known,
        ) {
            Ok(written) => written,
            Err(e) => {
                self.known.insert(plan.id.clone(), known);
                return Err(e);
            }
        };
        let revision = stored + 1;
        self.store
            .set(&revision_key(&plan.id), &revision.to_string())?;
        self.note_revision(&plan.id, revision);
        self.sizes.extend(written.sizes);
        for key in &written.stale {
            // A part left behind only takes space; the head no longer names it.
            let _ = self.store.remove(key);
            self.sizes.remove(key);
        }
        self.known.insert(
            plan.id.clone(),
            Known {
                revision,
                ..written.known
            },
        );
        let mut fresh = entry(plan);
        match self.index.iter_mut().find(|e| e.id == plan.id) {
            Some(existing) => {
                fresh.unexported = std::mem::take(&mut existing.unexported);
                let exported_now = plan.last_exported != existing.last_exported;
                fresh.unexported.saved(&plan.modified, exported_now);
                *existing = fresh;
            }
            // A plan new to this browser (created, imported, the example) has nothing of the
            // person's own in it yet: the count starts with its first change.
            None => self.index.push(fresh),
        }
        self.write_index()
    }

    /// Removes a plan: its head, then its parts (a part left behind by a failure only takes
    /// space), its revision and its place in the index.
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        let parts = match self.known.remove(id) {
            Some(known) => known.parts,
            None => Known::from_head(self.store.get(&plan_key(id))?.as_deref()).parts,
        };
        self.store.remove(&plan_key(id))?;
        for (key, _) in parts.keys(id) {
            self.store.remove(&key)?;
            self.sizes.remove(&key);
        }
        self.store.remove(&revision_key(id))?;
        self.revisions.remove(id);
        self.sizes.remove(&plan_key(id));
        self.sizes.remove(&revision_key(id));
        self.index.retain(|e| e.id != id);
        self.write_index()
    }

    /// The revision of a plan in storage now (0 if none was ever written).
    pub fn stored_revision(&self, id: &str) -> Result<u64, StoreError> {
        Ok(self
            .store
            .get(&revision_key(id))?
            .and_then(|r| r.parse().ok())
            .unwrap_or(0))
    }

    /// Remembers a revision as read, and counts its key in the storage use.
    fn note_revision(&mut self, id: &str, revision: u64) {
        self.revisions.insert(id.to_string(), revision);
        if revision > 0 {
            let key = revision_key(id);
            self.sizes
                .insert(key.clone(), key.len() + revision.to_string().len());
        }
    }

    /// The revision of the plan this tab last read or wrote (0 if none).
    pub fn seen_revision(&self, id: &str) -> u64 {
        self.revisions.get(id).copied().unwrap_or(0)
    }

    /// Whether another tab's message tells of a write this tab has not read yet: a revision
    /// newer than the one seen, or the deletion of a plan this tab still has. A `storage` event
    /// and a broadcast of the same write so cause one reload, not two.
    pub fn is_news(&self, message: &TabMessage) -> bool {
        match message {
            TabMessage::Saved { id, revision } => *revision > self.seen_revision(id),
            TabMessage::Deleted { id } => self.index.iter().any(|e| e.id == *id),
        }
    }

    /// Whether an index written by another tab (a `storage` event's new value) differs from
    /// the one this tab last read or wrote.
    pub fn is_new_index(&self, text: Option<&str>) -> bool {
        text != self.index_text.as_deref()
    }

    /// Whether another tab wrote the plan since this tab read or wrote it.
    pub fn changed_elsewhere(&self, id: &str) -> Result<bool, StoreError> {
        let seen = self.revisions.get(id).copied().unwrap_or(0);
        Ok(self.stored_revision(id)? > seen)
    }

    /// The plan as stored now (another tab's version), if it can be read.
    pub fn stored_plan(&self, id: &str) -> Result<Option<Plan>, StoreError> {
        let Some(text) = self.store.get(&plan_key(id))? else {
            return Ok(None);
        };
        Ok(layout::read(&self.store, &text)?.ok().map(|r| r.plan))
    }

    /// Takes the stored revision as read: the next save writes over it (the person chose to
    /// keep this tab's version, or took the stored one).
    pub fn accept_stored(&mut self, id: &str) -> Result<(), StoreError> {
        let stored = self.stored_revision(id)?;
        self.revisions.insert(id.to_string(), stored);
        Ok(())
    }

    /// The changes to a plan not yet in any export.
    pub fn unexported(&self, id: &str) -> Unexported {
        self.index
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.unexported.clone())
            .unwrap_or_default()
    }

    /// [`Self::unexported`] of every plan, by id.
    pub fn unexported_all(&self) -> BTreeMap<String, Unexported> {
        self.index
            .iter()
            .map(|e| (e.id.clone(), e.unexported.clone()))
            .collect()
    }

    /// How much of the browser's storage this app's keys take, in the UTF-16 code units
    /// browsers count.
    pub fn storage_use(&self) -> StorageUse {
        StorageUse::new(self.sizes.values().sum())
    }

    /// The characters one plan takes in storage: the plan itself (head, initiatives, revision)
    /// and its fastställda versions.
    pub fn plan_storage(&self, id: &str) -> PlanStorage {
        let size = |key: &str| self.sizes.get(key).copied().unwrap_or(0);
        PlanStorage {
            plan_chars: size(&plan_key(id))
                + size(&revision_key(id))
                + self.chars_under(&format!("{PART_PREFIX}{id}.")),
            versions_chars: self.chars_under(&format!("{VERSION_PREFIX}{id}.")),
        }
    }

    /// The characters of every part whose key is `prefix` and a part number: one range of the
    /// sorted sizes, so the plan list's storage figures after a save of a 1 000-initiative
    /// plan make no key (making a thousand was a tenth of the save). Another plan whose id
    /// starts the same has a further `.` in the rest of its keys, and is not counted.
    fn chars_under(&self, prefix: &str) -> usize {
        self.sizes
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .take_while(|(key, _)| key.starts_with(prefix))
            .filter(|(key, _)| {
                key.get(prefix.len()..)
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
            .map(|(_, chars)| chars)
            .sum()
    }

    /// [`Self::plan_storage`] of every plan, by id.
    pub fn plan_storage_all(&self) -> BTreeMap<String, PlanStorage> {
        self.index
            .iter()
            .map(|e| (e.id.clone(), self.plan_storage(&e.id)))
            .collect()
    }

    /// Puts the index in the order of `ids`, so the plan list keeps its order after a reload.
    pub fn reorder(&mut self, ids: &[String]) -> Result<(), StoreError> {
        self.index
            .sort_by_key(|e| ids.iter().position(|id| *id == e.id).unwrap_or(usize::MAX));
        self.write_index()
    }

    /// Writes the index, unless this tab's last write of it holds the same text (a save has
    /// just written it, and the order did not change).
    fn write_index(&mut self) -> Result<(), StoreError> {
        let index = Index {
            format: INDEX_FORMAT.to_string(),
            version: 1,
            plans: self.index.clone(),
        };
        let text = serde_json::to_string(&index).map_err(|e| StoreError::Other(e.to_string()))?;
        if self.index_text.as_ref() == Some(&text) {
            return Ok(());
        }
        self.store.set(INDEX_KEY, &text)?;
        self.sizes
            .insert(INDEX_KEY.into(), INDEX_KEY.len() + stored_chars(&text));
        self.index_text = Some(text);
        Ok(())
    }
}

/// The plan's line in the index: its summary, as the plan list shows it before the plans are
/// read (`ui::state::preview`).
fn entry(plan: &Plan) -> IndexEntry {
    let PlanSummary {
        id,
        name,
        organisation,
        period,
        initiatives,
        modified,
        last_exported,
    } = PlanSummary::of(plan);
    IndexEntry {
        id,
        name,
        modified,
        last_exported,
        unexported: Unexported::default(),
        organisation,
        period,
        initiatives,
    }
}
