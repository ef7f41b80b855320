//! Fields the app does not know. The typed plan is serialised over the file's skeleton (from the
//! shape pass): every key the file has that the plan does not write back was not kept. This sees
//! inside the benefit classes too, where serde's own ignored-field hooks cannot, and builds no
//! JSON tree: only the keys are compared.

mod lay;

use serde::Serialize;

use super::shape::Node;
use super::Collector;
use crate::core::exchange::problem::{Place, Problem, ProblemKind, Segment};
use crate::core::format::Envelope;

/// The envelope's own fields; `exported` is omitted when empty, so they are listed, not derived.
const ENVELOPE_FIELDS: [&str; 5] = [
    "format",
    "format_version",
    "app_version",
    "exported",
    "plan",
];

type Entries<'n> = [(std::borrow::Cow<'n, str>, Node<'n>)];

/// One step down the file: the key (none for a list item) and the position in the file.
#[derive(Clone, Copy)]
struct Frame<'n> {
    key: Option<&'n str>,
    index: usize,
}

#[derive(Default)]
struct Walker<'n> {
    path: Vec<Frame<'n>>,
    /// Unknown fields with their positions, to be sorted into file order.
    found: Vec<(Vec<usize>, Place)>,
}

impl<'n> Walker<'n> {
    fn unknown(&mut self, key: &'n str, index: usize) {
        self.path.push(Frame {
            key: Some(key),
            index,
        });
        let order = self.path.iter().map(|f| f.index).collect();
        let place = Place(
            self.path
                .iter()
                .map(|f| match f.key {
                    Some(k) => Segment::Field(k.to_string()),
                    None => Segment::Index(f.index),
                })
                .collect(),
        );
        self.path.pop();
        self.found.push((order, place));
    }

    fn within<T: Serialize + ?Sized>(&mut self, frame: Frame<'n>, node: &'n Node<'n>, value: &T) {
        self.path.push(frame);
        // The walk never fails; a failure could only cut the report short.
        let _ = value.serialize(lay::Lay { node, walk: self });
        self.path.pop();
    }
}

/// Reports every key in `root` that the typed `envelope` does not carry, in file order.
pub(super) fn report<'n>(root: &'n Node<'n>, envelope: &Envelope, out: &mut Collector) {
    let Node::Object(entries) = root else {
        return;
    };
    let mut walk = Walker::default();
    for (index, (key, node)) in entries.iter().enumerate() {
        if key == "plan" {
            let frame = Frame {
                key: Some(key),
                index,
            };
            walk.within(frame, node, &envelope.plan);
        } else if !ENVELOPE_FIELDS.contains(&key.as_ref()) {
            walk.unknown(key, index);
        }
    }
    let mut found = walk.found;
    found.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, place) in found {
        let field = place.last_field().unwrap_or_default().to_string();
        out.push(Problem::new(place, ProblemKind::UnknownField { field }));
    }
}
