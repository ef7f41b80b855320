//! Names a plan gives its own goals and criteria: a reader tells them apart by name, so a name
//! is kept trimmed, never empty, and never another's in other letters or spacing.

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    Taken,
}

/// The name as it will be kept (trimmed), or why not: empty, or equal to one of `others` when
/// case and surrounding spaces are ignored.
pub fn unique_name<'a>(
    name: &str,
    others: impl IntoIterator<Item = &'a str>,
) -> Result<String, NameProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    let key = name.to_lowercase();
    if others.into_iter().any(|o| o.trim().to_lowercase() == key) {
        return Err(NameProblem::Taken);
    }
    Ok(name.to_string())
}
