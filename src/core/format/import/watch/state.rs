//! What the watched read notes while it goes: where it is in the file (the path of keys and
//! positions), which keys it has seen, and what it found. Shared by the wrappers in
//! [`super::de`], [`super::access`] and [`super::visit`].

use std::borrow::Cow;
use std::ops::Range;

use crate::core::format::import::limits::{over_long, MAX_DEPTH};
use crate::core::format::problem::{Place, Segment};

/// A place in the file, with the position of each step for putting places in file order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spot {
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
pub(crate) struct Frame<'de> {
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
pub(crate) struct Mark<'de> {
    pub depth: usize,
    pub step: Frame<'de>,
}

/// What the wrappers share while the read goes on.
pub(super) struct Watch<'de> {
    pub(super) path: Vec<Frame<'de>>,
    /// Keys of the objects being read that are checked for repeats, innermost last (each
    /// object knows where its own begin). A struct's known fields are not among them: serde's
    /// derive refuses a field twice by itself.
    pub(super) keys: Vec<Cow<'de, str>>,
    pub(super) depth: usize,
    pub(super) sound: bool,
    pub(super) object: bool,
    /// Inside the value of an unknown field: read only to check it, nothing in it is reported.
    pub(super) skipping: usize,
    /// Inside a struct given as an array: read and checked, nothing in it is reported.
    pub(super) quiet: usize,
    /// The path length at which the last unknown field's value was skipped.
    pub(super) skipped_at: Option<usize>,
    /// Inside a value read without its type, which began at this depth: its keys are noted.
    pub(super) untyped: Option<usize>,
    pub(super) skipped: Vec<Spot>,
    pub(super) untyped_found: Vec<(Range<usize>, Range<usize>)>,
    pub(super) frames: Vec<Frame<'de>>,
    pub(super) marks: Vec<Mark<'de>>,
    pub(super) failed: Option<Place>,
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
    pub(super) fn check_text(&mut self, text: &str) {
        if over_long(text).is_some() {
            self.sound = false;
        }
    }

    /// Enters an object or array; false when it is one level too many (the read stops there,
    /// before any stack could run out: the slow way reports it). `quiet` for a struct given as
    /// an array.
    pub(super) fn open_level(&mut self, object: bool, quiet: bool) -> bool {
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
    pub(super) fn close_level(&mut self, keys: usize, quiet: bool) {
        self.keys.truncate(keys);
        self.depth -= 1;
        self.quiet -= usize::from(quiet);
    }

    /// Opens the value of a key or an item: noted, and put on the path.
    pub(super) fn open(&mut self, step: Frame<'de>) {
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
    pub(super) fn close(&mut self, failed: bool) -> (Option<Frame<'de>>, bool) {
        let skipped = self.skipped_at == Some(self.path.len());
        let step = self.path.pop();
        if failed {
            self.failed_here();
        }
        (step, skipped)
    }

    /// Notes where the read failed, if no place closer to the cause was noted, and passes the
    /// error on.
    pub(super) fn fail<E>(&mut self, error: E) -> E {
        self.failed_here();
        error
    }

    #[inline(never)]
    pub(super) fn failed_here(&mut self) {
        if self.failed.is_none() {
            self.failed = Some(Spot::of(self.path.iter()).place);
        }
    }
}
