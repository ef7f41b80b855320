//! Texts of the plan view "Dela och exportera", and the headers of the exported tables: a CSV
//! or Excel file says what the screen says, in Swedish, with the unit in the header because the
//! cells hold bare numbers.

pub struct ShareTexts {
    pub intro: &'static str,

    pub json_heading: &'static str,
    /// `{format}`, `{version}`: the file's format identifier and version.
    pub json_body: &'static [&'static str],
    pub json_button: &'static str,
    /// `{date}`.
    pub last_exported: &'static str,
    pub never_exported: &'static str,
    /// `{file}`.
    pub json_done: &'static str,
    pub save_failed: &'static str,
    /// Used in a file name when the plan's name has no letters or digits.
    pub file_fallback: &'static str,

    pub tables_heading: &'static str,
    pub tables_body: &'static str,
    pub csv_group: &'static str,
    pub csv_ranked: &'static str,
    pub csv_handlingsplan: &'static str,
    pub csv_followup: &'static str,
    /// `{file}`.
    pub csv_done: &'static str,
    pub xlsx_body: &'static str,
    pub xlsx_button: &'static str,
    pub xlsx_working: &'static str,
    /// `{file}`.
    pub xlsx_done: &'static str,
    pub xlsx_unavailable: &'static str,
    pub xlsx_failed: &'static str,

    pub sheet_ranked: &'static str,
    pub sheet_handlingsplan: &'static str,
    pub sheet_followup: &'static str,
    /// Rank, title, stage, goals, weighted score, NPV, freed hours a year, investment, running
    /// cost a year, highest risk, must-pass requirements.
    pub ranked_columns: [&'static str; 11],
    /// Goal, activity, period, responsible, status.
    pub handlingsplan_columns: [&'static str; 5],
    /// `{year}`.
    pub outcome_year: &'static str,
    /// Initiative, benefit, class, unit, owner, baseline, target.
    pub followup_columns: [&'static str; 7],
    /// `{year}`.
    pub expected_year: &'static str,
    /// `{year}`.
    pub realised_year: &'static str,
    /// Kronor, hours: the unit column of the follow-up.
    pub units: [&'static str; 2],
}

pub const SHARE_SV: ShareTexts = ShareTexts {
    intro: "Exportera planen för att spara en säkerhetskopia eller dela den med en annan kommun eller region, eller ta ut planens tabeller till ett kalkylprogram.",

    json_heading: "Exportera hela planen",
    json_body: &[
        "Planen sparas som en JSON-fil i formatet {format}, version {version}. Filen innehåller allt i planen: mål och prioriteringskriterier, beräkningsparametrarna med källa och år, varje initiativ med hela sin historik från behov till beslut och uppföljning, och handlingsplanens aktiviteter med utfall.",
        "En annan kommun eller region kan importera filen i Beredning, som en ny plan eller sammanslagen med en egen plan, och räkna om den med sina egna parametrar. Filen är också din säkerhetskopia: planer som bara finns i webbläsaren försvinner om webbläsardata rensas.",
    ],
    json_button: "Exportera planen (JSON)",
    last_exported: "Senast exporterad: {date}",
    never_exported: "Inte exporterad ännu",
    json_done: "Planen sparades som {file}.",
    save_failed: "Filen kunde inte sparas: webbläsaren tillät inte nedladdningen. Planen är oförändrad.",
    file_fallback: "plan",

    tables_heading: "Tabeller för kalkylprogram",
    tables_body: "CSV-filerna öppnas direkt i Excel och andra kalkylprogram med svenska inställningar: semikolon mellan kolumnerna och decimalkomma. Belopp anges i kronor och tid i timmar, utan enhet i cellen, så att de går att räkna med.",
    csv_group: "Tabeller som CSV",
    csv_ranked: "Prioriteringslistan (CSV)",
    csv_handlingsplan: "Handlingsplanen (CSV)",
    csv_followup: "Uppföljningen (CSV)",
    csv_done: "Tabellen sparades som {file}.",
    xlsx_body: "Excel-filen innehåller alla tre tabellerna, en per blad. Den skapas i bakgrunden och kan ta några sekunder för en stor plan.",
    xlsx_button: "Allt som Excel (XLSX)",
    xlsx_working: "Skapar Excel-filen…",
    xlsx_done: "Excel-filen sparades som {file}.",
    xlsx_unavailable: "Excel-filen kunde inte skapas: den del av Beredning som skriver Excel-filer gick inte att hämta. Kontrollera nätverksanslutningen och försök igen, eller använd CSV-filerna. Planen är oförändrad.",
    xlsx_failed: "Excel-filen kunde inte skapas. Försök igen, eller använd CSV-filerna. Planen är oförändrad.",

    sheet_ranked: "Prioriteringslista",
    sheet_handlingsplan: "Handlingsplan",
    sheet_followup: "Uppföljning",
    ranked_columns: [
        "Plats",
        "Initiativ",
        "Steg",
        "Mål",
        "Viktad poäng",
        "Nettonuvärde (kr)",
        "Frigjorda timmar per år",
        "Investering (kr)",
        "Driftkostnad per år (kr)",
        "Högsta risk (1–25)",
        "Ska-krav",
    ],
    handlingsplan_columns: ["Inriktningsmål", "Aktivitet", "Period", "Ansvarig", "Status"],
    outcome_year: "Utfall {year}",
    followup_columns: [
        "Initiativ",
        "Nytta",
        "Nyttoklass",
        "Enhet",
        "Ägare",
        "Utgångsläge",
        "Mål",
    ],
    expected_year: "Förväntat {year}",
    realised_year: "Realiserat {year}",
    units: ["kr", "h"],
};
