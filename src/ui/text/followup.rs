//! Texts of the plan view "Uppföljning".

use super::pager::PageSpan;
use crate::core::calc::numfmt::number;

pub struct FollowUpTexts {
    pub intro: &'static str,
    pub year_label: &'static str,
    pub year_hint: &'static str,

    pub section_totals: &'static str,
    /// The year followed up.
    pub totals_caption: fn(i32) -> String,
    pub col_class: &'static str,
    pub col_expected: &'static str,
    pub col_realised: &'static str,
    pub col_share: &'static str,
    /// How many qualitative benefits are expected, and how many have a result.
    pub qualitative_count: fn(usize) -> String,
    pub qualitative_results: fn(usize) -> String,
    pub totals_hint: &'static str,

    pub section_ledger: &'static str,
    /// The year followed up.
    pub ledger_caption: fn(i32) -> String,
    pub ledger_step: &'static str,
    pub ledger_planned: &'static str,
    pub ledger_freed: &'static str,
    pub ledger_redeployed: &'static str,
    pub ledger_kronor: &'static str,
    /// In place of a figure when no redeployment is recorded for the year.
    pub ledger_not_recorded: &'static str,
    pub ledger_why: &'static str,
    pub ledger_how: &'static str,
    /// The plan's hourly cost in kronor.
    pub ledger_formula: fn(f64) -> String,

    pub section_benefits: &'static str,
    pub benefits_hint: &'static str,
    pub no_benefits: &'static str,
    pub benefit_legend: &'static str,
    pub benefit_untitled: &'static str,
    pub initiative: &'static str,
    pub class: &'static str,
    pub owner: &'static str,
    pub owner_missing: &'static str,
    pub baseline_target: &'static str,
    pub measure: &'static str,
    // Labels that name the year followed up.
    pub expected: fn(i32) -> String,
    pub not_expected: &'static str,
    pub realised_label: fn(i32) -> String,
    pub result_label: fn(i32) -> String,
    pub comment_label: fn(i32) -> String,
    pub comment_hint: &'static str,
    pub unit_kr: &'static str,
    pub unit_h: &'static str,

    pub section_activities: &'static str,
    pub activities_hint: &'static str,
    pub activity_legend: &'static str,
    pub outcome_label: fn(i32) -> String,
    /// The activity's period (or "–") and its status.
    pub period_status: fn(&str, &str) -> String,
    pub earlier_outcomes: &'static str,
    /// The status line of the benefits' and the activities' pagers.
    pub page_status: fn(&PageSpan) -> String,

    pub rd_heading: &'static str,
    pub rd_hint: &'static str,
    /// The year followed up.
    pub rd_caption: fn(i32) -> String,
    pub rd_none: fn(i32) -> String,
    pub rd_col_hours: &'static str,
    pub rd_col_used: &'static str,
    pub rd_col_initiative: &'static str,
    pub rd_col_actions: &'static str,
    pub rd_legend_add: fn(i32) -> String,
    pub rd_legend_edit: &'static str,
    pub rd_hours: &'static str,
    pub rd_used: &'static str,
    pub rd_initiative: &'static str,
    pub rd_no_initiative: &'static str,
    pub rd_used_missing: &'static str,
    pub rd_add: &'static str,
    pub rd_save: &'static str,
    pub rd_cancel_edit: &'static str,
    pub rd_edit_button: &'static str,
    pub rd_remove_button: &'static str,
    /// What the record was used for.
    pub rd_edit: fn(&str) -> String,
    pub rd_remove: fn(&str) -> String,
    pub rd_removed: fn(&str) -> String,
}

