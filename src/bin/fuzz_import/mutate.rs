//! The fuzz driver's inputs: random bytes, byte-level damage to real files (truncation, flipped,
//! inserted, deleted and repeated bytes), and JSON-aware mutations (numbers at their limits,
//! values of the wrong type, duplicated keys, deep nesting, huge strings, unknown and missing
//! fields, odd format versions). No crate is needed for this: a small generator is enough and
//! keeps every run reproducible from its seed.

use serde_json::{Map, Value};

/// SplitMix64: fast, and reproducible from one seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Which generator made an input, to report how many of each ran.
#[derive(Clone, Copy)]
pub enum Kind {
    RandomBytes,
    ByteDamage,
    Truncated,
    ValueMutation,
    DuplicateKey,
    DeepNesting,
}

impl Kind {
    pub const COUNT: usize = 6;
    pub const ALL: [Kind; Kind::COUNT] = [
        Kind::RandomBytes,
        Kind::ByteDamage,
        Kind::Truncated,
        Kind::ValueMutation,
        Kind::DuplicateKey,
        Kind::DeepNesting,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::RandomBytes => "random bytes",
            Kind::ByteDamage => "bytes flipped/inserted/deleted",
            Kind::Truncated => "truncated file",
            Kind::ValueMutation => "values: type, limits, fields",
            Kind::DuplicateKey => "duplicated keys",
            Kind::DeepNesting => "deep nesting",
        }
    }
}

/// Stands in for a value in a serialised tree, to be replaced by raw text (invalid JSON trees).
const MARK: &str = "\u{1}FUZZ\u{1}";

pub struct Mutator {
    rng: Rng,
    seeds: Vec<Vec<u8>>,
    trees: Vec<Value>,
}

impl Mutator {
    pub fn new(rng: Rng, seeds: Vec<Vec<u8>>) -> Self {
        let trees = seeds
            .iter()
            .filter_map(|s| serde_json::from_slice(s).ok())
            .collect();
        Self { rng, seeds, trees }
    }

    pub fn next_input(&mut self) -> (Kind, Vec<u8>) {
        let kind = *self.rng.pick(&Kind::ALL);
        let input = match kind {
            Kind::RandomBytes => self.random_bytes(),
            Kind::ByteDamage => self.byte_damage(),
            Kind::Truncated => {
                let seed = self.rng.pick(&self.seeds).clone();
                let at = self.rng.below(seed.len() + 1);
                seed[..at].to_vec()
            }
            Kind::ValueMutation => self.value_mutation(),
            Kind::DuplicateKey => self.with_raw(duplicate_key),
            Kind::DeepNesting => self.with_raw(|rng, _| {
                let depth = 10 + rng.below(3000);
                let (open, close) = if rng.below(2) == 0 {
                    ("[", "]")
                } else {
                    ("{\"a\":", "}")
                };
                format!("{}1{}", open.repeat(depth), close.repeat(depth))
            }),
        };
        (kind, input)
    }

    fn random_bytes(&mut self) -> Vec<u8> {
        let len = self.rng.below(512);
        let mut out: Vec<u8> = if self.rng.below(2) == 0 {
            br#"{"format":"beredning-plan","format_version":2,"plan":"#.to_vec()
        } else {
            Vec::new()
        };
        out.extend((0..len).map(|_| self.rng.next() as u8));
        out
    }

    fn byte_damage(&mut self) -> Vec<u8> {
        let mut out = self.rng.pick(&self.seeds).clone();
        for _ in 0..1 + self.rng.below(8) {
            let at = self.rng.below(out.len() + 1);
            match self.rng.below(4) {
                0 if at < out.len() => out[at] ^= 1 << self.rng.below(8),
                1 => out.insert(at, *self.rng.pick(b"{}[]\":,0-9.eE\\ tfn\xC3\xA5\xFF")),
                2 => {
                    let end = (at + self.rng.below(64)).min(out.len());
                    out.drain(at..end);
                }
                _ => {
                    let end = (at + self.rng.below(64)).min(out.len());
                    let piece = out[at..end].to_vec();
                    out.splice(at..at, piece);
                }
            }
        }
        out
    }

