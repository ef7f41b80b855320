//! How the watched read visits what serde_json hands it: texts are measured, and objects,
//! arrays and enums are read through the wrappers of [`super::access`], so that every key and
//! level is seen. serde's own visitor does the rest.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

use super::access::{Entries, Items, Variants};
use super::de::{Value, Wrapped};

macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.visitor.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrapped<'_, 'de, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    forward_visit!(
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
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.watch.check_text(v);
        self.visitor.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.watch.check_text(v);
        self.visitor.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.watch.check_text(&v);
        self.visitor.visit_string(v)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(Value::new(de, self.watch))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.visitor
            .visit_newtype_struct(Value::new(de, self.watch))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        let watch = self.watch;
        if !watch.open_level(false, self.fields) {
            return Err(de::Error::custom("too deep"));
        }
        let keys = watch.keys.len();
        let value = self.visitor.visit_seq(Items::new(seq, &mut *watch))?;
        watch.close_level(keys, self.fields);
        Ok(value)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        let watch = self.watch;
        if !watch.open_level(true, false) {
            return Err(de::Error::custom("too deep"));
        }
        let keys = watch.keys.len();
        let value = self
            .visitor
            .visit_map(Entries::new(map, &mut *watch, self.fields))?;
        watch.close_level(keys, false);
        Ok(value)
    }

    /// A word from a fixed set (`"behov"`), or serde_json's `{"behov": null}`. The plan's enums
    /// of that kind are leaves a few levels down, so the object form is not counted as a level.
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(Variants::new(data, self.watch))
    }
}
