//! Fastställa a plan: recording that a forum decided it, keeping the plan as decided, and
//! telling which version is in force and whether the plan has changed since (docs/domain.md §6).
//! Versions are immutable: besides making one, the only change is removing a whole version.

use std::sync::Arc;

use crate::core::model::FixedVersion;
use crate::core::Plan;

/// What the user records about a decision, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VersionMeta {
    pub decided_on: String,
    pub forum: String,
    pub reference: String,
    pub note: String,
}

/// Why a decision cannot be recorded; each belongs to one field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VersionError {
    #[error("the date is empty")]
    DateMissing,
    #[error("not a date written YYYY-MM-DD")]
    DateInvalid,
    #[error("the date is after today")]
    DateInFuture,
    #[error("the forum is empty")]
    ForumMissing,
}

/// The refused fields of a decision, each with its reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VersionErrors {
    pub decided_on: Option<VersionError>,
    pub forum: Option<VersionError>,
}

/// Whether `text` is a calendar date written `YYYY-MM-DD` (years 2000–2100, as plans take).
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (2000..=2100).contains(&y) && (1..=days).contains(&d)
}

/// The day part of an ISO 8601 time ("2019-05-12T08:00:00.000Z" → "2019-05-12").
pub fn day_of(time: &str) -> &str {
    time.get(..10).unwrap_or(time)
}

/// Checks a decision as typed against `now` (ISO 8601): a date no later than today, a forum.
pub fn check_meta(meta: &VersionMeta, now: &str) -> Result<(), VersionErrors> {
    let date = meta.decided_on.trim();
    let decided_on = if date.is_empty() {
        Some(VersionError::DateMissing)
    } else if !is_date(date) {
        Some(VersionError::DateInvalid)
    } else if date > day_of(now) {
        Some(VersionError::DateInFuture)
    } else {
        None
    };
    let forum = meta
        .forum
        .trim()
        .is_empty()
        .then_some(VersionError::ForumMissing);
    let errors = VersionErrors { decided_on, forum };
    if errors == VersionErrors::default() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Records that the plan, as it is now, was decided: keeps a snapshot (without the plan's own
/// versions, so versions never nest) under an id unique within the plan, which it returns.
/// On error the plan is untouched.
pub fn fix_version(
    plan: &mut Plan,
    meta: &VersionMeta,
    now: &str,
) -> Result<String, VersionErrors> {
    check_meta(meta, now)?;
    let decided_on = meta.decided_on.trim().to_string();
    let id = unique_id(plan, &format!("v-{decided_on}"));
    let mut snapshot = plan.clone();
    snapshot.versions = Vec::new();
    plan.versions.push(FixedVersion {
        id: id.clone(),
        decided_on,
        forum: meta.forum.trim().to_string(),
        reference: meta.reference.trim().to_string(),
        note: meta.note.trim().to_string(),
        plan: Arc::new(snapshot),
    });
    plan.modified = now.to_string();
    Ok(id)
}

/// `base`, or `base-2`, `base-3` … the first not yet used by a version of the plan.
fn unique_id(plan: &Plan, base: &str) -> String {
    let taken = |id: &str| plan.versions.iter().any(|v| v.id == id);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// The version in force: the one decided last (by date; of two on the same day, the one
/// recorded later).
pub fn version_in_force(plan: &Plan) -> Option<&FixedVersion> {
    plan.versions
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| a.decided_on.cmp(&b.decided_on).then(i.cmp(j)))
        .map(|(_, v)| v)
}

/// Whether the plan's content differs from the version's: everything but the times of the last
/// change and export, and the versions themselves. Every field is named, so a field added to
/// the plan must be placed on one side or the other here.
pub fn changed_since(plan: &Plan, version: &FixedVersion) -> bool {
    let Plan {
        id: _,
        name,
        organisation,
        period,
        created: _,
        modified: _,
        last_exported: _,
        framework,
        params,
        initiatives,
        activities,
        versions: _,
        // Where a revision came from and its parameter reminder are bookkeeping, not content.
        revised_from: _,
        params_to_review: _,
        // The summary of what changed describes the change; it is not one.
        change_summary: _,
        // The decision document's choices and texts present the plan; they are not its content.
        document: _,
        // Freed time redeployed since the decision is follow-up the forum hears about.
        redeployments,
    } = plan;
    let old = &*version.plan;
    *name != old.name
        || *organisation != old.organisation
        || *period != old.period
        || *framework != old.framework
        || *params != old.params
        || *initiatives != old.initiatives
        || *activities != old.activities
        || *redeployments != old.redeployments
}

/// Removes a version; returns how it reads in a list (its date and forum) for the undo notice,
/// or None when there is no such version.
pub fn remove_version(plan: &mut Plan, id: &str, now: &str) -> Option<String> {
    let index = plan.versions.iter().position(|v| v.id == id)?;
    let removed = plan.versions.remove(index);
    plan.modified = now.to_string();
    Some(format!("{} {}", removed.decided_on, removed.forum))
}
