//! Texts of the decision document (tjänsteskrivelse, docs/domain.md §2.9): its headings, the
//! words around its figures, the texts the app writes for the sammanfattning and the förslag
//! till beslut, and the page's controls. The document goes to the forum in the chosen language.

use crate::core::calc::numfmt::{kronor, number};
use crate::core::document::{rank_runs, DecisionDocument};

pub struct DocumentTexts {
    /// The document's title, with the plan's name.
    pub title: fn(&str) -> String,
    pub choice_legend: &'static str,
    pub choice_line: &'static str,
    pub choice_chosen: &'static str,
    pub line_label: &'static str,
    /// How many initiatives are ranked, under the line field.
    pub line_hint: fn(usize) -> String,
    pub chosen_legend: &'static str,
    pub use_forum: &'static str,
    pub use_forum_hint: &'static str,
    pub edit_own_words: &'static str,
    pub own_words_hint: &'static str,
    pub reset_text: &'static str,
    pub export_word: &'static str,
    /// The file the export saved.
    pub export_done: fn(&str) -> String,
    pub export_hint: &'static str,

    pub summary: &'static str,
    pub decision: &'static str,
    pub matter: &'static str,
    pub goals: &'static str,
    pub preparation: &'static str,
    pub criteria: &'static str,
    pub changes: &'static str,
    pub economy: &'static str,
    pub consequences: &'static str,
    pub equality: &'static str,
    pub children: &'static str,
    pub safe: &'static str,
    pub risks: &'static str,
    pub readiness: &'static str,
    pub strategy: &'static str,
    pub initiatives: &'static str,

    /// The text the app writes for the sammanfattning.
    pub summary_text: fn(&DecisionDocument) -> String,
    /// The text the app writes for the förslag till beslut, with the forum's name.
    pub decision_text: fn(&DecisionDocument, &str) -> String,
    /// Who decides when the plan names no forum.
    pub forum_fallback: &'static str,
    /// The plan's name, organisation and period.
    pub matter_intro: fn(&str, &str, i32, i32) -> String,
    pub no_goals: &'static str,
    /// A goal's name and how many proposed initiatives serve it.
    pub goal_line: fn(&str, usize) -> String,
    pub preparation_text: fn(&DecisionDocument) -> String,
    pub criteria_caption: &'static str,
    pub col_criterion: &'static str,
    pub col_weight: &'static str,
    pub col_share: &'static str,
    pub economy_intro: &'static str,
    pub by_year_caption: &'static str,
    pub col_year: &'static str,
    pub col_investment: &'static str,
    pub col_running: &'static str,
    pub col_cash_benefit: &'static str,
    pub col_cash_net: &'static str,
    pub col_freed_hours: &'static str,
    pub col_freed_value: &'static str,
    pub investment_total: &'static str,
    pub running_total: &'static str,
    /// NPV with freed time, discounted to the year given.
    pub npv_with_freed: fn(i32) -> String,
    pub npv_cash_only: &'static str,
    pub params_caption: &'static str,
    pub consequences_intro: &'static str,
    pub col_initiative: &'static str,
    pub target_groups: &'static str,
    pub equality_considerations: &'static str,
    pub participation: &'static str,
    pub not_answered: &'static str,
    pub children_text: &'static str,
    pub col_personal_data: &'static str,
    pub col_security: &'static str,
    pub col_legal: &'static str,
    pub safe_caption: &'static str,
    pub risks_caption: &'static str,
    pub col_risk: &'static str,
    pub col_risk_score: &'static str,
    pub col_mitigation: &'static str,
    pub no_risks: &'static str,
    pub readiness_caption: &'static str,
    /// A rating 1–5.
    pub rating: fn(u8) -> String,
    pub not_rated: &'static str,
    pub strategy_caption: &'static str,
    pub col_areas: &'static str,
    pub col_agenda: &'static str,
    pub none_linked: &'static str,
    pub nothing_proposed: &'static str,
    /// Proposed initiatives beyond what the document shows one by one.
    pub more_sections: fn(usize) -> String,
    pub unranked_mark: &'static str,
}

