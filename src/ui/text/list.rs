//! Texts of the plan view "Prioriteringslista".

pub struct ListTexts {
    pub intro: &'static str,

    pub weights_legend: &'static str,
    pub weights_hint: &'static str,
    /// `{name}`: the criterion.
    pub weight_label: &'static str,

    pub filters_legend: &'static str,
    pub filter_stage: &'static str,
    pub filter_goal: &'static str,
    pub filter_unit: &'static str,
    pub filter_target: &'static str,
    pub all: &'static str,
    /// `{shown}`, `{total}`.
    pub count: &'static str,
    /// `{column}`, `{direction}`.
    pub sorted_by: &'static str,
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
    /// `{score}`: 1–25.
    pub risk_of: &'static str,
    pub gates_met: &'static str,
    pub empty_ranked: &'static str,

    pub breakdown_summary: &'static str,
    /// Read after the summary, so each row's disclosure has its own name. `{title}`.
    pub breakdown_for: &'static str,
    /// `{name}`, `{score}`, `{share}`, `{points}`.
    pub breakdown_part: &'static str,
    /// `{name}`, `{share}`.
    pub breakdown_unscored: &'static str,
    /// `{total}`.
    pub breakdown_total: &'static str,
    pub breakdown_incomplete: &'static str,
    pub breakdown_formula: &'static str,

    pub stable: &'static str,
    /// `{min}`, `{max}`.
    pub unstable: &'static str,
    pub sensitivity_heading: &'static str,
    pub sensitivity_body: &'static str,
    /// `{unstable}`, `{ranked}`.
    pub sensitivity_summary: &'static str,

    pub blocked_heading: &'static str,
    pub blocked_intro: &'static str,
    pub blocked_none: &'static str,

    /// `{n}`: rows per page.
    pub previous: &'static str,
    pub next: &'static str,
    /// `{page}`, `{pages}`.
    pub page_of: &'static str,
    /// `{table}`: the table's caption.
    pub pager_label: &'static str,
}

pub const LIST_SV: ListTexts = ListTexts {
    intro: "Alla initiativ i planen, rangordnade efter viktad poäng. Sortera på valfri kolumn, \
            filtrera och pröva andra vikter. Initiativ som inte uppfyller ska-kraven rangordnas \
            inte och visas för sig.",

    weights_legend: "Vikter",
    weights_hint:
        "Vikterna är planens egna och sparas. När du ändrar en vikt rangordnas listan om \
                   direkt. Bara förhållandet mellan vikterna spelar roll.",
    weight_label: "Vikt för {name}",

    filters_legend: "Filtrera",
    filter_stage: "Steg",
    filter_goal: "Mål",
    filter_unit: "Förvaltning",
    filter_target: "Målgrupp",
    all: "Alla",
    count: "Visar {shown} av {total} initiativ.",
    sorted_by: "Sorterad efter {column}, {direction}.",
    ascending: "stigande",
    descending: "fallande",
    sort_by: "Sortera efter ",

    ranked_caption: "Rangordnade initiativ",
    col_rank: "Plats",
    col_title: "Initiativ",
    col_stage: "Steg",
    col_goals: "Mål",
    col_score: "Viktad poäng",
    col_npv: "Nettonuvärde",
    col_hours: "Frigjorda timmar per år",
    col_investment: "Investering",
    col_risk: "Högsta risk",
    col_gates: "Ska-krav",
    col_sensitivity: "Känslighet",
    col_missing: "Saknade ska-krav",
    none: "–",
    not_scored: "Ej poängsatt",
    risk_of: "{score} av 25",
    gates_met: "Uppfyllda",
    empty_ranked: "Inga initiativ som uppfyller ska-kraven matchar filtren.",

    breakdown_summary: "Poäng per kriterium",
    breakdown_for: " för {title}",
    breakdown_part: "{name}: betyg {score}, vikt {share} → {points} poäng",
    breakdown_unscored: "{name}: ej poängsatt, vikt {share}",
    breakdown_total: "Summa: {total} poäng",
    breakdown_incomplete: "Summa saknas tills alla kriterier med vikt är poängsatta.",
    breakdown_formula:
        "Varje kriterium ger sin andel av vikten gånger (betyg − 1) / 4, så betyg 5 \
                        på alla kriterier ger 100 poäng.",

    stable: "Stabil",
    unstable: "Instabil: plats {min}–{max}",
    sensitivity_heading: "Hur säker är rangordningen?",
    sensitivity_body: "Kolumnen Känslighet visar om ett initiativs plats ändras när en \
                       kriterievikt i taget sänks eller höjs med 20 %. Stabil betyder att platsen \
                       står sig i alla dessa fall. Instabil betyder att platsen hänger på hur \
                       vikterna sätts: intervallet visar vilka platser initiativet kan hamna på. \
                       Diskutera instabila platser i forumet innan beslut.",
    sensitivity_summary: "{unstable} av {ranked} rangordnade initiativ har en instabil plats.",

    blocked_heading: "Uppfyller inte ska-kraven",
    blocked_intro: "De här initiativen rangordnas inte förrän alla ska-krav är uppfyllda. \
                    Kolumnen visar vad som saknas.",
    blocked_none: "Alla initiativ som visas uppfyller ska-kraven.",

    previous: "Föregående {n}",
    next: "Nästa {n}",
    page_of: "Sida {page} av {pages}",
    pager_label: "Sidor: {table}",
};
