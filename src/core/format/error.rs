//! Why a stored or exported plan could not be read. Worded for the person by `ui::text`; the
//! English here is for logs and tests.

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FormatError {
    #[error("not valid JSON: {0}")]
    NotJson(String),
    #[error("not a plan file (format identifier {0:?})")]
    WrongFormat(String),
    #[error("format version missing or not a number")]
    MissingVersion,
    #[error("format version {0} is newer than this app understands")]
    TooNew(u32),
    #[error("format version {0} is not known")]
    UnknownVersion(u32),
    #[error("the plan does not match the format: {0}")]
    Invalid(String),
}
