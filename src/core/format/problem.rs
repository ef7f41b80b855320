//! What is wrong with an imported file, and where. The Swedish wording lives in
//! `ui::text::import_messages`; here the problem is data, so tests can match on it.

use std::fmt;

/// One step of a path into the file: a field name or a 0-based array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Field(String),
    Index(usize),
}

/// Where in the file a problem is, as a path from the top (e.g. `plan.initiatives[2].title`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place(pub Vec<Segment>);

impl Place {
    /// The whole file: for problems that belong to no single value.
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// Reads the dotted form that [`fmt::Display`] writes, so tests can state places briefly.
    /// Field names containing `.` or `[` cannot be written this way; none of the plan's can.
    pub fn parse(path: &str) -> Self {
        let mut segments = Vec::new();
        for part in path.split('.').filter(|p| !p.is_empty()) {
            let mut pieces = part.split('[');
            if let Some(name) = pieces.next().filter(|n| !n.is_empty()) {
                segments.push(Segment::Field(name.to_string()));
            }
            for index in pieces {
                match index.trim_end_matches(']').parse() {
                    Ok(i) => segments.push(Segment::Index(i)),
                    Err(_) => segments.push(Segment::Field(index.to_string())),
                }
            }
        }
        Self(segments)
    }

    /// This place extended by a field, for problems about a member of an object.
    pub fn field(&self, name: &str) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Field(name.to_string()));
        Self(segments)
    }

    /// The last field name on the path, which decides how the place is worded.
    pub fn last_field(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|s| match s {
            Segment::Field(name) => Some(name.as_str()),
            Segment::Index(_) => None,
        })
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => write!(f, "{name}")?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// What a field should hold, in the terms a user can act on (not Rust's type names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Number,
    WholeNumber,
    Text,
    TrueFalse,
    List,
    /// A group of named fields (a JSON object).
    Object,
    /// One of a fixed set of words, such as a stage or a benefit class.
    Choice,
    /// Anything else serde may ask for; worded generally.
    Other,
}

/// What the file holds instead. Text and numbers keep their value so the user can find them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Text(String),
    Number(String),
    Bool(bool),
    Null,
    List,
    Object,
}

/// Every way a file can be refused or warned about. Limits are carried in the problem so the
/// message states the same figure the check used.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// Larger than [`super::import::MAX_FILE_BYTES`]; refused before reading.
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    /// No content at all (or only whitespace).
    Empty,
    /// Not UTF-8 text, e.g. a spreadsheet or a UTF-16 file.
    NotUtf8,
    /// Not JSON: the first syntax error, 1-based line and column.
    NotJson {
        line: usize,
        column: usize,
    },
    /// Ends in the middle of a value: the file was probably cut off in a copy or download.
    Truncated {
        line: usize,
    },
    /// A number beyond what any figure in a plan can be (e.g. `1e400`).
    NumberTooLarge,
    /// Valid JSON but not a plan file; `found` is the format identifier if there is one.
    WrongFormat {
        found: Option<String>,
    },
    /// A plan file without a usable `format_version`.
    MissingVersion,
    /// Written by a newer app than this one.
    TooNew {
        version: u64,
    },
    /// A version that never existed (0).
    UnknownVersion {
        version: u64,
    },
    /// An older file that the migration chain could not bring up to date.
    MigrationFailed {
        from: u32,
    },
    WrongType {
        expected: Expected,
        found: Found,
    },
    /// A word outside a fixed set; `allowed` lists the words the field takes.
    UnknownChoice {
        found: String,
        allowed: Vec<String>,
    },
    /// A required field is absent; the place ends with the field's name.
    MissingField {
        field: String,
    },
    /// The same key twice in one object; the place ends with the key.
    DuplicateKey {
        key: String,
    },
    /// A field this version does not know. A warning: the import proceeds without it.
    UnknownField {
        field: String,
    },
    /// Nested deeper than [`super::import::MAX_DEPTH`] levels.
    TooDeep {
        limit: usize,
    },
    /// A text longer than [`super::import::MAX_STRING_CHARS`] characters.
    StringTooLong {
        chars: usize,
        limit: usize,
    },
    OutOfRange {
        min: f64,
        max: f64,
        found: f64,
    },
    Negative {
        found: f64,
    },
    /// The plan's last year is before its first.
    EndsBeforeStart {
        start: i64,
        end: i64,
    },
    /// An id that cannot be used in an address or a page element: empty, too long, or with
    /// characters other than letters, digits, `-`, `_` and `.`.
    UnusableId {
        id: String,
    },
    /// An id used twice where ids must be unique; `first` is the place of the first use.
    DuplicateId {
        id: String,
        first: Place,
    },
    /// A decision date that is not a date written `YYYY-MM-DD`.
    NotADate {
        found: String,
    },
    /// A fastställd version decided after the plan was last changed: the plan cannot hold a
    /// decision on a state it never had.
    VersionAfterPlan {
        decided_on: String,
        modified: String,
    },
    /// A fastställd version whose plan holds versions of its own; versions never nest.
    NestedVersions,
    /// The list was cut at [`super::import::MAX_PROBLEMS`]; this many more were not listed.
    Omitted {
        count: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub place: Place,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(place: Place, kind: ProblemKind) -> Self {
        Self { place, kind }
    }

    /// A problem with the whole file rather than one value in it.
    pub fn whole_file(kind: ProblemKind) -> Self {
        Self::new(Place::root(), kind)
    }
}
