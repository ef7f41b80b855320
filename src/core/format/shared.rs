//! Whatever arrives by file or by link: a plan or a proposal, told apart by the format
//! identifier and each read with every check of its own reader. Nothing is stored here.

use serde::Deserialize;

use super::import::document::Read;
use super::import::{import_bytes, Imported};
use super::link::{self, LinkError};
use super::problem::Problem;
use super::proposal::{self, ProposalFile, PROPOSAL_FORMAT_ID};
use crate::core::format::import::document::read_bytes;

/// A document that passed its checks.
#[derive(Debug, Clone, PartialEq)]
pub enum Shared {
    Plan(Box<Imported>),
    Proposal(Box<Read<ProposalFile>>),
}

/// Why a link could not be opened: its data, or what the data holds.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenError {
    Link(LinkError),
    Problems(Vec<Problem>),
}

/// Reads a file's bytes as a proposal when it says it is one, otherwise as a plan (whose
/// reader words what is wrong with any other file).
pub fn open_bytes(bytes: &[u8]) -> Result<Shared, Vec<Problem>> {
    if is_proposal(bytes) {
        read_bytes(bytes, &proposal::KIND).map(|r| Shared::Proposal(Box::new(r)))
    } else {
        import_bytes(bytes).map(|i| Shared::Plan(Box::new(i)))
    }
}

/// Opens the data part of a link: decoded within the link's limits, then read as a file.
pub fn open_link(data: &str) -> Result<Shared, OpenError> {
    let bytes = link::decode(data).map_err(OpenError::Link)?;
    open_bytes(&bytes).map_err(OpenError::Problems)
}

/// Whether the document names itself a proposal. Only a glance at the top-level `format`: a
/// broken file falls to the plan reader, which says what is broken.
fn is_proposal(bytes: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        format: Option<serde_json::Value>,
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice::<Head>(bytes)
        .ok()
        .and_then(|h| h.format)
        .is_some_and(|f| f == PROPOSAL_FORMAT_ID)
}
