//! Texts of the plan view "Beslutsunderlag".

use crate::core::calc::numfmt::{decimal, kronor, percent};

pub struct BriefTexts {
    pub intro: &'static str,
    pub print: &'static str,
    pub print_hint: &'static str,
    /// The organisation, the plan's first and last year, today's date.
    pub prepared: fn(&str, i32, i32, &str) -> String,

    pub section_params: &'static str,
    pub params_caption: &'static str,
    pub hourly: &'static str,
    pub hourly_source: &'static str,
    pub per_month: &'static str,
    pub years: &'static str,

    pub section_ranking: &'static str,
    pub ranking_hint: &'static str,
    pub ranking_caption: &'static str,
    pub col_rank: &'static str,
    pub col_initiative: &'static str,
    pub col_score: &'static str,
    pub col_npv: &'static str,
    pub col_freed: &'static str,
    pub col_investment: &'static str,
    pub col_risk: &'static str,
    pub col_gates: &'static str,
    pub gates_met: &'static str,
    pub no_risk: &'static str,
    pub no_ranked: &'static str,
    /// Initiatives left out of the brief.
    pub more_ranked: fn(usize) -> String,
    pub more_unranked: fn(usize) -> String,
    pub not_ranked_heading: &'static str,
    /// The must-pass requirements missing, as a list.
    pub missing_gates: fn(&str) -> String,
    pub not_scored: &'static str,

    pub section_matrix: &'static str,
    pub matrix_title: &'static str,
    pub matrix_desc: &'static str,
    pub axis_investment: &'static str,
    pub axis_score: &'static str,

    pub section_proposals: &'static str,
    pub need: &'static str,
    pub current_situation: &'static str,
    pub proposed_by: &'static str,
    pub target_groups: &'static str,
    pub goals: &'static str,
    pub benefits: &'static str,
    pub no_benefits: &'static str,
    /// Kronor a year.
    pub per_year: fn(f64) -> String,
    /// Freed hours a year, the share to be realised (0–100), its value in kronor a year.
    pub hours_per_year: fn(f64, f64, f64) -> String,
    pub realised_share: &'static str,
    pub owner: &'static str,
    pub costs: &'static str,
    pub investment_total: &'static str,
    pub running: &'static str,
    /// The horizon in years, the discount rate in percent and the year discounted to.
    pub npv: fn(u32, f64, i32) -> String,
    pub npv_cash_only: &'static str,
    pub payback: &'static str,
    /// The calendar year, and the same year counted from the start year (0).
    pub payback_year: fn(i32, u32) -> String,
    pub payback_none: &'static str,
    pub bcr: &'static str,
    /// Payback year and benefit-cost ratio of economic benefit alone (docs/domain.md §5.7–5.8),
    /// beside the figures with freed time, and what the latter include.
    pub payback_cash_only: &'static str,
    pub bcr_cash_only: &'static str,
    pub with_freed_time_note: &'static str,
    pub risks: &'static str,
    pub no_risks: &'static str,
    /// Probability, consequence and their product.
    pub risk_line: fn(u8, u8, u8) -> String,
    pub gates: &'static str,
    pub initiative_owner: &'static str,
    pub financing: &'static str,
    pub score: &'static str,
    /// Criterion, score 1–5 if given, points.
    pub score_line: fn(&str, Option<u8>, f64) -> String,
    pub decision: &'static str,
}