pub const FOLLOWUP_SV: FollowUpTexts = FollowUpTexts {
    intro: "Uppföljningen är planens nyttorealisering. Följ upp planen år för år: vad varje aktivitet gav och vad varje nytta blev i verkligheten, jämfört med vad som förväntades. Ekonomisk nytta, frigjord tid och kvalitativ nytta hålls isär.",
    year_label: "Uppföljningsår",
    year_hint: "Utfall registreras per kalenderår.",

    section_totals: "Summa per nyttoklass",
    totals_caption: |year| format!("Förväntat och utfall {year} per nyttoklass"),
    col_class: "Nyttoklass",
    col_expected: "Förväntat",
    col_realised: "Utfall",
    col_share: "Andel av förväntat",
    qualitative_count: |n| format!("{n} nyttor"),
    qualitative_results: |n| format!("{n} med utfall"),
    totals_hint: "Frigjord tid redovisas i timmar före andelen som förväntas realiseras; vad tiden blev värd i kronor visas nedan.",

    section_ledger: "Frigjord tid: från plan till kronor",
    ledger_caption: |year| format!("Frigjord tid {year}, steg för steg"),
    ledger_step: "Steg",
    ledger_planned: "Förväntad frigjord tid",
    ledger_freed: "Frigjord tid enligt utfall",
    ledger_redeployed: "Omfördelad tid (registrerad)",
    ledger_kronor: "Realiserat värde (omfördelad tid × timkostnad)",
    ledger_not_recorded: "Inte registrerad",
    ledger_why: "Frigjord tid är inte pengar. Region Västmanlands digitaliseringsstrategi påminner om att frigjord tid som summerats från minskad tidsåtgång i många små ärenden kan vara svår att realisera: några minuter per ärende sprids över många medarbetare och blir en vinst först när tiden samlas och används till något annat. Därför redovisas frigjord tid skild från ekonomisk nytta, och bara den omfördelade delen räknas om till kronor.",
    ledger_how: "Hur räknas detta?",
    ledger_formula: |hourly| {
        format!(
            "Omfördelad tid är summan av de timmar som registrerats som omfördelade under året, nedan; den räknas inte fram ur analysens förväntade andel. Realiserat värde = omfördelad tid × timkostnad {}\u{a0}kr/h (medelmånadslön / arbetstimmar per månad × påslag, planens parametrar).",
            number(hourly, 2)
        )
    },

    section_benefits: "Nyttor: förväntat och utfall",
    benefits_hint: "Nyttor i initiativ som prioriterats eller förts in i handlingsplanen. Ange årets utfall i nyttans egen enhet: kronor för ekonomisk nytta, timmar för frigjord tid. En tom ruta tar bort årets utfall.",
    no_benefits: "Inga nyttor att följa upp ännu: inget initiativ är prioriterat eller infört i handlingsplanen.",
    benefit_legend: "Nytta",
    benefit_untitled: "(nytta utan namn)",
    initiative: "Initiativ",
    class: "Nyttoklass",
    owner: "Nyttoägare",
    owner_missing: "Ingen nyttoägare angiven – en nytta utan nyttoägare följs sällan upp.",
    baseline_target: "Utgångsvärde → målvärde",
    measure: "Mäts genom",
    expected: |year| format!("Förväntat {year}"),
    not_expected: "Ingen nytta förväntad detta år",
    realised_label: |year| format!("Utfall {year}"),
    result_label: |year| format!("Utfall {year}"),
    comment_label: |year| format!("Kommentar till utfallet {year}"),
    comment_hint: "Sparas tillsammans med årets utfall.",
    unit_kr: "kr",
    unit_h: "h",

    section_activities: "Aktiviteternas utfall",
    activities_hint: "Skriv vad varje aktivitet gav under året, som i handlingsplanens uppföljningstabell. En tom ruta tar bort årets utfall.",
    activity_legend: "Aktivitet",
    outcome_label: |year| format!("Utfall {year}"),
    period_status: |period, status| format!("Period: {period} · Status: {status}"),
    earlier_outcomes: "Tidigare år:",
    page_status: |s| {
        format!(
            "Sida {} av {}: visar {}–{} av {}",
            s.page, s.pages, s.from, s.to, s.total
        )
    },

    rd_heading: "Registrerad omfördelning",
    rd_hint: "Frigjord tid blir en vinst först när den används till något annat. Registrera för året hur många timmar som faktiskt omfördelades och till vad; bara det registrerade räknas om till kronor.",
    rd_caption: |year| format!("Omfördelad tid {year}"),
    rd_none: |year| format!("Ingen omfördelad tid är registrerad för {year}."),
    rd_col_hours: "Timmar",
    rd_col_used: "Användes till",
    rd_col_initiative: "Initiativ",
    rd_col_actions: "Åtgärder",
    rd_legend_add: |year| format!("Registrera omfördelad tid {year}"),
    rd_legend_edit: "Ändra registreringen",
    rd_hours: "Omfördelade timmar",
    rd_used: "Vad tiden användes till",
    rd_initiative: "Initiativ (valfritt)",
    rd_no_initiative: "Inget särskilt initiativ",
    rd_used_missing: "Skriv vad tiden användes till.",
    rd_add: "Registrera",
    rd_save: "Spara ändringen",
    rd_cancel_edit: "Avbryt ändringen",
    rd_edit_button: "Ändra",
    rd_remove_button: "Ta bort",
    rd_edit: |what| format!("Ändra: {what}"),
    rd_remove: |what| format!("Ta bort: {what}"),
    rd_removed: |what| format!("Registreringen ”{what}” togs bort."),
};
