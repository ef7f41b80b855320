//! Texts for importing a plan file: the picker on the plan list, the problems, the preview, the
//! merge step and the notices afterwards.

use crate::core::format::merge::MergeSummary;

pub struct ImportTexts {
    pub title: &'static str,
    // The picker on the plan list.
    pub section_title: &'static str,
    pub section_intro: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub drop_zone_label: &'static str,
    pub drop_idle: &'static str,
    pub drop_active: &'static str,
    pub reading: &'static str,
    pub read_failed: &'static str,
    pub no_file_dropped: &'static str,

    // #/importera without a file.
    pub nothing_title: &'static str,
    pub nothing_body: &'static str,

    // A refused file.
    pub problems_title: &'static str,
    pub file_name: &'static str,
    pub problems_intro: &'static str,
    pub nothing_changed: &'static str,

    // The preview.
    pub preview_title: &'static str,
    pub preview_intro: &'static str,
    pub preview_caption: &'static str,
    pub row_name: &'static str,
    pub row_organisation: &'static str,
    pub row_period: &'static str,
    pub row_exported: &'static str,
    pub row_versions: &'static str,
    pub row_initiatives: &'static str,
    pub row_activities: &'static str,
    pub row_goals: &'static str,
    pub not_exported: &'static str,
    /// The version of Beredning that wrote the file, and the file format's version now.
    pub versions: fn(&str, u32) -> String,
    /// The format version the file was migrated from.
    pub migrated: fn(u32) -> String,
    pub warnings_title: &'static str,
    pub warnings_intro: &'static str,
    /// The name of the user's plan whose parameters differ.
    pub params_differ: fn(&str) -> String,
    pub mode_legend: &'static str,
    pub mode_new: &'static str,
    pub mode_merge: &'static str,
    pub merge_target: &'static str,
    pub merge_no_plans: &'static str,
    pub id_taken: &'static str,
    pub name_taken: &'static str,
    pub submit: &'static str,
    pub cancel: &'static str,

    // The merge step.
    /// The name of the plan merged into.
    pub merge_title: fn(&str) -> String,
    /// Initiatives added, identical, in conflict.
    pub merge_counts: fn(usize, usize, usize) -> String,
    pub added_title: &'static str,
    pub goals_missing_title: &'static str,
    pub unknown_criteria_title: &'static str,
    pub unknown_criteria_intro: &'static str,
    pub copy_suffix: &'static str,
    pub conflicts_title: &'static str,
    pub conflicts_intro: &'static str,
    pub no_conflicts: &'static str,
    pub mine: &'static str,
    pub theirs: &'static str,
    pub keep_mine: &'static str,
    pub take_theirs: &'static str,
    pub keep_both: &'static str,
    /// What the merge will do, as the user has chosen so far.
    pub merge_outcome: fn(&MergeSummary) -> String,
    pub merge_submit: &'static str,
    pub merge_back: &'static str,
    pub target_gone: &'static str,

    // Notices after the import.
    pub imported_notice: &'static str,
    pub imported_new_id: &'static str,
    pub imported_same_name: &'static str,
    pub compare_link: &'static str,
    pub merged_notice: &'static str,
    /// What the merge did.
    pub merged_counts: fn(&MergeSummary) -> String,
    pub undo_merge: &'static str,
    pub merge_undone: &'static str,
}