    fn value_mutation(&mut self) -> Vec<u8> {
        let mut tree = self.rng.pick(&self.trees).clone();
        for _ in 0..1 + self.rng.below(4) {
            let rng = &mut self.rng;
            if rng.below(6) == 0 {
                let version = odd_scalar(rng);
                if let Some(obj) = tree.as_object_mut() {
                    obj.insert("format_version".into(), version);
                }
                continue;
            }
            let node = random_node(rng, &mut tree);
            mutate_value(rng, node);
        }
        serde_json::to_vec(&tree).unwrap_or_default()
    }

    /// A seed tree with one node replaced by raw text that no `Value` can hold.
    fn with_raw(&mut self, raw: impl FnOnce(&mut Rng, &Value) -> String) -> Vec<u8> {
        let mut tree = self.rng.pick(&self.trees).clone();
        let node = random_node(&mut self.rng, &mut tree);
        let text = raw(&mut self.rng, node);
        *node = Value::from(MARK);
        let mark = serde_json::to_string(MARK).unwrap_or_default();
        serde_json::to_string(&tree)
            .unwrap_or_default()
            .replacen(&mark, &text, 1)
            .into_bytes()
    }
}

/// A node reached by a random walk from the root (the root itself sometimes). The way is chosen
/// on a shared borrow and then followed, since a mutable walk cannot stop and return early.
fn random_node<'a>(rng: &mut Rng, root: &'a mut Value) -> &'a mut Value {
    let mut way = Vec::new();
    let mut node = &*root;
    for _ in 0..rng.below(12) {
        let len = match node {
            Value::Object(map) => map.len(),
            Value::Array(items) => items.len(),
            _ => 0,
        };
        if len == 0 {
            break;
        }
        let at = rng.below(len);
        way.push(at);
        node = match node {
            Value::Object(map) => map.values().nth(at).unwrap_or(node),
            Value::Array(items) => &items[at],
            _ => node,
        };
    }
    way.into_iter().fold(root, |node, at| {
        if !node.is_object() && !node.is_array() {
            return node;
        }
        match node {
            Value::Object(map) => map.values_mut().nth(at).expect("chosen from this map"),
            Value::Array(items) => &mut items[at],
            other => other,
        }
    })
}

fn mutate_value(rng: &mut Rng, node: &mut Value) {
    match rng.below(6) {
        0 => *node = odd_scalar(rng),
        1 => *node = Value::Array(vec![node.take()]),
        2 => {
            if let Value::Object(map) = node {
                let key = map.keys().nth(rng.below(map.len())).cloned();
                if let Some(key) = key {
                    map.remove(&key);
                }
            }
        }
        3 => {
            if let Value::Object(map) = node {
                map.insert(format!("okänt_fält_{}", rng.below(100)), odd_scalar(rng));
            }
        }
        4 => *node = Value::Object(Map::new()),
        _ => *node = Value::from("x".repeat(*rng.pick(&[0, 1, 9_999, 10_000, 10_001, 200_000]))),
    }
}

/// A value at the edge of what a field can hold, of any type.
fn odd_scalar(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => Value::from(rng.below(2) == 0),
        2 => Value::from(u64::MAX),
        3 => Value::from(i64::MIN),
        4 => Value::from(-1),
        5 => Value::from(0),
        6 => Value::from(1.5e308),
        7 => Value::from(-0.000_001),
        8 => Value::from(rng.below(10) as u64),
        9 => Value::from(""),
        10 => Value::from("2"),
        _ => Value::from("\u{0}\u{feff}å\u{10ffff}"),
    }
}

/// An object that names one of the node's keys twice (or a new key twice), as raw text.
fn duplicate_key(rng: &mut Rng, node: &Value) -> String {
    let mut entries: Vec<String> = match node {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{}:{}", Value::from(k.as_str()), v))
            .collect(),
        _ => Vec::new(),
    };
    let twice = match entries.get(rng.below(entries.len().max(1))) {
        Some(entry) => entry.clone(),
        None => "\"id\":\"a\"".to_string(),
    };
    let at = rng.below(entries.len() + 1);
    entries.insert(at, twice);
    format!("{{{}}}", entries.join(","))
}
