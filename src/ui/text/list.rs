//! Texts of the plan view "Prioriteringslista".

use crate::core::calc::numfmt::{decimal, percent};
use crate::core::portfolio::{SortDir, SortKey};

pub struct ListTexts {
    pub intro: &'static str,

    pub weights_legend: &'static str,
    pub weights_hint: &'static str,
    /// The criterion's name.
    pub weight_label: fn(&str) -> String,

    pub filters_legend: &'static str,
    pub filter_stage: &'static str,
    pub filter_goal: &'static str,
    pub filter_unit: &'static str,
    pub filter_target: &'static str,
    pub all: &'static str,
    /// Initiatives shown, initiatives in the plan.
    pub count: fn(usize, usize) -> String,
    /// The column's name ([`Self::column`]) and the direction ([`Self::direction`]).
    pub sorted_by: fn(&str, &str) -> String,
    pub ascending: &'static str,
    pub descending: &'static str,
    /// Read before a column name on its sort button.
    pub sort_by: &'static str,

    pub ranked_caption: &'static str,
    pub col_rank: &'static str,
    pub col_title: &'static str,
    pub col_stage: &'static str,
    pub col_goals: &'static str,
    pub col_score: &'static str,
    pub col_npv: &'static str,
    pub col_hours: &'static str,
    pub col_investment: &'static str,
    pub col_risk: &'static str,
    pub col_gates: &'static str,
    pub col_sensitivity: &'static str,
    pub col_missing: &'static str,
    pub none: &'static str,
    pub not_scored: &'static str,
    /// The highest risk score, 1–25.
    pub risk_of: fn(u8) -> String,
    pub gates_met: &'static str,
    pub empty_ranked: &'static str,

    pub breakdown_summary: &'static str,
    /// Read after the summary, so each row's disclosure has its own name: the title.
    pub breakdown_for: fn(&str) -> String,
    /// Criterion, score 1–5, share of the total weight (0–100), points.
    pub breakdown_part: fn(&str, u8, f64, f64) -> String,
    /// Criterion, share of the total weight (0–100).
    pub breakdown_unscored: fn(&str, f64) -> String,
    /// The weighted score.
    pub breakdown_total: fn(f64) -> String,
    pub breakdown_incomplete: &'static str,
    pub breakdown_formula: &'static str,

    pub stable: &'static str,
    /// The best and the worst rank the initiative can get.
    pub unstable: fn(usize, usize) -> String,
    pub sensitivity_heading: &'static str,
    pub sensitivity_body: &'static str,
    /// Initiatives with an unstable rank, initiatives ranked.
    pub sensitivity_summary: fn(usize, usize) -> String,

    pub blocked_heading: &'static str,
    pub blocked_intro: &'static str,
    /// What the ranked table's figures and marks mean: which NPV, and decisions in force.
    pub ranked_note: &'static str,
    /// The rank cell of a rejected initiative.
    pub rank_rejected: &'static str,
    /// Added after the title of an initiative whose decision in force is Prioriterad.
    pub prioritised_mark: &'static str,
    pub blocked_none: &'static str,

    /// Rows per page.
    pub previous: fn(usize) -> String,
    pub next: fn(usize) -> String,
    /// The page shown (from 1), the number of pages.
    pub page_of: fn(usize, usize) -> String,
    /// The table's caption.
    pub pager_label: fn(&str) -> String,
}

