//! The strategies a plan reads its initiatives by: the national digitalisation strategies of
//! 2017 and 2025–2030, and any a plan adds (a region's own goals), each with its areas. They are
//! data the plan carries, not a fixed list, so a municipality can rename, describe, add and
//! remove areas, and a plan made under one strategy stays readable under another through a
//! mapping table between their areas (docs/domain.md §3.6).

use serde::{Deserialize, Serialize};

/// One area of a strategy: a 2017 *delmål*, a 2025–2030 *område*, or a region's own goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Area {
    /// Stable across plans for the default areas, so that plans of several municipalities can
    /// be compared and merged by id.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// A strategy a plan can be read by (its "lens").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Strategy {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub areas: Vec<Area>,
}

/// One row of the mapping table: an initiative linked to `from` also counts under each of `to`,
/// and one linked to any of `to` counts under `from`. Rows are read both ways, so one table
/// serves the 2017 lens and the 2025 lens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AreaMapping {
    pub from: String,
    #[serde(default)]
    pub to: Vec<String>,
}

/// How an initiative comes to sit under an area of the lens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// The initiative links to the area itself.
    Direct,
    /// The initiative links to `from`, which the mapping table ties to the area.
    Mapping { from: String },
}

/// An area of the lens that an initiative sits under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LensArea {
    pub area_id: String,
    pub via: Via,
}

/// Which end of a mapping row names an area the plan does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingSide {
    From,
    To,
}

/// A mapping row that points at an area the plan does not have (removed, or a typing mistake
/// in a file): reported on the row, and left out of every computation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingProblem {
    pub row: usize,
    pub side: MappingSide,
    pub area_id: String,
}
