//! The wrapped deserializer for one value, and the wrapped visitor that sees what it holds.
//! Everything is handed on to serde_json unchanged, except the value of an unknown field, which
//! serde_json would skip unread and is instead read through, to check what it holds. An error
//! is passed on as it is, its place noted where it leaves the value it arose in ([`ValueSeed`]):
//! the innermost value, as serde_path_to_error places it.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, Visitor};

use super::state::{Spot, Watch};

/// One value of the file, read by whatever type asks for it.
pub(super) struct Value<'w, 'de, D> {
    de: D,
    watch: &'w mut Watch<'de>,
}

impl<'w, 'de, D> Value<'w, 'de, D> {
    pub(super) fn new(de: D, watch: &'w mut Watch<'de>) -> Self {
        Self { de, watch }
    }
}

/// A seed whose value is read through [`Value`].
pub(super) struct ValueSeed<'w, 'de, S> {
    pub seed: S,
    pub watch: &'w mut Watch<'de>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ValueSeed<'_, 'de, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<S::Value, D::Error> {
        let watch = self.watch;
        let value = self.seed.deserialize(Value::new(de, &mut *watch));
        // Whatever failed inside this value, or in it after the wrappers were left (a tagged
        // enum's fields), fails here unless a value inside it was noted first.
        value.map_err(|e| watch.fail(e))
    }
}

macro_rules! forward_deserialize {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.de.$method($($arg,)* Wrapped::new(visitor, self.watch))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Value<'_, 'de, D> {
    type Error = D::Error;

    forward_deserialize!(
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
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
        deserialize_identifier(),
    );

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let visitor = Wrapped::fields(visitor, self.watch);
        self.de.deserialize_struct(name, fields, visitor)
    }

    /// A type asks for any value only to buffer it (an internally tagged enum, whose fields are
    /// then taken from the buffer where no wrapper sees them): its keys are noted instead, to
    /// be compared with the typed value afterwards.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let watch = self.watch;
        if watch.untyped.is_some() || watch.skipping > 0 || watch.quiet > 0 {
            return self.de.deserialize_any(Wrapped::new(visitor, watch));
        }
        let marks = watch.marks.len();
        watch.untyped = Some(watch.depth);
        let value = self.de.deserialize_any(Wrapped::new(visitor, &mut *watch));
        watch.untyped = None;
        let value = value?;
        if watch.marks.len() > marks {
            let Watch { path, frames, .. } = &mut *watch;
            let start = frames.len();
            frames.extend(path.iter().cloned());
            let found = (start..frames.len(), marks..watch.marks.len());
            watch.untyped_found.push(found);
        }
        Ok(value)
    }

    /// Only serde's derive skips values, and only those of keys its struct does not have.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let watch = self.watch;
        if watch.skipping == 0 && watch.untyped.is_none() && watch.quiet == 0 {
            watch.skipped.push(Spot::of(watch.path.iter()));
        }
        watch.skipping += 1;
        let read = self
            .de
            .deserialize_any(Wrapped::new(IgnoredAny, &mut *watch));
        watch.skipping -= 1;
        read?;
        watch.skipped_at = Some(watch.path.len());
        visitor.visit_unit()
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

/// A visitor whose texts are measured and whose objects, arrays and enums are read through the
/// wrappers.
pub(super) struct Wrapped<'w, 'de, V> {
    pub(super) visitor: V,
    pub(super) watch: &'w mut Watch<'de>,
    /// A struct is asked for: given as an array (serde takes the fields in order), its fields
    /// have no keys, and nothing in it is reported as unknown (as no key of it is compared).
    pub(super) fields: bool,
}

impl<'w, 'de, V> Wrapped<'w, 'de, V> {
    pub(super) fn new(visitor: V, watch: &'w mut Watch<'de>) -> Self {
        Self {
            visitor,
            watch,
            fields: false,
        }
    }

    pub(super) fn fields(visitor: V, watch: &'w mut Watch<'de>) -> Self {
        Self {
            visitor,
            watch,
            fields: true,
        }
    }
}
