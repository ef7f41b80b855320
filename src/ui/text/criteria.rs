//! The plan's prioritisation criteria as edited on the plan's overview: names, the rubric text
//! of each level, and removal with undo.

use crate::core::model::criterion_edit::CriterionError;

pub struct CriteriaTexts {
    /// The criterion's name.
    pub legend: fn(&str) -> String,
    /// The criterion's name.
    pub rubric_legend: fn(&str) -> String,
    pub rubric_hint: &'static str,
    /// The level, 1–5.
    pub rubric_label: fn(usize) -> String,
    pub empty_name: &'static str,
    pub duplicate_name: &'static str,
    pub empty_rubric: &'static str,
    pub gone: &'static str,
    /// The criterion's name.
    pub confirm_title: fn(&str) -> String,
    /// How many initiatives have a rating on the criterion.
    pub ratings: fn(usize) -> String,
    /// The criterion's name.
    pub confirm_remove: fn(&str) -> String,
    /// The criterion's name.
    pub removed: fn(&str) -> String,
    /// The criterion's name.
    pub added: fn(&str) -> String,
}

pub const CRITERIA_SV: CriteriaTexts = CriteriaTexts {
    legend: |name| format!("Kriterium: {name}"),
    rubric_legend: |name| format!("Vad varje bedömning betyder för {name}"),
    rubric_hint: "Texterna visas vid varje nivå när ett initiativ bedöms.",
    rubric_label: |level| format!("Bedömning {level}"),
    empty_name: "Skriv ett namn på kriteriet.",
    duplicate_name: "Planen har redan ett kriterium med det namnet.",
    empty_rubric: "Skriv vad bedömningen betyder.",
    gone: "Kriteriet finns inte längre i planen.",
    confirm_title: |name| format!("Ta bort kriteriet ”{name}”?"),
    ratings: |n| {
        match n {
        0 => "Inget initiativ har en bedömning på kriteriet.".to_string(),
        1 => "1 initiativ har en bedömning på kriteriet. Den tas bort med kriteriet, och initiativets viktade poäng räknas om.".to_string(),
        n => format!("{n} initiativ har en bedömning på kriteriet. De tas bort med kriteriet, och initiativens viktade poäng räknas om."),
    }
    },
    confirm_remove: |name| format!("Ja, ta bort kriteriet ”{name}”"),
    removed: |name| format!("Kriteriet ”{name}” togs bort."),
    added: |name| format!("Kriteriet ”{name}” lades till."),
};

impl CriteriaTexts {
    pub fn error(&self, error: CriterionError) -> &'static str {
        match error {
            CriterionError::EmptyName => self.empty_name,
            CriterionError::DuplicateName => self.duplicate_name,
            CriterionError::EmptyRubric => self.empty_rubric,
            CriterionError::NoSuchLevel | CriterionError::NoSuchCriterion => self.gone,
        }
    }
}
