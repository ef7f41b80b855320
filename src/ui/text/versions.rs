//! Texts of the plan's fastställda versions: the version in force, the form that records a
//! decision, and the list of versions (docs/domain.md §6).

use crate::core::workflow::versions::VersionError;

pub struct VersionTexts {
    pub heading: &'static str,
    pub none: &'static str,
    /// Date, forum and reference (empty when none was recorded).
    pub in_force: fn(&str, &str, &str) -> String,
    /// One version in the list: date, forum and reference.
    pub decided: fn(&str, &str, &str) -> String,
    pub changed: &'static str,
    pub unchanged: &'static str,
    /// The link to the view that lists what changed.
    pub show_changes: &'static str,
    pub form_heading: &'static str,
    pub form_intro: &'static str,
    pub decided_on: &'static str,
    pub decided_on_hint: &'static str,
    pub forum: &'static str,
    pub forum_hint: &'static str,
    pub reference: &'static str,
    pub note: &'static str,
    pub submit: &'static str,
    /// Date and forum of the version just recorded.
    pub recorded: fn(&str, &str) -> String,
    pub list_heading: &'static str,
    /// How many initiatives the version holds.
    pub initiatives: fn(usize) -> String,
    /// What the plan and what its versions take in the browser's storage, in MB.
    pub space: fn(f64, f64) -> String,
    /// A version that could not be read back from storage: its date, its forum, and whether
    /// it is missing altogether (rather than damaged).
    pub broken: fn(&str, &str, bool) -> String,
    pub remove: &'static str,
    /// Date and forum of the version to remove.
    pub confirm_remove: fn(&str) -> String,
    pub confirm_body: &'static str,
    /// The removed version, as "date forum".
    pub removed: fn(&str) -> String,
    /// Why a decision could not be recorded, tied to its field.
    pub date_missing: &'static str,
    pub date_invalid: &'static str,
    pub date_in_future: &'static str,
    pub forum_missing: &'static str,
}

impl VersionTexts {
    pub fn error(&self, error: VersionError) -> &'static str {
        match error {
            VersionError::DateMissing => self.date_missing,
            VersionError::DateInvalid => self.date_invalid,
            VersionError::DateInFuture => self.date_in_future,
            VersionError::ForumMissing => self.forum_missing,
        }
    }
}

pub static VERSIONS_SV: VersionTexts = VersionTexts {
    heading: "Fastställda versioner",
    none: "Planen har ännu ingen fastställd version.",
    in_force: |date, forum, reference| {
        format!("Gällande version: {}", decided_by(date, forum, reference))
    },
    decided: |date, forum, reference| {
        let text = decided_by(date, forum, reference);
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    },
    changed: "Planen har ändringar sedan den gällande versionen.",
    unchanged: "Inga ändringar sedan den gällande versionen.",
    show_changes: "Visa ändringarna",
    form_heading: "Fastställ planen",
    form_intro: "Registrera beslutet. Planen sparas som den är nu och kan inte ändras i efterhand.",
    decided_on: "Beslutsdatum",
    decided_on_hint: "ÅÅÅÅ-MM-DD",
    forum: "Beslutande forum",
    forum_hint: "Till exempel Kommunstyrelsen eller Regionstyrelsen.",
    reference: "Beslutsreferens (valfri)",
    note: "Anteckning (valfri)",
    submit: "Fastställ",
    recorded: |date, forum| format!("Planen är fastställd {date} av {forum}."),
    list_heading: "Alla fastställda versioner",
    initiatives: |n| format!("Initiativ i versionen ({n})"),
    space: |plan, versions| {
        format!(
            "Planen tar {} MB och versionerna {} MB av webbläsarens lagring.",
            megabytes(plan),
            megabytes(versions)
        )
    },
    broken: |date, forum, missing| {
        let why = if missing { "saknas" } else { "är skadad" };
        format!(
            "Versionen fastställd {date} av {forum} kunde inte läsas: den {why} i webbläsarens lagring. Planen i övrigt går att använda, och det som finns sparat av versionen lämnas orört. Finns versionen i en exporterad fil kan du importera den filen."
        )
    },
    remove: "Ta bort version",
    confirm_remove: |name| format!("Ta bort versionen {name}?"),
    confirm_body: "Versionen och dess innehåll tas bort ur planen. Du kan ångra direkt efteråt.",
    removed: |name| format!("Versionen {name} togs bort."),
    date_missing: "Skriv datumet då planen fastställdes.",
    date_invalid: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-05-12.",
    date_in_future: "Datumet kan inte vara senare än i dag.",
    forum_missing: "Skriv vem som fastställde planen, till exempel Kommunstyrelsen.",
};

/// Megabytes with two decimals below 0,1 MB, so a small plan does not read as nothing.
fn megabytes(mb: f64) -> String {
    crate::core::calc::numfmt::decimal(mb, if mb < 0.1 { 2 } else { 1 })
}

fn decided_by(date: &str, forum: &str, reference: &str) -> String {
    if reference.is_empty() {
        format!("fastställd {date} av {forum}.")
    } else {
        format!("fastställd {date} av {forum}, {reference}.")
    }
}
