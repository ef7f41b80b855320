//! Texts of the plan view "Prioriteringslista".

pub struct ListTexts {
    pub intro: &'static str,
}

pub const LIST_SV: ListTexts = ListTexts { intro: "" };
