//! Texts for import messages (filled in by the exchange work).

pub struct ImportMessagesTexts {
    pub title: &'static str,
}

pub const IMPORT_MESSAGES_SV: ImportMessagesTexts = ImportMessagesTexts { title: "" };
