//! Freed time put to other use, as the user records it per year (docs/domain.md §2.8, §4.2):
//! freed hours become a gain only when they are redeployed, so the ledger's "omfördelad tid"
//! is what was recorded, never a share computed from the analysis.

use serde::{Deserialize, Serialize};

use crate::core::calc::numparse::{parse_non_negative, NumberError};

/// Hours of freed time that were put to other use in one calendar year, and for what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Redeployment {
    /// Unique within the plan, so a record can be edited and removed by id.
    pub id: String,
    pub year: i32,
    /// Hours redeployed in the year; never negative.
    pub hours: f64,
    /// What the hours were used for, e.g. "Fler hembesök".
    #[serde(default)]
    pub used_for: String,
    /// The initiative whose freed time it was, when the user says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiative_id: Option<String>,
}

/// Why a record as typed was refused, per field.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RedeploymentErrors {
    pub hours: Option<NumberError>,
    /// Nothing was said about what the hours were used for.
    pub used_for_missing: bool,
}

/// A record's fields as typed in the form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RedeploymentInput {
    pub hours: String,
    pub used_for: String,
    pub initiative_id: Option<String>,
}

impl RedeploymentInput {
    /// Checks what was typed; on success the record for `year` under `id`. Hours must be a
    /// number ≥ 0 and the use must be named: a redeployment nobody can say the use of is the
    /// computed guess the record replaces (docs/domain.md §4.2).
    pub fn check(&self, id: String, year: i32) -> Result<Redeployment, RedeploymentErrors> {
        let hours = parse_non_negative(&self.hours);
        let used_for = self.used_for.trim();
        match hours {
            Ok(hours) if !used_for.is_empty() => Ok(Redeployment {
                id,
                year,
                hours,
                used_for: used_for.to_string(),
                initiative_id: self.initiative_id.clone().filter(|i| !i.trim().is_empty()),
            }),
            hours => Err(RedeploymentErrors {
                hours: hours.err(),
                used_for_missing: used_for.is_empty(),
            }),
        }
    }
}

/// The records of one calendar year, in the order they were made.
pub fn in_year(list: &[Redeployment], year: i32) -> impl Iterator<Item = &Redeployment> {
    list.iter().filter(move |r| r.year == year)
}

/// Adds the record, or replaces the one with the same id (an edit keeps its place).
pub fn put(list: &mut Vec<Redeployment>, record: Redeployment) {
    match list.iter_mut().find(|r| r.id == record.id) {
        Some(r) => *r = record,
        None => list.push(record),
    }
}

/// Removes the record; what it was used for, for the undo notice, or None if it is gone.
pub fn remove(list: &mut Vec<Redeployment>, id: &str) -> Option<String> {
    let at = list.iter().position(|r| r.id == id)?;
    Some(list.remove(at).used_for)
}