pub const BRIEF_SV: BriefTexts = BriefTexts {
    intro: "Underlag för beslutsforumet: planens antaganden, rangordningen med nyckeltal och ett kort avsnitt per föreslaget initiativ.",
    print: "Skriv ut / spara som PDF",
    print_hint: "Välj ”Spara som PDF” i utskriftsdialogen för att få en fil. Sidhuvud, meny och knappar skrivs inte ut.",
    prepared: |org, from, to, date| format!("{org} · planperiod {from}–{to} · framtaget {date}"),

    section_params: "Antaganden för beräkningarna",
    params_caption: "Planens parametrar med källa och år",
    hourly: "Timkostnad",
    hourly_source: "Beräknad: medelmånadslön / arbetstimmar per månad × påslag",
    per_month: "kr/mån",
    years: "år",

    section_ranking: "Rangordnade initiativ",
    ranking_hint: "Initiativ som uppfyller alla ska-krav och är fullständigt bedömda, ordnade efter viktad poäng och därefter nettonuvärde. Poängen beror bara på initiativets egen bedömning, aldrig på andra initiativ.",
    ranking_caption: "Rangordning med nyckeltal",
    col_rank: "Rang",
    col_initiative: "Initiativ",
    col_score: "Viktad poäng",
    col_npv: "Nettonuvärde",
    col_freed: "Frigjord tid (h/år)",
    col_investment: "Investering",
    col_risk: "Högsta risk",
    col_gates: "Ska-krav",
    gates_met: "Uppfyllda",
    no_risk: "Ingen angiven",
    no_ranked: "Inget initiativ är rangordnat ännu: ett initiativ rangordnas när alla ska-krav är uppfyllda och alla kriterier är bedömda.",
    not_ranked_heading: "Inte rangordnade",
    more_ranked: |n| {
        format!("Ytterligare {n} rangordnade initiativ finns i planens prioriteringslista; underlaget tar upp de 25 högst rangordnade.")
    },
    more_unranked: |n| format!("Ytterligare {n} initiativ är inte rangordnade."),
    missing_gates: |gates| format!("saknar ska-krav: {gates}"),
    not_scored: "inte fullständigt bedömt",

    section_matrix: "Poäng och investering",
    matrix_title: "Viktad poäng mot investering för de rangordnade initiativen",
    matrix_desc: "Varje punkt är ett initiativ, märkt med sin rang. Högre upp betyder högre poäng, längre till höger större investering. Samma värden finns i tabellen Rangordning med nyckeltal.",
    axis_investment: "Investering (kr)",
    axis_score: "Viktad poäng",

    section_proposals: "Föreslagna initiativ",
    need: "Behov",
    current_situation: "Nuläge",
    proposed_by: "Föreslås av",
    target_groups: "Målgrupper",
    goals: "Bidrar till mål",
    benefits: "Nyttor",
    no_benefits: "Inga nyttor angivna.",
    per_year: |value| format!("{} per år", kronor(value)),
    hours_per_year: |hours, share, value| {
        format!(
            "{}\u{a0}h per år ({} förväntas realiseras, värde {} per år)",
            decimal(hours, 1),
            percent(share, 1),
            kronor(value)
        )
    },
    realised_share: "andel som förväntas realiseras",
    owner: "nyttoägare",
    costs: "Kostnader och nyckeltal",
    investment_total: "Investering totalt",
    running: "Driftkostnad per år",
    npv: |years, rate, base_year| {
        format!(
            "Nettonuvärde ({years} år, {} diskonteringsränta, diskonterat till {base_year})",
            percent(rate, 2)
        )
    },
    npv_cash_only: "Nettonuvärde utan frigjord tid",
    payback: "Återbetalningsår",
    payback_year: |year, index| format!("{year} (år {index})"),
    payback_none: "inom kalkylperioden: nej",
    bcr: "Nyttokostnadskvot",
    payback_cash_only: "Återbetalningsår utan frigjord tid",
    bcr_cash_only: "Nyttokostnadskvot utan frigjord tid",
    with_freed_time_note: "Nettonuvärde, återbetalningsår och nyttokostnadskvot utan tillägg räknar med värdet av frigjord tid; raderna utan frigjord tid visar bara ekonomisk nytta, det som når en budgetrad.",
    risks: "Risker",
    no_risks: "Inga risker angivna.",
    risk_line: |p, c, score| format!("sannolikhet {p} × konsekvens {c} = {score}"),
    gates: "Ska-krav",
    initiative_owner: "Verksamhetsägare",
    financing: "Finansiering och förvaltning",
    score: "Bedömning per kriterium",
    score_line: |name, score, points| {
        let score = score.map_or_else(|| "–".to_string(), |s| s.to_string());
        format!("{name}: {score} av 5 ({} poäng)", decimal(points, 2))
    },
    decision: "Beslut i kraft",
};
