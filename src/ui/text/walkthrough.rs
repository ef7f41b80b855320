//! Texts of the guided walkthrough: steps, fields, what is missing, decisions.

use crate::core::calc::{Gate, NumberError};
use crate::core::model::initiative::{DecisionOutcome, NationalArea, Sustainability, TargetGroup};
use crate::core::workflow::walkthrough::Step;

pub struct WalkTexts {
    pub steps_label: &'static str,
    pub steps: [&'static str; 4],
    pub step_of: &'static str,
    pub step_done: &'static str,
    pub step_incomplete: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub missing_title: &'static str,
    pub nothing_missing: &'static str,
    pub back_to_plan: &'static str,
    pub not_found: &'static str,
    pub autosave_hint: &'static str,

    pub title: &'static str,
    pub problem: &'static str,
    pub problem_hint: &'static str,
    pub current_situation: &'static str,
    pub target_groups: &'static str,
    pub proposing_unit: &'static str,
    pub contact: &'static str,
    pub equality: &'static str,
    pub equality_hint: &'static str,
    pub participation: &'static str,
    pub participation_hint: &'static str,
    pub verified: &'static str,
    pub verified_hint: &'static str,

    pub missing_problem: &'static str,
    pub missing_target_group: &'static str,
    pub missing_unit: &'static str,
    pub missing_benefits: &'static str,
    pub missing_costs: &'static str,
    pub missing_score: &'static str,
    pub missing_decision: &'static str,
    pub missing_title_field: &'static str,

    pub gates_title: &'static str,
    pub gate_met: &'static str,
    pub gate_missing: &'static str,
    pub gates: [&'static str; 4],
    pub gates_block: &'static str,

    pub number_empty: &'static str,
    pub number_nan: &'static str,
    pub number_negative: &'static str,
    pub number_range: &'static str,
    pub number_whole: &'static str,
    pub kept_value: &'static str,

    pub criteria_intro: &'static str,
    pub criterion_legend: &'static str,
    pub score_title: &'static str,
    pub score_total: &'static str,
    pub score_incomplete: &'static str,
    pub score_formula: &'static str,
    pub col_criterion: &'static str,
    pub col_score: &'static str,
    pub col_weight: &'static str,
    pub col_points: &'static str,
    pub not_scored: &'static str,
    pub rank_would: &'static str,
    pub rank_unknown: &'static str,
    pub rank_blocked: &'static str,

    pub decision_new: &'static str,
    pub decision_outcome: &'static str,
    pub decision_date: &'static str,
    pub decision_forum: &'static str,
    pub decision_forum_hint: &'static str,
    pub decision_reason: &'static str,
    pub decision_responsible: &'static str,
    pub decision_period: &'static str,
    pub decision_period_hint: &'static str,
    pub decision_budget: &'static str,
    pub decision_submit: &'static str,
    pub decision_recorded: &'static str,
    pub decision_in_plan: &'static str,
    pub decision_history: &'static str,
    pub decision_none: &'static str,
    pub decision_prioritised_blocked: &'static str,
    pub decision_date_missing: &'static str,
    pub decision_forum_missing: &'static str,
    pub forum_suggestions: [&'static str; 4],
    pub kr: &'static str,

    pub target_group_names: [&'static str; 6],
    pub national_area_names: [&'static str; 5],
    pub sustainability_names: [&'static str; 3],
    pub outcomes: [&'static str; 4],
}

pub const WALK_SV: WalkTexts = WalkTexts {
    steps_label: "Beredningens steg",
    steps: ["Behov", "Analys", "Prioritering", "Beslut"],
    step_of: "Steg {n} av 4",
    step_done: "klart",
    step_incomplete: "saknar uppgifter",
    previous: "Föregående steg",
    next: "Nästa steg",
    missing_title: "Det här saknas",
    nothing_missing: "Inget saknas i det här steget.",
    back_to_plan: "Tillbaka till planen",
    not_found: "Initiativet finns inte i planen. Det kan ha tagits bort.",
    autosave_hint: "Allt du skriver sparas automatiskt. Du kan lämna och fortsätta senare.",

    title: "Titel",
    problem: "Problem och behov",
    problem_hint: "Vilket problem ska lösas, och för vem?",
    current_situation: "Nuläge",
    target_groups: "Vem har behovet? (målgrupper)",
    proposing_unit: "Förvaltning eller verksamhet som föreslår",
    contact: "Kontaktperson",
    equality: "Kvinnors och mäns behov, ålder och funktionsnedsättning",
    equality_hint: "Hur har olika gruppers behov inventerats och beaktats?",
    participation: "Användarnas delaktighet",
    participation_hint: "Hur deltar de som har behovet i arbetet?",
    verified: "Behovet är verifierat",
    verified_hint: "Behovet är bekräftat av dem som har det, till exempel genom intervjuer eller statistik. Ett ska-krav.",

    missing_problem: "Beskriv problemet och behovet",
    missing_target_group: "Välj minst en målgrupp",
    missing_unit: "Ange förvaltning eller verksamhet",
    missing_benefits: "Lägg till minst en nytta",
    missing_costs: "Ange kostnader (investering eller årlig driftkostnad)",
    missing_score: "Bedöm kriteriet",
    missing_decision: "Inget beslut är registrerat",
    missing_title_field: "Ge initiativet en titel",

    gates_title: "Ska-krav",
    gate_met: "uppfyllt",
    gate_missing: "saknas",
    gates: [
        "Verifierat behov",
        "Namngiven verksamhetsägare",
        "Plan för finansiering och förvaltning",
        "Koppling till minst ett mål",
    ],
    gates_block: "Initiativet kan sparas men inte prioriteras förrän alla ska-krav är uppfyllda. Saknas:",

    number_empty: "Ange ett värde.",
    number_nan: "Ange ett tal, till exempel 1 234,5.",
    number_negative: "Värdet kan inte vara negativt.",
    number_range: "Ange ett värde mellan {min} och {max}.",
    number_whole: "Ange ett heltal.",
    kept_value: "Senast giltiga värde används:",

    criteria_intro: "Bedöm initiativet mot planens kriterier, 1–5. Poängen är absolut: den ändras inte när andra initiativ läggs till. Kriterier och vikter ändras i planens översikt.",
    criterion_legend: "{name} (vikt {weight})",
    score_title: "Viktad poäng",
    score_total: "{score} av 100",
    score_incomplete: "Bedöm alla kriterier för att få en poäng.",
    score_formula: "Poäng = Σ vikt × (bedömning − 1) ÷ 4 ÷ Σ vikt × 100. Alla 1:or ger 0, alla 5:or ger 100.",
    col_criterion: "Kriterium",
    col_score: "Bedömning",
    col_weight: "Vikt",
    col_points: "Bidrag till poängen",
    not_scored: "ej bedömd",
    rank_would: "Med den här poängen skulle initiativet i dag hamna på plats {rank} av {of} i planens prioriteringslista.",
    rank_unknown: "Placeringen visas när alla kriterier är bedömda.",
    rank_blocked: "Initiativet kommer inte med i prioriteringslistan förrän alla ska-krav är uppfyllda.",

    decision_new: "Registrera ett beslut",
    decision_outcome: "Beslut",
    decision_date: "Datum",
    decision_forum: "Forum",
    decision_forum_hint: "Till exempel strategigrupp, ledningsgrupp eller styrgrupp.",
    decision_reason: "Beslutstext och motivering",
    decision_responsible: "Ansvarig",
    decision_period: "Period",
    decision_period_hint: "Som i handlingsplanen, till exempel 2025 eller 2025–2026.",
    decision_budget: "Budget",
    decision_submit: "Registrera beslut",
    decision_recorded: "Beslutet registrerades:",
    decision_in_plan: "Initiativet finns nu som aktivitet i planens handlingsplan.",
    decision_history: "Beslutshistorik",
    decision_none: "Inga beslut ännu.",
    decision_prioritised_blocked: "Prioriterad kan väljas först när alla ska-krav är uppfyllda.",
    decision_date_missing: "Ange beslutets datum.",
    decision_forum_missing: "Ange vilket forum som fattade beslutet.",
    forum_suggestions: ["Strategigrupp", "Ledningsgrupp", "Styrgrupp", "Regionala ledningsgruppen"],
    kr: "kr",

    target_group_names: ["Invånare", "Medarbetare", "Patienter", "Resenärer", "Företag", "Andra organisationer"],
    national_area_names: ["Digital kompetens", "Digital trygghet", "Digital innovation", "Digital ledning", "Digital infrastruktur"],
    sustainability_names: ["Ekonomisk hållbarhet", "Social hållbarhet", "Ekologisk hållbarhet"],
    outcomes: ["Prioriterad", "Avslagen", "Vilande", "Återremitterad"],
};

impl WalkTexts {
    pub fn step(&self, step: Step) -> &'static str {
        self.steps[step as usize]
    }

    pub fn gate(&self, gate: Gate) -> &'static str {
        let i = Gate::ALL.iter().position(|g| *g == gate).unwrap_or(0);
        self.gates[i]
    }

    pub fn target_group(&self, g: TargetGroup) -> &'static str {
        let i = TargetGroup::ALL.iter().position(|x| *x == g).unwrap_or(0);
        self.target_group_names[i]
    }

    pub fn national_area(&self, a: NationalArea) -> &'static str {
        let i = NationalArea::ALL.iter().position(|x| *x == a).unwrap_or(0);
        self.national_area_names[i]
    }

    pub fn sustainability(&self, s: Sustainability) -> &'static str {
        match s {
            Sustainability::Ekonomisk => self.sustainability_names[0],
            Sustainability::Social => self.sustainability_names[1],
            Sustainability::Ekologisk => self.sustainability_names[2],
        }
    }

    pub fn outcome(&self, o: DecisionOutcome) -> &'static str {
        match o {
            DecisionOutcome::Prioriterad => self.outcomes[0],
            DecisionOutcome::Avslagen => self.outcomes[1],
            DecisionOutcome::Vilande => self.outcomes[2],
            DecisionOutcome::Aterremitterad => self.outcomes[3],
        }
    }

    /// The message for a rejected number, tied to its field.
    pub fn number_error(&self, e: NumberError) -> String {
        use crate::core::calc::numfmt::decimal;
        match e {
            NumberError::Empty => self.number_empty.into(),
            NumberError::NotANumber => self.number_nan.into(),
            NumberError::Negative => self.number_negative.into(),
            NumberError::OutOfRange { min, max } => self
                .number_range
                .replace("{min}", &decimal(min, 2))
                .replace("{max}", &decimal(max, 2)),
            NumberError::NotWhole => self.number_whole.into(),
        }
    }
}
