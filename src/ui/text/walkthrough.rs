//! Texts of the guided walkthrough: steps, fields, what is missing, decisions.

use crate::core::calc::numfmt::decimal;
use crate::core::calc::{Gate, NumberError};
use crate::core::model::initiative::{DecisionOutcome, Sustainability, TargetGroup};
use crate::core::workflow::walkthrough::{Missing, Step};

pub struct WalkTexts {
    pub steps_label: &'static str,
    pub step_need: &'static str,
    pub step_analysis: &'static str,
    pub step_priority: &'static str,
    pub step_decision: &'static str,
    /// The step's number, from 1.
    pub step_of: fn(usize) -> String,
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
    pub gate_verified_need: &'static str,
    pub gate_named_owner: &'static str,
    pub gate_financing_plan: &'static str,
    pub gate_goal_link: &'static str,
    pub gates_block: &'static str,

    pub number_empty: &'static str,
    pub number_nan: &'static str,
    pub number_negative: &'static str,
    /// The smallest and the largest value allowed.
    pub number_range: fn(f64, f64) -> String,
    pub number_whole: &'static str,
    pub kept_value: &'static str,

    pub criteria_intro: &'static str,
    /// The criterion's name and weight.
    pub criterion_legend: fn(&str, f64) -> String,
    pub score_title: &'static str,
    /// The weighted score, 0–100.
    pub score_total: fn(f64) -> String,
    pub score_incomplete: &'static str,
    pub score_formula: &'static str,
    pub col_criterion: &'static str,
    pub col_score: &'static str,
    pub col_weight: &'static str,
    pub col_points: &'static str,
    pub not_scored: &'static str,
    /// The rank the initiative would get, and how many are ranked.
    pub rank_would: fn(usize, usize) -> String,
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

    pub group_invanare: &'static str,
    pub group_medarbetare: &'static str,
    pub group_patienter: &'static str,
    pub group_resenarer: &'static str,
    pub group_foretag: &'static str,
    pub group_andra_organisationer: &'static str,
    pub sustainability_ekonomisk: &'static str,
    pub sustainability_social: &'static str,
    pub sustainability_ekologisk: &'static str,
    pub outcome_prioriterad: &'static str,
    pub outcome_avslagen: &'static str,
    pub outcome_vilande: &'static str,
    pub outcome_aterremitterad: &'static str,
}

pub const WALK_SV: WalkTexts = WalkTexts {
    steps_label: "Beredningens steg",
    step_need: "Behov",
    step_analysis: "Analys",
    step_priority: "Prioritering",
    step_decision: "Beslut",
    step_of: |n| format!("Steg {n} av 4"),
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
    gate_verified_need: "Verifierat behov",
    gate_named_owner: "Namngiven verksamhetsägare",
    gate_financing_plan: "Plan för finansiering och förvaltning",
    gate_goal_link: "Koppling till minst ett mål",
    gates_block: "Initiativet kan sparas men inte prioriteras förrän alla ska-krav är uppfyllda. Saknas:",

    number_empty: "Ange ett värde.",
    number_nan: "Ange ett tal, till exempel 1 234,5.",
    number_negative: "Värdet kan inte vara negativt.",
    number_range: |min, max| {
        format!("Ange ett värde mellan {} och {}.", decimal(min, 2), decimal(max, 2))
    },
    number_whole: "Ange ett heltal.",
    kept_value: "Senast giltiga värde används:",

    criteria_intro: "Bedöm initiativet mot planens kriterier, 1–5. Poängen är absolut: den ändras inte när andra initiativ läggs till. Kriterier och vikter ändras i planens översikt.",
    criterion_legend: |name, weight| format!("{name} (vikt {})", decimal(weight, 2)),
    score_title: "Viktad poäng",
    score_total: |score| format!("{} av 100", decimal(score, 1)),
    score_incomplete: "Bedöm alla kriterier för att få en poäng.",
    score_formula: "Poäng = Σ vikt × (bedömning − 1) ÷ 4 ÷ Σ vikt × 100. Alla 1:or ger 0, alla 5:or ger 100.",
    col_criterion: "Kriterium",
    col_score: "Bedömning",
    col_weight: "Vikt",
    col_points: "Bidrag till poängen",
    not_scored: "ej bedömd",
    rank_would: |rank, of| {
        format!("Med den här poängen skulle initiativet i dag få rang {rank} av {of} i planens prioriteringslista.")
    },
    rank_unknown: "Rangen visas när alla kriterier är bedömda.",
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

    group_invanare: "Invånare",
    group_medarbetare: "Medarbetare",
    group_patienter: "Patienter",
    group_resenarer: "Resenärer",
    group_foretag: "Företag",
    group_andra_organisationer: "Andra organisationer",
    sustainability_ekonomisk: "Ekonomisk hållbarhet",
    sustainability_social: "Social hållbarhet",
    sustainability_ekologisk: "Ekologisk hållbarhet",
    outcome_prioriterad: "Prioriterad",
    outcome_avslagen: "Avslagen",
    outcome_vilande: "Vilande",
    outcome_aterremitterad: "Återremitterad",
};

