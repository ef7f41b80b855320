//! Texts of the plan view "Beslutsunderlag".

pub struct BriefTexts {
    pub intro: &'static str,
}

pub const BRIEF_SV: BriefTexts = BriefTexts { intro: "" };
