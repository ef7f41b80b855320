//! The typed read, watched: one pass of serde over the text that yields the envelope and, on the
//! way, sees every key and every text in the file. It notes what the shape pass would refuse (a
//! key twice in one object, a text over [`super::MAX_STRING_CHARS`], nesting past [`MAX_DEPTH`]) and
//! which keys the types did not take (unknown fields). A sound file of the current version is
//! imported from this one pass; any other goes the slow way ([`super::shape`], [`super::typed`]),
//! which finds and words every problem. The deserializer is serde_json's own, wrapped: the value
//! read, or the error, is exactly what `serde_json::from_str` would give; for an error the read
//! also says where serde stopped.

mod access;
mod de;
mod state;
mod visit;

use std::ops::Range;

use serde::Deserialize;

use self::state::Watch;
pub(super) use self::state::{Frame, Mark, Spot};
use crate::core::format::header::FORMAT_ID;
use crate::core::format::problem::Place;
use crate::core::format::Envelope;

/// What one read of a file gave.
pub(super) struct Watched<'de> {
    pub envelope: Envelope,
    /// No key twice in an object, no text too long, no nesting too deep, anywhere in the file.
    pub sound: bool,
    /// The file is a JSON object (serde also reads a struct from an array).
    pub object: bool,
    /// Keys the types skipped: each an unknown field.
    pub skipped: Vec<Spot>,
    /// Per value read without its type: its ranges in `frames` and `marks`.
    untyped: Vec<(Range<usize>, Range<usize>)>,
    frames: Vec<Frame<'de>>,
    marks: Vec<Mark<'de>>,
}

impl<'de> Watched<'de> {
    /// Whether nothing the slow way looks for can be wrong with this file: sound, an object, a
    /// plan file of exactly the version the app writes.
    pub fn clean(&self, current: u64) -> bool {
        self.sound
            && self.object
            && self.envelope.format == FORMAT_ID
            && u64::from(self.envelope.format_version) == current
    }

    /// Each value the types read without their type (the internally tagged benefit classes are
    /// buffered first, their fields taken later out of sight): the path to it, and its keys and
    /// items in file order.
    pub fn untyped(&self) -> impl Iterator<Item = (&[Frame<'de>], &[Mark<'de>])> {
        self.untyped
            .iter()
            .map(|(frames, marks)| (&self.frames[frames.clone()], &self.marks[marks.clone()]))
    }
}

/// Why serde would not read the file as an envelope, and where it stopped.
pub(super) struct Refused {
    pub error: serde_json::Error,
    /// The innermost value the error arose in (or the key, if it arose in one), as
    /// serde_path_to_error would place it: at a struct when serde's derive finds a field of it
    /// missing, at a benefit class for anything inside it (see [`super::typed`]).
    pub place: Place,
}

/// Reads any other document of the app (a proposal) the same way, watching: the value, whether
/// the text was sound and an object, and the keys the types skipped (unknown fields).
pub(super) fn read_as<'de, T: Deserialize<'de>>(
    text: &'de str,
) -> Result<(T, bool, Vec<Spot>), Refused> {
    let mut watch = Watch::default();
    let mut json = serde_json::Deserializer::from_str(text);
    let read = T::deserialize(de::Value::new(&mut json, &mut watch)).and_then(|value| {
        json.end()?;
        Ok(value)
    });
    match read {
        Ok(value) => Ok((value, watch.sound && watch.object, watch.skipped)),
        Err(error) => Err(Refused {
            error,
            place: watch.failed.unwrap_or_default(),
        }),
    }
}

/// Reads the envelope, watching.
pub(super) fn read(text: &str) -> Result<Watched<'_>, Refused> {
    let mut watch = Watch::default();
    let mut json = serde_json::Deserializer::from_str(text);
    let read = Envelope::deserialize(de::Value::new(&mut json, &mut watch)).and_then(|envelope| {
        json.end()?;
        Ok(envelope)
    });
    match read {
        Ok(envelope) => Ok(Watched {
            envelope,
            sound: watch.sound,
            object: watch.object,
            skipped: watch.skipped,
            untyped: watch.untyped_found,
            frames: watch.frames,
            marks: watch.marks,
        }),
        Err(error) => Err(Refused {
            error,
            place: watch.failed.unwrap_or_default(),
        }),
    }
}
