//! Texts of the samverkan view: several municipalities' plans side by side, with the initiatives
//! that overlap grouped and the reason for each match.

use crate::core::calc::numfmt::{decimal, kronor};
use crate::core::overlap::groups::Strength;

pub struct SamverkanTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub choose_legend: &'static str,
    pub choose_hint: &'static str,
    pub plan_option: fn(&str, &str, usize) -> String,
    pub too_few: &'static str,
    pub none_found: &'static str,
    pub result_summary: fn(usize, usize) -> String,
    pub group_caption: fn(usize, &str) -> String,
    pub col_organisation: &'static str,
    pub col_plan: &'static str,
    pub col_initiative: &'static str,
    pub col_stage: &'static str,
    pub col_investment: &'static str,
    pub col_npv: &'static str,
    pub col_decision: &'static str,
    pub no_decision: &'static str,
    pub money: fn(f64) -> String,
    pub matches_heading: &'static str,
    /// An initiative with its organisation: "Införa e-arkiv (Västerås stad)".
    pub member: fn(&str, &str) -> String,
    pub pair_title: fn(&str, &str) -> String,
    pub score: fn(f64, &str) -> String,
    pub shared_words: fn(&str) -> String,
    pub shared_words_title: &'static str,
    pub shared_groups: fn(&str) -> String,
    pub shared_areas: fn(&str) -> String,
    pub confirmed: &'static str,
    pub confirm: &'static str,
    pub dismiss: &'static str,
    pub undo_choice: &'static str,
    pub dismissed_heading: &'static str,
    pub dismissed_hint: &'static str,
    pub restore: &'static str,
    pub choice_failed: &'static str,
    pub choice_confirmed_status: fn(&str, &str) -> String,
    pub choice_dismissed_status: fn(&str, &str) -> String,
    pub choice_cleared_status: fn(&str, &str) -> String,
    pub strong: &'static str,
    pub likely: &'static str,
    pub groups_label: &'static str,
    pub page_status: fn(&crate::ui::text::PageSpan) -> String,
}

impl SamverkanTexts {
    pub fn strength(&self, s: Strength) -> &'static str {
        match s {
            Strength::Strong => self.strong,
            Strength::Likely => self.likely,
        }
    }
}

pub const SAMVERKAN_SV: SamverkanTexts = SamverkanTexts {
    title: "Samverkan",
    intro: "Lägg flera planer bredvid varandra – er egen och de som andra kommuner och regioner har delat – och se vilka initiativ som gäller samma behov, även när de heter olika. Likheten bedöms på titel, problem och nuläge, målgrupper och nationella områden. Bekräfta eller avfärda varje förslag; valen sparas i den här webbläsaren.",
    choose_legend: "Planer att jämföra",
    choose_hint: "Välj minst två planer. Initiativ inom samma plan jämförs inte med varandra.",
    plan_option: |name, organisation, count| {
        if organisation.is_empty() {
            format!("{name} ({count} initiativ)")
        } else {
            format!("{name} – {organisation} ({count} initiativ)")
        }
    },
    too_few: "Välj minst två planer för att se vilka initiativ som överlappar.",
    none_found: "Inga överlappande initiativ hittades i de valda planerna.",
    result_summary: |groups, pairs| {
        let g = if groups == 1 { "grupp" } else { "grupper" };
        let p = if pairs == 1 { "matchning" } else { "matchningar" };
        format!("{groups} {g} med {pairs} {p}.")
    },
    group_caption: |n, strength| format!("Grupp {n} – {strength}"),
    col_organisation: "Organisation",
    col_plan: "Plan",
    col_initiative: "Initiativ",
    col_stage: "Steg",
    col_investment: "Investering",
    col_npv: "Nettonuvärde",
    col_decision: "Beslut",
    no_decision: "Inget beslut",
    money: kronor,
    matches_heading: "Varför de hör ihop",
    member: |title, organisation| format!("{title} ({organisation})"),
    pair_title: |a, b| format!("{a} och {b}"),
    score: |score, strength| format!("Likhet {} av 100 ({strength})", decimal(score * 100.0, 0)),
    shared_words: |words| format!("Gemensamma ord: {words}"),
    shared_words_title: "(orden finns i båda titlarna)",
    shared_groups: |groups| format!("Samma målgrupp: {groups}"),
    shared_areas: |areas| format!("Samma nationella område: {areas}"),
    confirmed: "Bekräftad av dig",
    confirm: "Bekräfta",
    dismiss: "Avfärda",
    undo_choice: "Ångra valet",
    dismissed_heading: "Avfärdade förslag",
    dismissed_hint: "De här förslagen har du avfärdat. Ta tillbaka ett om det ändå gäller samma behov.",
    restore: "Ta tillbaka",
    choice_failed: "Valet kunde inte sparas i webbläsaren. Det gäller tills du stänger fliken.",
    choice_confirmed_status: |a, b| format!("Bekräftade att {a} och {b} gäller samma behov."),
    choice_dismissed_status: |a, b| format!("Avfärdade förslaget {a} och {b}."),
    choice_cleared_status: |a, b| format!("Förslaget {a} och {b} är åter obedömt."),
    strong: "stark",
    likely: "trolig",
    groups_label: "Överlappande initiativ",
    page_status: |s| format!("Visar grupp {}–{} av {}", s.from, s.to, s.total),
};