pub const IMPORT_SV: ImportTexts = ImportTexts {
    title: "Importera en plan",
    section_title: "Importera en plan",
    section_intro: "Har en annan kommun eller region delat en plan med dig, eller har du fått ett förslag som fil? Välj filen här. Du ser vad den innehåller innan något sparas.",
    file_label: "Planfil (JSON, högst 10 MB)",
    file_hint: "Filen kontrolleras först. Filer större än 10 MB tas inte emot.",
    drop_zone_label: "Släpp en planfil här",
    drop_idle: "Du kan också dra en planfil hit och släppa den.",
    drop_active: "Släpp filen nu för att importera den.",
    reading: "Läser filen…",
    read_failed: "Filen kunde inte läsas. Försök igen eller välj filen på nytt.",
    no_file_dropped: "Det du släppte var ingen fil. Dra en planfil (JSON) hit.",

    nothing_title: "Ingen fil att importera",
    nothing_body: "Välj en planfil under ”Importera en plan” i listan över dina planer.",

    problems_title: "Filen kunde inte importeras",
    file_name: "Fil:",
    problems_intro: "Det här behöver rättas i filen:",
    nothing_changed: "Inget har ändrats i dina sparade planer.",

    preview_title: "Importera planen?",
    preview_intro: "Filen är kontrollerad. Inget har sparats ännu.",
    preview_caption: "Planen i filen",
    row_name: "Namn",
    row_organisation: "Organisation",
    row_period: "Period",
    row_exported: "Exporterad",
    row_versions: "Version",
    row_initiatives: "Initiativ",
    row_activities: "Aktiviteter",
    row_goals: "Mål",
    not_exported: "okänt",
    versions: |app, format| format!("Beredning {app}, filformat {format}"),
    migrated: |n| format!("(migrerad från version {n})"),
    warnings_title: "Uppgifter som inte tas med",
    warnings_intro: "Filen innehåller uppgifter som den här versionen av Beredning inte känner till. De tas inte med:",
    params_differ: |plan| {
        format!("Planens beräkningsparametrar skiljer sig från dina (i {plan}). Efter importen kan du jämföra nyckeltalen under ”Räkna om med våra siffror”.")
    },
    mode_legend: "Hur vill du importera planen?",
    mode_new: "Som en ny plan",
    mode_merge: "Slå samman med en befintlig plan",
    merge_target: "Plan att slå samman med",
    merge_no_plans: "Du har inga planer att slå samman med.",
    id_taken: "En plan med samma id finns redan här. Den importerade planen får ett nytt id, så båda finns kvar.",
    name_taken: "Du har redan en plan med samma namn. Namnet behålls och båda visas i listan.",
    submit: "Importera",
    cancel: "Avbryt och gå tillbaka till planerna",

    merge_title: |plan| format!("Slå samman med {plan}"),
    merge_counts: |added, identical, conflicts| {
        format!("{added} nya initiativ läggs till, {identical} är lika, {conflicts} konflikter.")
    },
    added_title: "Initiativ som läggs till",
    goals_missing_title: "Mål som läggs till i din plan",
    unknown_criteria_title: "Kriterier som din plan saknar",
    unknown_criteria_intro: "Initiativ som kommer in är bedömda på kriterier som din plan inte har. Bedömningarna följer med men räknas inte i din plan.",
    copy_suffix: "(importerad)",
    conflicts_title: "Konflikter",
    conflicts_intro: "De här initiativen finns i båda planerna men skiljer sig. Välj vilken version som ska gälla.",
    no_conflicts: "Inga konflikter: inget av dina initiativ ändras.",
    mine: "Din version:",
    theirs: "Deras version:",
    keep_mine: "Behåll min",
    take_theirs: "Ta deras",
    keep_both: "Behåll båda",
    merge_outcome: |s| {
        format!(
            "Efter sammanslagningen: {} läggs till, {} ersätts med deras version, {} av dina behålls oförändrade och {} finns kvar i båda versionerna (deras med tillägget ”(importerad)”).",
            s.added, s.replaced, s.kept, s.duplicated
        )
    },
    merge_submit: "Slå samman",
    merge_back: "Tillbaka",
    target_gone: "Planen att slå samman med finns inte längre. Välj en annan plan.",

    imported_notice: "Planen importerades:",
    imported_new_id: "Den fick ett nytt id, eftersom id:t i filen redan användes här eller inte gick att använda.",
    imported_same_name: "Du har nu två planer med samma namn.",
    compare_link: "Räkna om med våra siffror",
    merged_notice: "Planen har slagits samman:",
    merged_counts: |s| {
        format!(
            "{} initiativ lades till, {} ersattes med deras version, {} av dina behölls och {} finns i båda versionerna.",
            s.added, s.replaced, s.kept, s.duplicated
        )
    },
    undo_merge: "Ångra sammanslagningen",
    merge_undone: "Sammanslagningen har ångrats. Planen är som före importen:",
};
