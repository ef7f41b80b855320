//! What is wrong with an imported file, and where. The Swedish wording lives in
//! `ui::text::import_messages`; here the problem is data, so tests can match on it.

/// One step of a path into the file: a field name or a 0-based array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Field(String),
    Index(usize),
}

/// Where in the file a problem is, as a path from the top (e.g. `plan.initiatives[2].title`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place(pub Vec<Segment>);

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// Placeholder until the import helper fills in the real kinds.
    Other(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub place: Place,
    pub kind: ProblemKind,
}
