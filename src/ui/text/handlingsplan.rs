//! Texts of the plan view "Handlingsplan".

pub struct HandlingsplanTexts {
    pub intro: &'static str,
}

pub const HANDLINGSPLAN_SV: HandlingsplanTexts = HandlingsplanTexts { intro: "" };
