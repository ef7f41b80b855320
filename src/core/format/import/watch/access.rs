//! The wrapped ways into objects, arrays and enums: each key is captured as it is read, checked
//! for length and against the object's other keys, and kept on the path while its value is read.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::de::{ValueSeed, Wrapped};
use super::state::{Frame, Watch};

/// Above this many keys an object's repeats are found through a set rather than a scan.
const LINEAR_KEYS: usize = 32;

pub(super) struct Entries<'w, 'de, A> {
    inner: A,
    watch: &'w mut Watch<'de>,
    /// A struct's: only keys its type skips are checked for repeats (see [`Watch::keys`]).
    fields: bool,
    /// Where this object's keys begin in the shared list.
    start: usize,
    /// This object's keys, once there are many.
    set: Option<HashSet<Cow<'de, str>>>,
    index: usize,
    key: Option<Cow<'de, str>>,
}

impl<'w, 'de, A> Entries<'w, 'de, A> {
    pub fn new(inner: A, watch: &'w mut Watch<'de>, fields: bool) -> Self {
        Self {
            inner,
            fields,
            start: watch.keys.len(),
            watch,
            set: None,
            index: 0,
            key: None,
        }
    }

    /// Checks a key against the object's earlier ones.
    fn once(&mut self, key: Cow<'de, str>) {
        let twice = match &mut self.set {
            Some(set) => !set.insert(key),
            None => {
                let twice = self.watch.keys[self.start..].contains(&key);
                self.watch.keys.push(key);
                if self.watch.keys.len() - self.start > LINEAR_KEYS {
                    self.set = Some(self.watch.keys.drain(self.start..).collect());
                }
                twice
            }
        };
        if twice {
            self.watch.sound = false;
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Entries<'_, 'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let mut slot = None;
        let key = match self.inner.next_key_seed(Capture {
            seed,
            slot: &mut slot,
        }) {
            Ok(key) => key,
            // Placed at the key when it was read, as serde_path_to_error places it.
            Err(e) => {
                let frame = slot.map(|key| Frame {
                    key: Some(key),
                    index: self.index,
                });
                let pushed = frame.is_some();
                self.watch.path.extend(frame);
                let e = self.watch.fail(e);
                if pushed {
                    self.watch.path.pop();
                }
                return Err(e);
            }
        };
        if key.is_some() {
            // JSON keys are texts, so one is always captured; if not, the slow way decides.
            let name = slot.unwrap_or_else(|| {
                self.watch.sound = false;
                Cow::Borrowed("")
            });
            self.watch.check_text(&name);
            if !self.fields {
                self.once(name.clone());
            }
            self.key = Some(name);
        }
        Ok(key)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.watch.open(Frame {
            key: self.key.take(),
            index: self.index,
        });
        self.index += 1;
        let value = self.inner.next_value_seed(ValueSeed {
            seed,
            watch: &mut *self.watch,
        });
        let (step, skipped) = self.watch.close(value.is_err());
        let value = value?;
        if let (true, Some(key)) = (self.fields && skipped, step.and_then(|s| s.key)) {
            self.once(key);
        }
        Ok(value)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

pub(super) struct Items<'w, 'de, A> {
    inner: A,
    watch: &'w mut Watch<'de>,
    index: usize,
}

impl<'w, 'de, A> Items<'w, 'de, A> {
    pub fn new(inner: A, watch: &'w mut Watch<'de>) -> Self {
        Self {
            inner,
            watch,
            index: 0,
        }
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Items<'_, 'de, A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        let marks = self.watch.marks.len();
        self.watch.open(Frame {
            key: None,
            index: self.index,
        });
        let item = self.inner.next_element_seed(ValueSeed {
            seed,
            watch: &mut *self.watch,
        });
        self.watch.close(item.is_err());
        match item? {
            Some(item) => {
                self.index += 1;
                Ok(Some(item))
            }
            None => {
                // The end of the array, not an item.
                self.watch.marks.truncate(marks);
                Ok(None)
            }
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// An enum's variant. Its name is a text like any other; a value it carries is read through the
/// wrappers at the enum's own place (as serde_path_to_error places it, and as no key of it is
/// compared).
pub(super) struct Variants<'w, 'de, A> {
    inner: A,
    watch: &'w mut Watch<'de>,
}

impl<'w, 'de, A> Variants<'w, 'de, A> {
    pub fn new(inner: A, watch: &'w mut Watch<'de>) -> Self {
        Self { inner, watch }
    }
}

impl<'w, 'de, A: de::EnumAccess<'de>> de::EnumAccess<'de> for Variants<'w, 'de, A> {
    type Error = A::Error;
    type Variant = Variants<'w, 'de, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let mut slot = None;
        let read = self.inner.variant_seed(Capture {
            seed,
            slot: &mut slot,
        });
        let (value, inner) = read?;
        if let Some(name) = &slot {
            self.watch.check_text(name);
        }
        Ok((value, Variants::new(inner, self.watch)))
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Variants<'_, 'de, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.inner.newtype_variant_seed(ValueSeed {
            seed,
            watch: self.watch,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.inner
            .tuple_variant(len, Wrapped::new(visitor, self.watch))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.inner
            .struct_variant(fields, Wrapped::fields(visitor, self.watch))
    }
}

/// A seed for a key or a variant name that keeps the text it was read from (a number or a
/// truth value as its text, as serde_path_to_error keeps it).
struct Capture<'s, 'de, S> {
    seed: S,
    slot: &'s mut Option<Cow<'de, str>>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Capture<'_, 'de, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<S::Value, D::Error> {
        self.seed.deserialize(KeyDe {
            de,
            slot: self.slot,
        })
    }
}

struct KeyDe<'s, 'de, D> {
    de: D,
    slot: &'s mut Option<Cow<'de, str>>,
}

macro_rules! forward_key {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.de.$method($($arg,)* KeyVisitor { visitor, slot: self.slot })
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for KeyDe<'_, 'de, D> {
    type Error = D::Error;

    forward_key!(
        deserialize_any(),
        deserialize_bool(),
        deserialize_i8(),
        deserialize_i16(),
        deserialize_i32(),
        deserialize_i64(),
        deserialize_i128(),
        deserialize_u8(),
        deserialize_u16(),
        deserialize_u32(),
        deserialize_u64(),
        deserialize_u128(),
        deserialize_f32(),
        deserialize_f64(),
        deserialize_char(),
        deserialize_str(),
        deserialize_string(),
        deserialize_bytes(),
        deserialize_byte_buf(),
        deserialize_option(),
        deserialize_unit(),
        deserialize_unit_struct(name: &'static str),
        deserialize_newtype_struct(name: &'static str),
        deserialize_seq(),
        deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_map(),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
        deserialize_identifier(),
        deserialize_ignored_any(),
    );

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

struct KeyVisitor<'s, 'de, V> {
    visitor: V,
    slot: &'s mut Option<Cow<'de, str>>,
}

/// Visits that keep the value's text.
macro_rules! keep_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            *self.slot = Some(Cow::Owned(v.to_string()));
            self.visitor.$method(v)
        }
    )*};
}

/// Visits handed on as they are.
macro_rules! pass_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.visitor.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for KeyVisitor<'_, 'de, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    keep_visit!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_str(&str),
    );

    pass_visit!(
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        *self.slot = Some(Cow::Borrowed(v));
        self.visitor.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        *self.slot = Some(Cow::Owned(v.clone()));
        self.visitor.visit_string(v)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(de)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(de)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(map)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(data)
    }
}
