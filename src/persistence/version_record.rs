//! One fastställd version as stored under its own key: written once (versions never change),
//! against the version before it — an initiative equal to the one with the same id there is
//! stored as its id only — and then packed (`packed`). Ten yearly versions of a
//! 1 000-initiative plan so take little more than the initiatives that changed between them.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::packed::{pack, unpack};
use crate::core::format::header::FORMAT_VERSION;
use crate::core::model::initiative::Initiative;
use crate::core::model::FixedVersion;
use crate::core::Plan;

/// Every record starts with this, so a text of another kind is told apart at once.
const TAG: &str = "bv1:";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("not a stored version")]
    NotARecord,
    #[error("the stored version is damaged")]
    Damaged,
    #[error("the stored version was written in format version {0}")]
    OtherFormat(u32),
    /// An initiative is stored as "the same as in the version before", and that one lacks it.
    #[error("the version before lacks initiative {0}")]
    BaseLacks(String),
}

#[derive(Serialize)]
struct RecordOut<'a> {
    format_version: u32,
    id: &'a str,
    decided_on: &'a str,
    forum: &'a str,
    reference: &'a str,
    note: &'a str,
    plan: Plan,
    initiatives: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum EntryOut<'a> {
    Same(&'a str),
    Full(&'a Initiative),
}

#[derive(Deserialize)]
struct RecordIn {
    format_version: u32,
    id: String,
    decided_on: String,
    forum: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    note: String,
    plan: Plan,
    initiatives: Vec<EntryIn>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum EntryIn {
    Same(String),
    Full(Box<Initiative>),
}

/// The first initiative of each id in `plan`.
fn by_id(plan: Option<&Plan>) -> HashMap<&str, &Initiative> {
    let mut map = HashMap::new();
    for initiative in plan.map(|p| p.initiatives.as_slice()).unwrap_or_default() {
        map.entry(initiative.id.as_str()).or_insert(initiative);
    }
    map
}

/// `version` as stored against `base`, the plan of the version before it (None for the first).
pub fn encode(version: &FixedVersion, base: Option<&Plan>) -> String {
    let known = by_id(base);
    let initiatives = version
        .plan
        .initiatives
        .iter()
        .map(|i| match known.get(i.id.as_str()) {
            Some(same) if *same == i => EntryOut::Same(&i.id),
            _ => EntryOut::Full(i),
        })
        .collect();
    let record = RecordOut {
        format_version: FORMAT_VERSION,
        id: &version.id,
        decided_on: &version.decided_on,
        forum: &version.forum,
        reference: &version.reference,
        note: &version.note,
        plan: shell(&version.plan),
        initiatives,
    };
    // Serialising our own plain types cannot fail.
    let json = serde_json::to_string(&record).unwrap_or_default();
    format!("{TAG}{}", pack(&json))
}

/// The version [`encode`] was given, with the same `base`.
pub fn decode(text: &str, base: Option<&Plan>) -> Result<FixedVersion, RecordError> {
    let packed = text.strip_prefix(TAG).ok_or(RecordError::NotARecord)?;
    let json = unpack(packed).map_err(|_| RecordError::Damaged)?;
    let record: RecordIn = serde_json::from_str(&json).map_err(|_| RecordError::Damaged)?;
    if record.format_version != FORMAT_VERSION {
        return Err(RecordError::OtherFormat(record.format_version));
    }
    let known = by_id(base);
    let mut plan = record.plan;
    plan.initiatives = record
        .initiatives
        .into_iter()
        .map(|entry| match entry {
            EntryIn::Full(initiative) => Ok(*initiative),
            EntryIn::Same(id) => known
                .get(id.as_str())
                .map(|i| (*i).clone())
                .ok_or(RecordError::BaseLacks(id)),
        })
        .collect::<Result<_, _>>()?;
    plan.versions = Vec::new();
    Ok(FixedVersion {
        id: record.id,
        decided_on: record.decided_on,
        forum: record.forum,
        reference: record.reference,
        note: record.note,
        plan: Arc::new(plan),
    })
}

/// The plan without its initiatives and versions: what the head holds.
pub fn shell(plan: &Plan) -> Plan {
    // Destructured without `..`: a field added to `Plan` must be decided on here.
    let Plan {
        id,
        name,
        organisation,
        period,
        created,
        modified,
        last_exported,
        framework,
        params,
        initiatives: _,
        activities,
        revised_from,
        params_to_review,
        redeployments,
        versions: _,
        change_summary,
        document,
    } = plan;
    Plan {
        id: id.clone(),
        name: name.clone(),
        organisation: organisation.clone(),
        period: *period,
        created: created.clone(),
        modified: modified.clone(),
        last_exported: last_exported.clone(),
        framework: framework.clone(),
        params: params.clone(),
        initiatives: Vec::new(),
        activities: activities.clone(),
        revised_from: revised_from.clone(),
        params_to_review: *params_to_review,
        redeployments: redeployments.clone(),
        versions: Vec::new(),
        change_summary: change_summary.clone(),
        document: document.clone(),
    }
}
