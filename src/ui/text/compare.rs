//! Texts for compare (filled in by the exchange work).

pub struct CompareTexts {
    pub title: &'static str,
}

pub const COMPARE_SV: CompareTexts = CompareTexts { title: "" };
