//! Texts of the walkthrough's analysis step: goals, benefits, costs, risks, readiness.

use crate::core::calc::numfmt::{decimal, kronor, number};
use crate::core::model::initiative::BenefitKind;
use crate::ui::pages::walkthrough::analysis::Factor;

pub struct AnalysisTexts {
    pub intro: &'static str,

    // 1. Koppling till mål
    pub section_links: &'static str,
    pub links_hint: &'static str,
    pub plan_goals: &'static str,
    pub no_goals: &'static str,
    /// The link to the plan's page, where goals are written.
    pub no_goals_link: &'static str,
    pub agenda2030: &'static str,

    // 2. Nyttor
    pub section_benefits: &'static str,
    pub benefits_hint: &'static str,
    pub no_benefits: &'static str,
    pub add_benefit: &'static str,
    pub remove_benefit: &'static str,
    pub benefit_legend: &'static str,
    pub benefit_untitled: &'static str,
    pub benefit_title: &'static str,
    pub benefit_class: &'static str,
    pub class_ekonomisk: &'static str,
    pub class_frigjord_tid: &'static str,
    pub class_kvalitativ: &'static str,
    pub kronor_per_year: &'static str,
    pub time_basis: &'static str,
    pub basis_cases: &'static str,
    pub basis_hours: &'static str,
    pub cases_per_year: &'static str,
    pub minutes_per_case: &'static str,
    pub hours_per_year: &'static str,
    pub realised_share: &'static str,
    pub use_of_time: &'static str,
    pub use_of_time_hint: &'static str,
    /// Freed hours a year, the plan's hourly cost, their value a year after the realised share.
    pub freed_summary: fn(f64, f64, f64) -> String,
    pub description: &'static str,
    pub description_hint: &'static str,
    pub owner: &'static str,
    pub baseline: &'static str,
    pub target: &'static str,
    pub measure: &'static str,
    pub first_year: &'static str,
    pub last_year: &'static str,
    pub years_order: &'static str,

    // Low/high of an estimate, after the expected figure's label.
    pub estimate_low: fn(&str) -> String,
    pub estimate_high: fn(&str) -> String,
    pub unit_kr: &'static str,
    pub unit_min: &'static str,
    pub unit_h: &'static str,

    // 3. Kostnader
    pub section_costs: &'static str,
    pub costs_hint: &'static str,
    pub investments: &'static str,
    pub no_investments: &'static str,
    pub investment_legend: &'static str,
    pub investment_year: &'static str,
    pub investment_amount: &'static str,
    pub add_investment: &'static str,
    pub remove_investment: &'static str,
    pub remove_investment_hidden: &'static str,
    pub running: &'static str,
    pub running_cost: &'static str,

