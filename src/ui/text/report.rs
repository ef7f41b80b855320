//! Texts of the plan view "Uppföljningsrapport": the yearly follow-up report for the forum.

pub struct ReportTexts {
    pub intro: &'static str,
    pub year_label: &'static str,
    /// The choice of the plan now or a fastställd version.
    pub source_label: &'static str,
    /// The fastställd version the report is made from, as the choice names it.
    pub source_meta: fn(&str) -> String,
    pub print: &'static str,
    pub print_hint: &'static str,
    /// The organisation, the plan's name, the year and today's date.
    pub prepared: fn(&str, &str, i32, &str) -> String,

    pub section_activities: &'static str,
    pub activities_hint: &'static str,
    /// The inriktningsmål's name and the year.
    pub goal_caption: fn(&str, i32) -> String,
    pub other_goal: &'static str,
    pub col_activity: &'static str,
    pub col_period: &'static str,
    pub col_outcome: &'static str,
    pub no_outcome: &'static str,
    pub no_activities: fn(i32) -> String,

    pub section_benefits: &'static str,
    pub benefits_hint: &'static str,
    /// The benefit class and the year.
    pub class_caption: fn(&str, i32) -> String,
    pub col_benefit: &'static str,
    pub col_owner: &'static str,
    pub col_expected: &'static str,
    pub col_realised: &'static str,
    pub col_missing: &'static str,
    pub missing_owner: &'static str,
    pub missing_outcome: fn(i32) -> String,
    pub no_owner: &'static str,
    pub total: &'static str,
    pub no_benefits: fn(i32) -> String,

    pub section_ledger: &'static str,

    pub section_deviations: &'static str,
    pub deviations_caption: fn(i32) -> String,
    pub col_deviation: &'static str,
    pub col_what: &'static str,
    pub col_detail: &'static str,
    pub dev_late: &'static str,
    pub dev_stopped: &'static str,
    pub dev_below: &'static str,
    /// The period and the status.
    pub dev_late_detail: fn(&str, &str) -> String,
    pub dev_stopped_detail: fn(&str) -> String,
    /// Expected and realised, formatted.
    pub dev_below_detail: fn(&str, &str) -> String,
    pub no_deviations: fn(i32) -> String,
}

pub const REPORT_SV: ReportTexts = ReportTexts {
    intro: "Uppföljningsrapporten sammanfattar ett år för ledningsgruppen: vad varje aktivitet gav, vad nyttorna blev jämfört med det förväntade, vad den frigjorda tiden användes till och vilka avvikelser som finns. Rapporten är utskriftsklar i A4.",
    year_label: "Uppföljningsår",
    source_label: "Rapport för",
    source_meta: |version| format!("Rapporten bygger på versionen: {version}."),
    print: "Skriv ut / spara som PDF",
    print_hint: "Öppnar webbläsarens utskrift; välj ”Spara som PDF” för en fil. Appens meny och knappar skrivs inte ut.",
    prepared: |org, plan, year, date| format!("{org} · {plan} · uppföljning av {year} · upprättad {date}"),

    section_activities: "Aktiviteter per inriktningsmål",
    activities_hint: "Aktiviteter vars period börjar efter året tas inte med.",
    goal_caption: |goal, year| format!("{goal}: utfall {year}"),
    other_goal: "Övrigt",
    col_activity: "Aktivitet",
    col_period: "Period",
    col_outcome: "Utfall",
    no_outcome: "Inget utfall registrerat",
    no_activities: |year| format!("Inga aktiviteter att följa upp för {year}."),

    section_benefits: "Nyttorealisering per nyttoklass",
    benefits_hint: "Förväntat och utfall i nyttans egen enhet: kronor för ekonomisk nytta, timmar för frigjord tid, beskrivet resultat för kvalitativ nytta.",
    class_caption: |class, year| format!("{class} {year}"),
    col_benefit: "Nytta (initiativ)",
    col_owner: "Nyttoägare",
    col_expected: "Förväntat",
    col_realised: "Utfall",
    col_missing: "Saknas",
    missing_owner: "Nyttoägare",
    missing_outcome: |year| format!("Utfall {year}"),
    no_owner: "–",
    total: "Summa",
    no_benefits: |year| format!("Inga nyttor förväntade eller följda upp för {year}."),

    section_ledger: "Frigjord tid: från plan till kronor",

    section_deviations: "Avvikelser",
    deviations_caption: |year| format!("Avvikelser {year}"),
    col_deviation: "Avvikelse",
    col_what: "Aktivitet eller nytta",
    col_detail: "Uppgift",
    dev_late: "Försenad",
    dev_stopped: "Avbruten",
    dev_below: "Under förväntat",
    dev_late_detail: |period, status| format!("Period {period}, status {status}"),
    dev_stopped_detail: |period| format!("Period {period}"),
    dev_below_detail: |expected, realised| format!("Förväntat {expected}, utfall {realised}"),
    no_deviations: |year| format!("Inga avvikelser {year}."),
};