impl WalkTexts {
    pub fn step(&self, step: Step) -> &'static str {
        match step {
            Step::Need => self.step_need,
            Step::Analysis => self.step_analysis,
            Step::Priority => self.step_priority,
            Step::Decision => self.step_decision,
        }
    }

    pub fn gate(&self, gate: Gate) -> &'static str {
        match gate {
            Gate::VerifiedNeed => self.gate_verified_need,
            Gate::NamedOwner => self.gate_named_owner,
            Gate::FinancingPlan => self.gate_financing_plan,
            Gate::GoalLink => self.gate_goal_link,
        }
    }

    pub fn target_group(&self, g: TargetGroup) -> &'static str {
        match g {
            TargetGroup::Invanare => self.group_invanare,
            TargetGroup::Medarbetare => self.group_medarbetare,
            TargetGroup::Patienter => self.group_patienter,
            TargetGroup::Resenarer => self.group_resenarer,
            TargetGroup::Foretag => self.group_foretag,
            TargetGroup::AndraOrganisationer => self.group_andra_organisationer,
        }
    }

    pub fn sustainability(&self, s: Sustainability) -> &'static str {
        match s {
            Sustainability::Ekonomisk => self.sustainability_ekonomisk,
            Sustainability::Social => self.sustainability_social,
            Sustainability::Ekologisk => self.sustainability_ekologisk,
        }
    }

    pub fn outcome(&self, o: DecisionOutcome) -> &'static str {
        match o {
            DecisionOutcome::Prioriterad => self.outcome_prioriterad,
            DecisionOutcome::Avslagen => self.outcome_avslagen,
            DecisionOutcome::Vilande => self.outcome_vilande,
            DecisionOutcome::Aterremitterad => self.outcome_aterremitterad,
        }
    }

    /// The message for a rejected number, tied to its field.
    pub fn number_error(&self, e: NumberError) -> String {
        match e {
            NumberError::Empty => self.number_empty.into(),
            NumberError::NotANumber => self.number_nan.into(),
            NumberError::Negative => self.number_negative.into(),
            NumberError::OutOfRange { min, max } => (self.number_range)(min, max),
            NumberError::NotWhole => self.number_whole.into(),
        }
    }

    /// One thing a step still lacks; a criterion is named by `criterion_name` from its id.
    pub fn missing(&self, m: &Missing, criterion_name: impl Fn(&str) -> String) -> String {
        match m {
            Missing::Title => self.missing_title_field.into(),
            Missing::Problem => self.missing_problem.into(),
            Missing::TargetGroup => self.missing_target_group.into(),
            Missing::ProposingUnit => self.missing_unit.into(),
            Missing::Benefits => self.missing_benefits.into(),
            Missing::Costs => self.missing_costs.into(),
            Missing::Gate(g) => format!("{}: {}", self.gates_title, self.gate(*g)),
            Missing::Score(id) => format!("{}: {}", self.missing_score, criterion_name(id)),
            Missing::Decision => self.missing_decision.into(),
        }
    }
}
