//! The serializer that lays a typed value over the file's skeleton. Scalars are ignored; structs
//! match their fields to the file's keys; lists match by position; maps accept every key.

use std::fmt;

use serde::ser::{self, Serialize};

use super::{Entries, Frame, Walker};
use crate::core::exchange::import::shape::Node;

#[derive(Debug)]
pub(super) struct Never;

impl fmt::Display for Never {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("stopped")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Never
    }
}

/// What a value the file lacks is laid over: it has no keys to compare.
static LEAF: Node<'static> = Node::Leaf;

/// Serialises a typed value over the file's node for it.
pub(super) struct Lay<'a, 'n> {
    pub node: &'n Node<'n>,
    pub walk: &'a mut Walker<'n>,
}

impl<'a, 'n> Lay<'a, 'n> {
    fn object(self) -> Fields<'a, 'n> {
        let entries: &'n Entries<'n> = match self.node {
            Node::Object(entries) => entries,
            _ => &[],
        };
        Fields {
            entries,
            seen: vec![false; entries.len()],
            walk: self.walk,
        }
    }

    fn list(self) -> Items<'a, 'n> {
        let items: &'n [Node<'n>] = match self.node {
            Node::Array(items) => items,
            _ => &[],
        };
        Items {
            items,
            next: 0,
            walk: self.walk,
        }
    }

    fn child(self, key: &str) -> Lay<'a, 'n> {
        let node = match self.node {
            Node::Object(entries) => entries
                .iter()
                .find(|(k, _)| k == key)
                .map_or(&LEAF, |(_, n)| n),
            _ => &LEAF,
        };
        Lay {
            node,
            walk: self.walk,
        }
    }
}

/// A struct: each field written is matched to the file's key; the keys left over are unknown.
pub(super) struct Fields<'a, 'n> {
    entries: &'n Entries<'n>,
    seen: Vec<bool>,
    walk: &'a mut Walker<'n>,
}

impl<'n> Fields<'_, 'n> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        let mut first = None;
        for (index, (k, _)) in self.entries.iter().enumerate() {
            if k == key {
                self.seen[index] = true;
                first.get_or_insert(index);
            }
        }
        if let Some(index) = first {
            let (k, node) = &self.entries[index];
            let frame = Frame {
                key: Some(k),
                index,
            };
            self.walk.within(frame, node, value);
        }
    }

    fn finish(self) {
        for (index, (key, _)) in self.entries.iter().enumerate() {
            if !self.seen[index] {
                self.walk.unknown(key, index);
            }
        }
    }
}

/// A list: items are matched by position.
pub(super) struct Items<'a, 'n> {
    items: &'n [Node<'n>],
    next: usize,
    walk: &'a mut Walker<'n>,
}

impl Items<'_, '_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) {
        if let Some(node) = self.items.get(self.next) {
            let frame = Frame {
                key: None,
                index: self.next,
            };
            self.walk.within(frame, node, value);
        }
        self.next += 1;
    }
}

/// A map such as the scores: any key is an entry, never an unknown field; values are walked.
pub(super) struct MapEntries<'a, 'n> {
    entries: &'n Entries<'n>,
    pending: Option<usize>,
    walk: &'a mut Walker<'n>,
}

macro_rules! leaves {
    ($($method:ident($($ty:ty)?)),* $(,)?) => {
        $(fn $method(self $(, _: $ty)?) -> Result<Self::Ok, Self::Error> { Ok(Default::default()) })*
    };
}

impl<'a, 'n> ser::Serializer for Lay<'a, 'n> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Items<'a, 'n>;
    type SerializeTuple = Items<'a, 'n>;
    type SerializeTupleStruct = Items<'a, 'n>;
    type SerializeTupleVariant = Items<'a, 'n>;
    type SerializeMap = MapEntries<'a, 'n>;
    type SerializeStruct = Fields<'a, 'n>;
    type SerializeStructVariant = Fields<'a, 'n>;

    leaves!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Never> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self.child(variant))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a, 'n>, Never> {
        Ok(self.list())
    }

    fn serialize_tuple(self, _: usize) -> Result<Items<'a, 'n>, Never> {
        Ok(self.list())
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Items<'a, 'n>, Never> {
        Ok(self.list())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a, 'n>, Never> {
        Ok(self.child(variant).list())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<MapEntries<'a, 'n>, Never> {
        let entries: &'n Entries<'n> = match self.node {
            Node::Object(entries) => entries,
            _ => &[],
        };
        Ok(MapEntries {
            entries,
            pending: None,
            walk: self.walk,
        })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a, 'n>, Never> {
        Ok(self.object())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Fields<'a, 'n>, Never> {
        Ok(self.child(variant).object())
    }
}

impl ser::SerializeStruct for Fields<'_, '_> {
    type Ok = ();
    type Error = Never;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        self.field(key, value);
        Ok(())
    }

    fn end(self) -> Result<(), Never> {
        self.finish();
        Ok(())
    }
}

impl ser::SerializeStructVariant for Fields<'_, '_> {
    type Ok = ();
    type Error = Never;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        self.field(key, value);
        Ok(())
    }

    fn end(self) -> Result<(), Never> {
        self.finish();
        Ok(())
    }
}

macro_rules! item_impls {
    ($($trait:ident::$method:ident),*) => {
        $(impl ser::$trait for Items<'_, '_> {
            type Ok = ();
            type Error = Never;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
                self.item(value);
                Ok(())
            }

            fn end(self) -> Result<(), Never> {
                Ok(())
            }
        })*
    };
}

item_impls!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for MapEntries<'_, '_> {
    type Ok = ();
    type Error = Never;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Never> {
        // The plan's maps have text keys, a handful per initiative: copying them is cheap.
        self.pending = match serde_json::to_value(key) {
            Ok(serde_json::Value::String(key)) => self.entries.iter().position(|(k, _)| *k == key),
            _ => None,
        };
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        if let Some(index) = self.pending.take() {
            let (k, node) = &self.entries[index];
            let frame = Frame {
                key: Some(k),
                index,
            };
            self.walk.within(frame, node, value);
        }
        Ok(())
    }

    fn end(self) -> Result<(), Never> {
        Ok(())
    }
}
