//! Texts of the plan view "Dela och exportera", and the headers of the exported tables: a CSV
//! or Excel file says what the screen says, in Swedish, with the unit in the header because the
//! cells hold bare numbers.

pub struct ShareTexts {
    pub intro: &'static str,

    pub json_heading: &'static str,
    /// What the file holds, with the file's format identifier and version.
    pub json_about: fn(&str, u32) -> String,
    /// Who can use the file.
    pub json_use: &'static str,
    pub json_button: &'static str,
    /// The date of the last export.
    pub last_exported: fn(&str) -> String,
    pub never_exported: &'static str,
    /// The file's name.
    pub json_done: fn(&str) -> String,
    pub save_failed: &'static str,
    /// Used in a file name when the plan's name has no letters or digits.
    pub file_fallback: &'static str,

    pub tables_heading: &'static str,
    pub tables_body: &'static str,
    pub csv_group: &'static str,
    pub csv_ranked: &'static str,
    pub csv_handlingsplan: &'static str,
    pub csv_followup: &'static str,
    /// The file's name.
    pub csv_done: fn(&str) -> String,
    pub xlsx_body: &'static str,
    pub xlsx_button: &'static str,
    pub xlsx_working: &'static str,
    /// The file's name.
    pub xlsx_done: fn(&str) -> String,
    pub xlsx_unavailable: &'static str,
    pub xlsx_failed: &'static str,

    pub sheet_ranked: &'static str,
    pub sheet_handlingsplan: &'static str,
    pub sheet_followup: &'static str,
    /// Rank, title, stage, goals, weighted score, NPV, freed hours a year, investment, running
    /// cost a year, highest risk, must-pass requirements.
    pub ranked_columns: [&'static str; 12],
    /// Goal, activity, period, responsible, status.
    pub handlingsplan_columns: [&'static str; 5],
    /// The header of a year's outcome column in the core's sheets.
    pub outcome_year: fn(i32) -> String,
    /// Initiative, benefit, class, unit, owner, baseline, target.
    pub followup_columns: [&'static str; 7],
    /// The headers of a year's expected and realised columns in the core's sheets.
    pub expected_year: fn(i32) -> String,
    pub realised_year: fn(i32) -> String,
    // The unit column of the follow-up.
    pub unit_kronor: &'static str,
    pub unit_hours: &'static str,
}

pub const SHARE_SV: ShareTexts = ShareTexts {
    intro: "Exportera planen för att spara en säkerhetskopia eller dela den med en annan kommun eller region, eller ta ut planens tabeller till ett kalkylprogram.",

    json_heading: "Exportera hela planen",
    json_about: |format, version| {
        format!("Planen sparas som en JSON-fil i formatet {format}, version {version}. Filen innehåller allt i planen: mål och prioriteringskriterier, beräkningsparametrarna med källa och år, varje initiativ med hela sin historik från behov till beslut och uppföljning, och handlingsplanens aktiviteter med utfall.")
    },
    json_use: "En annan kommun eller region kan importera filen i Beredning, som en ny plan eller sammanslagen med en egen plan, och räkna om den med sina egna parametrar. Filen är också din säkerhetskopia: planer som bara finns i webbläsaren försvinner om webbläsardata rensas.",
    json_button: "Exportera planen (JSON)",
    last_exported: |date| format!("Senast exporterad: {date}"),
    never_exported: "Inte exporterad ännu",
    json_done: |file| format!("Planen sparades som {file}."),
    save_failed: "Filen kunde inte sparas: webbläsaren tillät inte nedladdningen. Planen är oförändrad.",
    file_fallback: "plan",

    tables_heading: "Tabeller för kalkylprogram",
    tables_body: "CSV-filerna öppnas direkt i Excel och andra kalkylprogram med svenska inställningar: semikolon mellan kolumnerna och decimalkomma. Belopp anges i kronor och tid i timmar, utan enhet i cellen, så att de går att räkna med.",
    csv_group: "Tabeller som CSV",
    csv_ranked: "Prioriteringslistan (CSV)",
    csv_handlingsplan: "Handlingsplanen (CSV)",
    csv_followup: "Uppföljningen (CSV)",
    csv_done: |file| format!("Tabellen sparades som {file}."),
    xlsx_body: "Excel-filen innehåller alla tre tabellerna, en per blad. Den skapas i bakgrunden och kan ta några sekunder för en stor plan.",
    xlsx_button: "Allt som Excel (XLSX)",
    xlsx_working: "Skapar Excel-filen…",
    xlsx_done: |file| format!("Excel-filen sparades som {file}."),
    xlsx_unavailable: "Excel-filen kunde inte skapas: den del av Beredning som skriver Excel-filer gick inte att hämta. Kontrollera nätverksanslutningen och försök igen, eller använd CSV-filerna. Planen är oförändrad.",
    xlsx_failed: "Excel-filen kunde inte skapas. Försök igen, eller använd CSV-filerna. Planen är oförändrad.",

    sheet_ranked: "Prioriteringslista",
    sheet_handlingsplan: "Handlingsplan",
    sheet_followup: "Uppföljning",
    ranked_columns: [
        "Rang",
        "Initiativ",
        "Steg",
        "Mål",
        "Viktad poäng",
        "Nettonuvärde (kr)",
        "Frigjord tid (h/år)",
        "Investering (kr)",
        "Driftkostnad per år (kr)",
        "Högsta risk (1–25)",
        "Ska-krav",
        "Nettonuvärde utan frigjord tid (kr)",
    ],
    handlingsplan_columns: ["Mål", "Aktivitet", "Period", "Ansvarig", "Status"],
    outcome_year: |year| format!("Utfall {year}"),
    followup_columns: [
        "Initiativ",
        "Nytta",
        "Nyttoklass",
        "Enhet",
        "Nyttoägare",
        "Utgångsvärde",
        "Målvärde",
    ],
    expected_year: |year| format!("Förväntat {year}"),
    realised_year: |year| format!("Utfall {year}"),
    unit_kronor: "kr",
    unit_hours: "h",
};
