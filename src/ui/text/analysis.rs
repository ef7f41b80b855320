//! Texts of the walkthrough's analysis step: goals, benefits, costs, risks, readiness.

pub struct AnalysisTexts {
    pub section_links: &'static str,
}

pub const ANALYSIS_SV: AnalysisTexts = AnalysisTexts {
    section_links: "Koppling till mål",
};
