//! Texts of the plan view "Uppföljning".

pub struct FollowUpTexts {
    pub intro: &'static str,
}

pub const FOLLOWUP_SV: FollowUpTexts = FollowUpTexts { intro: "" };
