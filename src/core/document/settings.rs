//! What the user has chosen for the plan's decision document (docs/domain.md §2.9): which
//! initiatives it proposes and the texts written in their own words. Kept with the plan, so the
//! document reads the same after a reload and in a shared file; every field is optional, and an
//! absent one means "as the app proposes", the meaning of a file written before the document.

use serde::{Deserialize, Serialize};

use crate::core::calc::{parse_whole, NumberError};

/// Reads the line as typed: a whole number of initiatives from the top of the ranking.
pub fn parse_line(text: &str) -> Result<f64, NumberError> {
    parse_whole(text, 0, 100_000).map(f64::from)
}

/// Which initiatives the document proposes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProposedSet {
    /// The first `count` ranked initiatives: the line the user draws in the ranking.
    Line { count: usize },
    /// The initiatives named, in ranking order when shown, e.g. the forum's selection from the
    /// budget scenario.
    Chosen { ids: Vec<String> },
}

/// The user's choices for the decision document; empty in a plan that has none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct DocumentSettings {
    /// None: every ranked initiative is proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposed: Option<ProposedSet>,
    /// The sammanfattning in the user's own words; None: the text the app writes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The förslag till beslut in the user's own words; None: the text the app writes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
}

impl DocumentSettings {
    /// Nothing chosen: the plan file leaves the field out.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Keeps a text as the user wrote it; an empty text gives the app's own text back, so a
    /// document never goes to the forum without a förslag.
    pub fn own_text(text: &str) -> Option<String> {
        (!text.trim().is_empty()).then(|| text.trim_end().to_string())
    }
}
