//! Whatever arrives by file or by link: a plan or a proposal, told apart by the format
//! identifier and each read with every check of its own reader. Nothing is stored here.

use super::import::document::Read;
use super::import::{import_bytes, Imported};
use super::link::{self, LinkError};
use super::problem::{Problem, ProblemKind};
use super::proposal::{self, ProposalFile, PROPOSAL_FORMAT_ID};
use crate::core::content::example::large_plan;
use crate::core::format::import::document::read_bytes;
use crate::core::format::to_json;

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

/// Reads a file's bytes as a plan, or as a proposal when the plan reader refuses it only for
/// naming itself one. The plan reader goes first because plans are the large files: a glance
/// at the format before it would be one more pass over megabytes (a proposal is small, and its
/// reader then makes every check of its own).
pub fn open_bytes(bytes: &[u8]) -> Result<Shared, Vec<Problem>> {
    match import_bytes(bytes) {
        Ok(imported) => Ok(Shared::Plan(Box::new(imported))),
        Err(problems) if names_proposal(&problems) => {
            read_bytes(bytes, &proposal::KIND).map(|r| Shared::Proposal(Box::new(r)))
        }
        Err(problems) => Err(problems),
    }
}

/// The exported file of a plan of `initiatives` initiatives made from the example's
/// ([`large_plan`]), for [`warm_up`]: built once per size, then read many times.
pub fn warm_up_file(initiatives: usize) -> Vec<u8> {
    to_json(&large_plan(initiatives), Some(WARM_UP_EXPORTED), true).into_bytes()
}

/// Reads `file` the way a chosen file is read, and drops it; true when it passed every check
/// (so the whole way was taken). Chrome compiles a wasm function only when it is first called,
/// with a fast baseline compiler, and optimises it only once it has run a while (a budget spent
/// per call and per loop turn): reading many initiatives at idle, a few at a time, makes the first
/// import of a large plan faster (docs/performance.md).
pub fn warm_up(file: &[u8]) -> bool {
    open_bytes(file).is_ok()
}

/// Any time will do: the warm-up's file is never shown or kept.
const WARM_UP_EXPORTED: &str = "2026-01-01T00:00:00Z";

/// Opens the data part of a link: decoded within the link's limits, then read as a file.
pub fn open_link(data: &str) -> Result<Shared, OpenError> {
    let bytes = link::decode(data).map_err(OpenError::Link)?;
    open_bytes(&bytes).map_err(OpenError::Problems)
}

/// Whether the plan reader's only objection is that the file names itself a proposal.
fn names_proposal(problems: &[Problem]) -> bool {
    matches!(problems, [problem] if matches!(
        &problem.kind,
        ProblemKind::WrongFormat { found: Some(found) } if found == PROPOSAL_FORMAT_ID
    ))
}
