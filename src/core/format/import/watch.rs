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

use std::borrow::Cow;
use std::ops::Range;

use serde::Deserialize;

use super::{over_long, MAX_DEPTH};
use crate::core::format::problem::{Place, Segment};
use crate::core::format::{Envelope, FORMAT_ID};

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

/// A place in the file, with the position of each step for putting places in file order.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Spot {
    pub order: Vec<usize>,
    pub place: Place,
}

impl Spot {
    pub fn of<'a, 'de: 'a>(frames: impl Iterator<Item = &'a Frame<'de>> + Clone) -> Self {
        Self {
            order: frames.clone().map(|f| f.index).collect(),
            place: Place(frames.map(Frame::segment).collect()),
        }
    }
}

/// One step down the file: the key (none for an array item) and its position.
#[derive(Debug, Clone)]
pub(super) struct Frame<'de> {
    pub key: Option<Cow<'de, str>>,
    pub index: usize,
}

impl Frame<'_> {
    fn segment(&self) -> Segment {
        match &self.key {
            Some(k) => Segment::Field(k.to_string()),
            None => Segment::Index(self.index),
        }
    }
}

/// A key or item inside a value read without its type, `depth` levels below the value.
#[derive(Debug)]
pub(super) struct Mark<'de> {
    pub depth: usize,
    pub step: Frame<'de>,
}

/// Why serde would not read the file as an envelope, and where it stopped.
pub(super) struct Refused {
    pub error: serde_json::Error,
    /// The innermost value the error arose in (or the key, if it arose in one), as
    /// serde_path_to_error would place it: at a struct when serde's derive finds a field of it
    /// missing, at a benefit class for anything inside it (see [`super::typed`]).
    pub place: Place,
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

/// What the wrappers share while the read goes on.
struct Watch<'de> {
    path: Vec<Frame<'de>>,
    /// Keys of the objects being read that are checked for repeats, innermost last (each
    /// object knows where its own begin). A struct's known fields are not among them: serde's
    /// derive refuses a field twice by itself.
    keys: Vec<Cow<'de, str>>,
    depth: usize,
    sound: bool,
    object: bool,
    /// Inside the value of an unknown field: read only to check it, nothing in it is reported.
    skipping: usize,
    /// Inside a struct given as an array: read and checked, nothing in it is reported.
    quiet: usize,
    /// The path length at which the last unknown field's value was skipped.
    skipped_at: Option<usize>,
    /// Inside a value read without its type, which began at this depth: its keys are noted.
    untyped: Option<usize>,
    skipped: Vec<Spot>,
    untyped_found: Vec<(Range<usize>, Range<usize>)>,
    frames: Vec<Frame<'de>>,
    marks: Vec<Mark<'de>>,
    failed: Option<Place>,
}

impl Default for Watch<'_> {
    fn default() -> Self {
        Self {
            path: Vec::new(),
            keys: Vec::new(),
            depth: 0,
            sound: true,
            object: false,
            skipping: 0,
            quiet: 0,
            skipped_at: None,
            untyped: None,
            skipped: Vec::new(),
            untyped_found: Vec::new(),
            frames: Vec::new(),
            marks: Vec::new(),
            failed: None,
        }
    }
}

impl<'de> Watch<'de> {
    fn check_text(&mut self, text: &str) {
        if over_long(text).is_some() {
            self.sound = false;
        }
    }

    /// Enters an object or array; false when it is one level too many (the read stops there,
    /// before any stack could run out: the slow way reports it). `quiet` for a struct given as
    /// an array.
    fn open_level(&mut self, object: bool, quiet: bool) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.sound = false;
            self.failed_here();
            return false;
        }
        if self.depth == 1 {
            self.object = object;
        }
        self.quiet += usize::from(quiet);
        true
    }

    /// Leaves an object or array read in full; `keys` is where its keys began.
    fn close_level(&mut self, keys: usize, quiet: bool) {
        self.keys.truncate(keys);
        self.depth -= 1;
        self.quiet -= usize::from(quiet);
    }

    /// Opens the value of a key or an item: noted, and put on the path.
    fn open(&mut self, step: Frame<'de>) {
        if let (Some(base), 0) = (self.untyped, self.skipping) {
            self.marks.push(Mark {
                depth: self.depth - base,
                step: step.clone(),
            });
        }
        self.path.push(step);
        self.skipped_at = None;
    }

    /// Closes it: off the path, a failure noted at the object or array if not inside it.
    /// Gives the step back, and whether the value was skipped as an unknown field's.
    fn close(&mut self, failed: bool) -> (Option<Frame<'de>>, bool) {
        let skipped = self.skipped_at == Some(self.path.len());
        let step = self.path.pop();
        if failed {
            self.failed_here();
        }
        (step, skipped)
    }

    /// Notes where the read failed, if no place closer to the cause was noted, and passes the
    /// error on.
    fn fail<E>(&mut self, error: E) -> E {
        self.failed_here();
        error
    }

    #[inline(never)]
    fn failed_here(&mut self) {
        if self.failed.is_none() {
            self.failed = Some(Spot::of(self.path.iter()).place);
        }
    }
}
