//! A proposal (*förslag*): the need step of one initiative, filled in by someone without a plan
//! (a *förvaltning*, a neighbouring municipality) and sent as a small file or a link
//! (docs/domain.md §7.4). The strategist adds it to a plan as a new initiative in the Behov
//! stage. It has its own format identifier and version, like the plan file, and is read through
//! the same strict checks (`import::document`).

use serde::{Deserialize, Serialize};

use super::header::APP_VERSION;
use super::import::document::{self, Kind, Read};
use super::link::MAX_INFLATED_BYTES;
use super::problem::{Place, Problem, ProblemKind};
use crate::core::model::initiative::Need;
use crate::core::{Initiative, Plan, Stage};

/// Tells a proposal file from a plan file and any other JSON.
pub const PROPOSAL_FORMAT_ID: &str = "beredning-forslag";
/// The version this build writes and reads.
pub const PROPOSAL_FORMAT_VERSION: u32 = 1;

/// The need as the proposer describes it, with the initiative's title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Proposal {
    pub title: String,
    /// The walkthrough's need fields; whether the need is verified is left to the strategist.
    pub need: Need,
}

/// The file and the link carry this: the header, then the proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalFile {
    pub format: String,
    pub format_version: u32,
    #[serde(default)]
    pub app_version: String,
    pub proposal: Proposal,
}

/// What a proposal document must be: identifier, version, size, and a title.
pub const KIND: Kind<ProposalFile> = Kind {
    id: PROPOSAL_FORMAT_ID,
    version: PROPOSAL_FORMAT_VERSION,
    max_bytes: MAX_INFLATED_BYTES as u64,
    validate,
};

/// A proposal has a title: an initiative without one cannot be listed.
fn validate(file: &ProposalFile, out: &mut Vec<Problem>) {
    if file.proposal.title.trim().is_empty() {
        out.push(Problem::new(
            Place::root().field("proposal").field("title"),
            ProblemKind::MissingField {
                field: "title".to_string(),
            },
        ));
    }
}

impl Proposal {
    /// Whether it can be sent: it needs a title (the form says so at the field).
    pub fn has_title(&self) -> bool {
        !self.title.trim().is_empty()
    }

    /// The proposal as its file's JSON (compact for a link, indented for a file).
    pub fn to_json(&self, pretty: bool) -> String {
        let file = ProposalFile {
            format: PROPOSAL_FORMAT_ID.to_string(),
            format_version: PROPOSAL_FORMAT_VERSION,
            app_version: APP_VERSION.to_string(),
            proposal: self.clone(),
        };
        // Serialising our own plain types to a string cannot fail.
        let compact = serde_json::to_string(&file).unwrap_or_default();
        if pretty {
            super::indent::indent_json(&compact)
        } else {
            compact
        }
    }

    /// The proposal as a new initiative of `plan` in the Behov stage. The need is not marked
    /// verified: that is the strategist's judgement (docs/domain.md §2.4).
    pub fn into_initiative(self, plan: &Plan, id: String, now: &str) -> Initiative {
        let mut initiative = plan.new_initiative(id, self.title.trim(), now);
        initiative.stage = Stage::Behov;
        initiative.need = self.need;
        initiative.need.verified = false;
        initiative
    }
}

/// Reads a proposal file's text with every check of the import.
pub fn read(text: &str) -> Result<Read<ProposalFile>, Vec<Problem>> {
    document::read(text, &KIND)
}
