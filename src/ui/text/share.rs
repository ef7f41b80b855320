//! Texts for share (filled in by the exchange work).

pub struct ShareTexts {
    pub title: &'static str,
}

pub const SHARE_SV: ShareTexts = ShareTexts { title: "" };
