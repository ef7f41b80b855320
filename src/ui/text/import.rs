//! Texts for import (filled in by the exchange work).

pub struct ImportTexts {
    pub title: &'static str,
}

pub const IMPORT_SV: ImportTexts = ImportTexts { title: "" };
