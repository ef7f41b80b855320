//! What a plan file may hold at most. Stated in the UI and the published schema; checked by
//! both the watched read and the step-by-step shape walk with the same rules.

/// Files above this are refused before they are read (stated in the UI).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// Deepest nesting of objects and arrays accepted. A plan file nests about ten levels; the
/// margin is for future versions, the limit for stacks (serde_json itself stops at 128).
pub const MAX_DEPTH: usize = 32;
/// Longest text accepted anywhere in the file, in characters: about ten pages, far beyond any
/// description a plan holds, and short enough that a runaway value is caught.
pub const MAX_STRING_CHARS: usize = 20_000;
/// The text's length in characters when it is over [`MAX_STRING_CHARS`]: the one rule both the
/// watched read and the step-by-step shape walk apply. Bytes bound characters from above, so the
/// count is only taken for long texts.
pub(crate) fn over_long(text: &str) -> Option<usize> {
    if text.len() <= MAX_STRING_CHARS {
        return None;
    }
    let chars = text.chars().count();
    (chars > MAX_STRING_CHARS).then_some(chars)
}
/// At most this many problems (and, separately, warnings) are listed; the rest are counted.
pub const MAX_PROBLEMS: usize = 50;
