//! Texts of the app's own page about what Beredning is and where the data stays ("Om Beredning");
//! the accessibility statement is in accessibility.rs.

pub struct AboutTexts {
    pub title: &'static str,
    pub body: &'static [&'static str],
    /// Followed by a link to the published JSON Schema of the plan file.
    pub schema_intro: &'static str,
    pub schema_link: &'static str,
    pub storage_title: &'static str,
    pub storage_body: &'static [&'static str],
}

pub const ABOUT_SV: AboutTexts = AboutTexts {
    title: "Om Beredning",
    body: &[
        "Beredning hjälper en digitaliseringsstrateg att ta varje digitaliseringsinitiativ från behov, via analys och nyttokalkyl, till ett prioriteringsbeslut, en handlingsplan och nyttorealisering: uppföljning av den nytta som blev verklig.",
        "Arbetssättet följer beredningsprocessen Initiativ/behov → Analys/beredning → Beslut prioritering och räknar nytta enligt Ineras nyttokalkyl: frigjord tid hålls isär från ekonomisk nytta.",
        "Planer kan delas mellan kommuner och regioner som JSON-filer, utan konto och utan server.",
    ],
    schema_intro: "Planfilernas format är publicerat som JSON Schema, så att andra verktyg kan läsa och skriva planer:",
    schema_link: "beredning-plan.schema.json",
    storage_title: "Dina uppgifter stannar i webbläsaren",
    storage_body: &[
        "Allt du skriver sparas automatiskt i den här webbläsarens lokala lagring på den här datorn. Inget skickas till någon server.",
        "Lokal lagring är inte en säkerhetskopia: den töms om du rensar webbläsardata, använder ett privat fönster eller byter dator eller webbläsare. Exportera därför dina planer regelbundet och spara filen där din organisation sparar dokument.",
        "Om lagringen är full eller blockerad visar sparstatusen högst upp det. Det du redan sparat lämnas orört.",
    ],
};