/// "A, B och C".
pub(crate) fn joined(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} {and} {last}", head.join(", ")),
    }
}

/// "1–3 och 5", the ranks of the proposed initiatives.
pub(crate) fn ranks(doc: &DecisionDocument, and: &str) -> String {
    let ranked: Vec<usize> = doc.proposed.iter().filter_map(|p| p.rank).collect();
    let runs: Vec<String> = rank_runs(&ranked)
        .into_iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    joined(&runs, and)
}

pub(crate) fn titles(doc: &DecisionDocument, and: &str) -> String {
    let titles: Vec<String> = doc
        .proposed
        .iter()
        .map(|p| p.title.trim().to_string())
        .collect();
    joined(&titles, and)
}

pub const DOCUMENT_SV: DocumentTexts = DocumentTexts {
    title: |plan| format!("Beslutsunderlag: {plan}"),
    choice_legend: "Vilka initiativ föreslås?",
    choice_line: "De högst rangordnade, ovanför en linje",
    choice_chosen: "Ett eget urval",
    line_label: "Antal initiativ ovanför linjen",
    line_hint: |n| format!("{n} initiativ är rangordnade."),
    chosen_legend: "Initiativ i förslaget",
    use_forum: "Använd forumets urval från budgetscenariot",
    use_forum_hint: "Urvalet i budgetscenariot, eller de initiativ som redan är prioriterade.",
    edit_own_words: "Skriv med egna ord",
    own_words_hint: "Texten sparas med planen. Töm fältet för att åter använda appens förslag.",
    reset_text: "Återställ förslaget",
    export_word: "Exportera för Word",
    export_done: |file| format!("Underlaget sparades som {file}."),
    export_hint: "En fil som Word öppnar med rubriker och tabeller, för att redigera underlaget innan det går till forumet.",

    summary: "Sammanfattning",
    decision: "Förslag till beslut",
    matter: "Ärendet",
    goals: "Planens mål",
    preparation: "Beredning och rangordning",
    criteria: "Kriterier och vikter",
    changes: "Uppdaterat från föregående version",
    economy: "Ekonomiska konsekvenser",
    consequences: "Konsekvensbeskrivningar",
    equality: "Jämställdhet, tillgänglighet och målgrupper",
    children: "Barnets rättigheter (barnkonventionen)",
    safe: "Trygg digitalisering",
    risks: "Risker",
    readiness: "Förmåga: de fyra framgångsfaktorerna",
    strategy: "Nationell digitaliseringsstrategi och Agenda 2030",
    initiatives: "Föreslagna initiativ",

    summary_text: |d| {
        if d.proposed.is_empty() {
            return format!("Underlaget föreslår inga initiativ av planens {}.", d.considered);
        }
        format!(
            "Underlaget föreslår {} av planens {} initiativ. Investeringen är sammanlagt {} och driftkostnaden {} per år. Nettonuvärdet är {} när värdet av frigjord tid räknas med och {} utan frigjord tid (diskonterat till {}). Initiativen frigör omkring {}\u{a0}timmar per år, som inte är pengar i budgeten förrän tiden används till annat.",
            d.totals.count,
            d.considered,
            kronor(d.totals.investment),
            kronor(d.totals.running),
            kronor(d.totals.npv),
            kronor(d.totals.npv_cash_only),
            d.base_year,
            number(d.totals.freed_hours, 0)
        )
    },
    decision_text: |d, forum| {
        if d.proposed.is_empty() {
            return format!("{forum} föreslås besluta att inte prioritera några initiativ nu.");
        }
        let which = if d.proposed.iter().all(|p| p.rank.is_some()) {
            format!("initiativ {} i rangordningen: {}", ranks(d, "och"), titles(d, "och"))
        } else {
            titles(d, "och")
        };
        format!(
            "{forum} föreslås besluta att prioritera {which}, med en sammanlagd investering på {} och en driftkostnad på {} per år.",
            kronor(d.totals.investment),
            kronor(d.totals.running)
        )
    },
    forum_fallback: "Beslutsforumet",
    matter_intro: |plan, org, from, to| format!("Ärendet gäller {plan} för {org}, planperiod {from}–{to}."),
    no_goals: "Planen har inga mål angivna.",
    goal_line: |goal, n| match n {
        0 => format!("{goal}: inget föreslaget initiativ bidrar"),
        1 => format!("{goal}: 1 föreslaget initiativ bidrar"),
        n => format!("{goal}: {n} föreslagna initiativ bidrar"),
    },
    preparation_text: |d| {
        let choice = match d.line {
            Some(n) => format!("Underlaget föreslår de {n} högst rangordnade."),
            None if d.proposed.iter().all(|p| p.rank.is_some()) && d.proposed.len() == d.ranked => {
                "Underlaget föreslår alla rangordnade initiativ.".to_string()
            }
            None => format!("Underlaget föreslår ett eget urval av {} initiativ.", d.proposed.len()),
        };
        format!(
            "Initiativen har beretts steg för steg: behov, analys av nyttor, kostnader och risker, ska-krav och bedömning mot planens kriterier. Av planens {} initiativ uppfyller {} alla ska-krav och är fullständigt bedömda; de rangordnas efter viktad poäng och därefter nettonuvärde. {choice}",
            d.considered, d.ranked
        )
    },
    criteria_caption: "Kriterier med vikt och andel av den viktade poängen",
    col_criterion: "Kriterium",
    col_weight: "Vikt",
    col_share: "Andel",
    economy_intro: "De föreslagna initiativens kostnader och nyttor per år, utan diskontering. Frigjord tid redovisas för sig: den blir pengar i budgeten först när tiden används till annat.",
    by_year_caption: "Ekonomi per år för de föreslagna initiativen",
    col_year: "År",
    col_investment: "Investering",
    col_running: "Driftkostnad",
    col_cash_benefit: "Ekonomisk nytta",
    col_cash_net: "Netto i budgeten",
    col_freed_hours: "Frigjord tid (h)",
    col_freed_value: "Värde av frigjord tid",
    investment_total: "Investering totalt",
    running_total: "Driftkostnad per år",
    npv_with_freed: |year| format!("Nettonuvärde med frigjord tid (diskonterat till {year})"),
    npv_cash_only: "Nettonuvärde utan frigjord tid",
    params_caption: "Planens parametrar med källa och år",
    consequences_intro: "Konsekvenserna så som de beskrivits i genomgången av varje föreslaget initiativ.",
    col_initiative: "Initiativ",
    target_groups: "Målgrupper",
    equality_considerations: "Kvinnor och män, ålder och funktionsnedsättning",
    participation: "Användarnas delaktighet",
    not_answered: "Inte besvarat",
    children_text: "Genomgången frågar ännu inte om konsekvenser för barn. Barnkonsekvenser har inte bedömts för de föreslagna initiativen.",
    col_personal_data: "Personuppgifter",
    col_security: "Informationssäkerhetsklassning",
    col_legal: "Juridiska och etiska frågor",
    safe_caption: "Trygg digitalisering per initiativ",
    risks_caption: "Risker per initiativ, högst först",
    col_risk: "Risk",
    col_risk_score: "Sannolikhet × konsekvens",
    col_mitigation: "Åtgärd",
    no_risks: "Inga risker angivna",
    readiness_caption: "Förmåga per initiativ, 1 (mycket låg) till 5 (mycket hög)",
    rating: |n| format!("{n} av 5"),
    not_rated: "Inte bedömd",
    strategy_caption: "Strategiområden och Agenda 2030 per initiativ",
    col_areas: "Strategiområden",
    col_agenda: "Agenda 2030",
    none_linked: "Inga angivna",
    nothing_proposed: "Inga initiativ föreslås.",
    more_sections: |n| format!("Ytterligare {n} föreslagna initiativ finns i tabellerna ovan men visas inte ett och ett."),
    unranked_mark: "inte rangordnat",
};