    // 4. Risker
    pub section_risks: &'static str,
    pub risks_hint: &'static str,
    pub no_risks: &'static str,
    pub risk_legend: &'static str,
    pub risk_untitled: &'static str,
    pub risk_description: &'static str,
    pub probability: &'static str,
    pub consequence: &'static str,
    pub mitigation: &'static str,
    /// Probability × consequence, 1–25.
    pub risk_score: fn(u8) -> String,
    pub highest_risk: &'static str,
    pub highest_risk_none: &'static str,
    /// The risk's description and score.
    pub highest_risk_item: fn(&str, u8) -> String,
    pub add_risk: &'static str,
    pub remove_risk: &'static str,
    pub scale: [&'static str; 5],

    // 5. Trygg digitalisering
    pub section_safe: &'static str,
    pub personal_data: &'static str,
    pub security_classification: &'static str,
    pub legal_ethical: &'static str,

    // 6. Förmåga
    pub section_readiness: &'static str,
    pub readiness_hint: &'static str,
    pub factor_ownership: &'static str,
    pub factor_ownership_hint: &'static str,
    pub factor_competence: &'static str,
    pub factor_competence_hint: &'static str,
    pub factor_it_environment: &'static str,
    pub factor_it_environment_hint: &'static str,
    pub factor_information: &'static str,
    pub factor_information_hint: &'static str,
    pub readiness_score: &'static str,
    pub not_rated: &'static str,
    pub readiness_comment: &'static str,

    // 7. Ägarskap och finansiering
    pub section_ownership: &'static str,
    pub business_owner: &'static str,
    pub business_owner_hint: &'static str,
    pub financing_plan: &'static str,
    pub financing_plan_hint: &'static str,
}

pub const ANALYSIS_SV: AnalysisTexts = AnalysisTexts {
    intro: "Beskriv vad initiativet ska ge, vad det kostar och vad som kan gå fel. Uppgifterna blir beslutsunderlaget för prioriteringen.",

    section_links: "Koppling till mål",
    links_hint: "Koppling till minst ett av planens mål är ett ska-krav.",
    plan_goals: "Planens mål",
    no_goals: "Planen har inga mål ännu.",
    no_goals_link: "Lägg till mål på planens sida",
    agenda2030: "Agenda 2030: hållbarhet",

    section_benefits: "Nyttor",
    benefits_hint: "Håll isär nyttoklasserna. Ekonomisk nytta är kronor som syns i en budget. Frigjord tid är arbetstid som frigörs; den blir en vinst först när tiden används till något annat. Kvalitativ nytta, till exempel bättre tillgänglighet eller säkerhet, beskrivs och mäts men prissätts inte.",
    no_benefits: "Inga nyttor ännu.",
    add_benefit: "Lägg till nytta",
    remove_benefit: "Ta bort nytta",
    benefit_legend: "Nytta",
    benefit_untitled: "(nytta utan namn)",
    benefit_title: "Nyttans namn",
    benefit_class: "Nyttoklass",
    class_ekonomisk: "Ekonomisk nytta",
    class_frigjord_tid: "Frigjord tid",
    class_kvalitativ: "Kvalitativ nytta",
    kronor_per_year: "Kronor per år",
    time_basis: "Hur tiden beräknas",
    basis_cases: "Ärenden × minuter",
    basis_hours: "Timmar per år",
    cases_per_year: "Ärenden per år",
    minutes_per_case: "Minuter som sparas per ärende",
    hours_per_year: "Timmar per år",
    realised_share: "Andel som förväntas realiseras (%)",
    use_of_time: "Vad den frigjorda tiden ska användas till",
    use_of_time_hint: "Frigjord tid som inte används till något annat blir ingen verklig vinst.",
    freed_summary: |hours, rate, value| {
        format!(
            "Det blir {} timmar per år. Med planens timkostnad ({}\u{a0}kr/h) och andelen som förväntas realiseras motsvarar det {} per år.",
            decimal(hours, 1),
            number(rate, 2),
            kronor(value)
        )
    },
    description: "Beskrivning",
    description_hint: "Vad blir bättre, och för vem?",
    owner: "Nyttoägare",
    baseline: "Utgångsvärde",
    target: "Målvärde",
    measure: "Hur nyttan mäts",
    first_year: "Första år (0 = startår)",
    last_year: "Sista år",
    years_order: "Sista år är före första år, så nyttan räknas inte med i kalkylen.",

    estimate_low: |label| format!("{label}, lågt värde (valfritt)"),
    estimate_high: |label| format!("{label}, högt värde (valfritt)"),
    unit_kr: "kr",
    unit_min: "min",
    unit_h: "timmar",

    section_costs: "Kostnader",
    costs_hint: "Ange engångsinvesteringar för det år de görs och den årliga driftkostnaden. Lågt och högt värde är valfria och används för att visa osäkerheten.",
    investments: "Investeringar",
    no_investments: "Inga investeringar ännu.",
    investment_legend: "Investering",
    investment_year: "År (0 = startår)",
    investment_amount: "Belopp",
    add_investment: "Lägg till investering",
    remove_investment: "Ta bort",
    remove_investment_hidden: "investering",
    running: "Driftkostnad",
    running_cost: "Årlig driftkostnad",

    section_risks: "Risker",
    risks_hint: "Bedöm sannolikhet och konsekvens från 1 till 5. Riskvärdet är sannolikhet × konsekvens, högst 25.",
    no_risks: "Inga risker ännu.",
    risk_legend: "Risk",
    risk_untitled: "(risk utan beskrivning)",
    risk_description: "Beskrivning av risken",
    probability: "Sannolikhet",
    consequence: "Konsekvens",
    mitigation: "Åtgärd",
    risk_score: |score| format!("Riskvärde: {score} av 25"),
    highest_risk: "Högsta risk:",
    highest_risk_none: "inga risker är angivna.",
    highest_risk_item: |name, score| format!("{name} (riskvärde {score} av 25)"),
    add_risk: "Lägg till risk",
    remove_risk: "Ta bort risk",
    scale: ["1 – mycket låg", "2 – låg", "3 – medel", "4 – hög", "5 – mycket hög"],

    section_safe: "Trygg digitalisering",
    personal_data: "Behandlas personuppgifter? Hur?",
    security_classification: "Informationssäkerhetsklassning",
    legal_ethical: "Juridiska och etiska frågor",

    section_readiness: "Förmåga",
    readiness_hint: "Hur väl är verksamheten rustad att realisera nyttorna? Bedöm de fyra framgångsfaktorerna från 1 (mycket låg) till 5 (mycket hög).",
    factor_ownership: "Aktivt ägarskap",
    factor_ownership_hint: "Verksamheten driver digitaliseringen mot sina mål och har inflytande över hur tjänsten utformas.",
    factor_competence: "Digital kompetens",
    factor_competence_hint: "Medarbetarna har den digitala kompetens som krävs för nya arbetssätt.",
    factor_it_environment: "Tillgänglig, robust och säker IT-miljö",
    factor_it_environment_hint: "IT-miljön har den tillgänglighet, kapacitet, stabilitet och säkerhet som lösningen kräver.",
    factor_information: "Säker informationshantering",
    factor_information_hint: "Informationens värde och hot mot den är kända, och skydd och integritet hanteras.",
    readiness_score: "Bedömning",
    not_rated: "Ej bedömd",
    readiness_comment: "Kommentar",

    section_ownership: "Ägarskap och finansiering",
    business_owner: "Verksamhetsägare",
    business_owner_hint: "Den som äger initiativet i verksamheten och ansvarar för att nyttan realiseras. Ett ska-krav.",
    financing_plan: "Plan för finansiering och förvaltning",
    financing_plan_hint: "Hur investering och drift finansieras, och vem som förvaltar lösningen efter införandet. Ett ska-krav.",
};

impl AnalysisTexts {
    pub fn benefit_class(&self, kind: &BenefitKind) -> &'static str {
        match kind {
            BenefitKind::Ekonomisk { .. } => self.class_ekonomisk,
            BenefitKind::FrigjordTid { .. } => self.class_frigjord_tid,
            BenefitKind::Kvalitativ { .. } => self.class_kvalitativ,
        }
    }

    /// A success factor's name and the hint under it.
    pub fn factor(&self, factor: Factor) -> (&'static str, &'static str) {
        match factor {
            Factor::Ownership => (self.factor_ownership, self.factor_ownership_hint),
            Factor::Competence => (self.factor_competence, self.factor_competence_hint),
            Factor::ItEnvironment => (self.factor_it_environment, self.factor_it_environment_hint),
            Factor::Information => (self.factor_information, self.factor_information_hint),
        }
    }
}
