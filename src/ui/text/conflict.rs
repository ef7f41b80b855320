//! The texts for a plan changed in two tabs at once.

pub struct ConflictTexts {
    pub heading: &'static str,
    pub explain: fn(&str) -> String,
    pub keep_both: &'static str,
    pub keep_mine: &'static str,
    pub take_theirs: &'static str,
    /// Opens the import's merge view: this tab's version is "Din version", the other tab's
    /// "Deras version".
    pub merge: &'static str,
    pub copy_name: fn(&str) -> String,
    pub kept_both: fn(&str) -> String,
    pub kept_mine: &'static str,
    pub took_theirs: &'static str,
    pub undo: &'static str,
    pub undone: &'static str,
    pub save_status: &'static str,
}

pub static CONFLICT_SV: ConflictTexts = ConflictTexts {
    heading: "Planen ändrades i en annan flik",
    explain: |name| {
        format!(
        "Både den här fliken och en annan flik har ändrat ”{name}”. Inget har skrivits över: välj vilken version som ska gälla. Den här flikens version visas tills du har valt."
    )
    },
    keep_both: "Behåll båda (den här flikens version som kopia)",
    keep_mine: "Skriv över med den här flikens version",
    take_theirs: "Ta den andra flikens version",
    merge: "Slå samman versionerna (välj per initiativ)",
    copy_name: |name| format!("{name} (version från annan flik)"),
    kept_both: |copy| {
        format!("Båda versionerna finns kvar; den här flikens version heter nu ”{copy}”.")
    },
    kept_mine: "Den här flikens version sparades.",
    took_theirs: "Den andra flikens version visas nu.",
    undo: "Ångra",
    undone: "Den här flikens version är tillbaka och sparades.",
    save_status: "Krock med en annan flik – välj version",
};