pub const LIST_SV: ListTexts = ListTexts {
    intro: "Alla initiativ i planen, rangordnade efter viktad poäng. Sortera på valfri kolumn, \
            filtrera och pröva andra vikter. Initiativ som inte uppfyller ska-kraven rangordnas \
            inte och visas för sig.",

    weights_legend: "Vikter",
    weights_hint:
        "Vikterna är planens egna och sparas. När du ändrar en vikt rangordnas listan om \
                   direkt. Bara förhållandet mellan vikterna spelar roll.",
    weight_label: |name| format!("Vikt för {name}"),

    filters_legend: "Filtrera",
    filter_stage: "Steg",
    filter_goal: "Mål",
    filter_unit: "Förvaltning",
    filter_target: "Målgrupp",
    all: "Alla",
    count: |shown, total| format!("Visar {shown} av {total} initiativ."),
    sorted_by: |column, direction| format!("Sorterad efter {column}, {direction}."),
    ascending: "stigande",
    descending: "fallande",
    sort_by: "Sortera efter ",

    ranked_caption: "Rangordnade initiativ",
    col_rank: "Rang",
    col_title: "Initiativ",
    col_stage: "Steg",
    col_goals: "Mål",
    col_score: "Viktad poäng",
    col_npv: "Nettonuvärde",
    col_hours: "Frigjord tid (h/år)",
    col_investment: "Investering",
    col_risk: "Högsta risk",
    col_gates: "Ska-krav",
    col_sensitivity: "Känslighet",
    col_missing: "Saknade ska-krav",
    none: "–",
    not_scored: "Ej bedömd",
    risk_of: |score| format!("{score} av 25"),
    gates_met: "Uppfyllda",
    empty_ranked: "Inga initiativ som uppfyller ska-kraven matchar filtren.",

    breakdown_summary: "Poäng per kriterium",
    breakdown_for: |title| format!(" för {title}"),
    breakdown_part: |name, score, share, points| {
        format!(
            "{name}: bedömning {score}, vikt {} → {} poäng",
            percent(share, 1),
            decimal(points, 2)
        )
    },
    breakdown_unscored: |name, share| format!("{name}: ej bedömd, vikt {}", percent(share, 1)),
    breakdown_total: |total| format!("Summa: {} poäng", decimal(total, 2)),
    breakdown_incomplete: "Summa saknas tills alla kriterier med vikt är bedömda.",
    breakdown_formula:
        "Varje kriterium ger sin andel av vikten gånger (bedömning − 1) / 4, så bedömning 5 \
                        på alla kriterier ger 100 poäng.",

    stable: "Stabil",
    unstable: |min, max| format!("Instabil: rang {min}–{max}"),
    sensitivity_heading: "Hur säker är rangordningen?",
    sensitivity_body: "Kolumnen Känslighet visar om ett initiativs rang ändras när en \
                       kriterievikt i taget sänks eller höjs med 20 %. Stabil betyder att rangen \
                       står sig i alla dessa fall. Instabil betyder att rangen hänger på hur \
                       vikterna sätts: intervallet visar vilken rang initiativet kan få. \
                       Diskutera instabil rang i forumet innan beslut.",
    sensitivity_summary: |unstable, ranked| {
        format!("{unstable} av {ranked} rangordnade initiativ har en instabil rang.")
    },

    blocked_heading: "Uppfyller inte ska-kraven",
    blocked_intro: "De här initiativen rangordnas inte förrän alla ska-krav är uppfyllda. \
                    Kolumnen visar vad som saknas.",
    blocked_none: "Alla initiativ som visas uppfyller ska-kraven.",
    ranked_note: "Nettonuvärdet räknar med värdet av frigjord tid; nettonuvärde utan frigjord tid finns i beslutsunderlaget och exporten. Initiativ med beslutet Avslagen rangordnas inte och visas sist. Initiativ med beslutet Prioriterad är märkta som redan prioriterade.",
    rank_rejected: "Avslagen",
    prioritised_mark: " (redan prioriterad)",

    previous: |n| format!("Föregående {n}"),
    next: |n| format!("Nästa {n}"),
    page_of: |page, pages| format!("Sida {page} av {pages}"),
    pager_label: |table| format!("Sidor: {table}"),
};

impl ListTexts {
    /// A sortable column's visible name, for the sentence that says how the list is sorted.
    pub fn column(&self, key: SortKey) -> &'static str {
        match key {
            SortKey::Rank => self.col_rank,
            SortKey::Title => self.col_title,
            SortKey::Stage => self.col_stage,
            SortKey::Score => self.col_score,
            SortKey::Npv => self.col_npv,
            SortKey::FreedHours => self.col_hours,
            SortKey::Investment => self.col_investment,
            SortKey::HighestRisk => self.col_risk,
        }
    }

    pub fn direction(&self, dir: SortDir) -> &'static str {
        match dir {
            SortDir::Asc => self.ascending,
            SortDir::Desc => self.descending,
        }
    }
}
