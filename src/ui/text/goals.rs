//! The plan's own framework as edited on the plan's overview: its goals, and what each
//! criterion measures.

use crate::core::model::goal_edit::{GoalError, GoalLinks};
use crate::core::{CriterionRole, GoalKind};

pub struct GoalTexts {
    pub intro: &'static str,
    pub legend: fn(usize, &str) -> String,
    pub name_label: &'static str,
    pub kind_label: &'static str,
    pub description_label: &'static str,
    pub kind_inriktningsmal: &'static str,
    pub kind_effektmal: &'static str,
    pub kind_strategiskt_mal: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove: &'static str,
    pub add_heading: &'static str,
    pub add_name_label: &'static str,
    pub add_kind_label: &'static str,
    pub add: &'static str,
    pub added: fn(&str) -> String,
    pub empty_name: &'static str,
    pub duplicate_name: &'static str,
    pub gone: &'static str,
    pub initiative_gone: &'static str,
    /// "Målet har 2 initiativ och 1 aktivitet kopplade."
    pub links: fn(GoalLinks) -> String,
    pub no_links: &'static str,
    pub move_links_label: &'static str,
    pub move_to_outside: &'static str,
    pub confirm_remove: fn(&str) -> String,
    pub cancel: &'static str,
    pub removed: fn(&str) -> String,
    pub role_label: fn(&str) -> String,
    pub role_hint: &'static str,
    pub role_none: &'static str,
    pub role_urgency: &'static str,
    pub role_effort: &'static str,
    pub role_benefit: &'static str,
    pub role_cost: &'static str,
    pub role_strategic_fit: &'static str,
}

pub const GOALS_SV: GoalTexts = GoalTexts {
    intro: "Planens egna mål. Initiativ kopplas till dem i analysen, och handlingsplanens aktiviteter grupperas under dem i den här ordningen.",
    legend: |n, name| format!("Mål {n}: {name}"),
    name_label: "Namn",
    kind_label: "Slag av mål",
    description_label: "Beskrivning",
    kind_inriktningsmal: "Inriktningsmål",
    kind_effektmal: "Effektmål",
    kind_strategiskt_mal: "Strategiskt mål",
    move_up: "Flytta upp",
    move_down: "Flytta ned",
    remove: "Ta bort",
    add_heading: "Lägg till ett mål",
    add_name_label: "Det nya målets namn",
    add_kind_label: "Det nya målets slag",
    add: "Lägg till mål",
    added: |name| format!("Målet ”{name}” lades till."),
    empty_name: "Skriv ett namn på målet.",
    duplicate_name: "Planen har redan ett mål med det namnet.",
    gone: "Målet finns inte längre i planen.",
    initiative_gone: "Initiativet finns inte längre i planen.",
    links: |l| {
        let initiatives = if l.initiatives == 1 { "1 initiativ".to_string() } else { format!("{} initiativ", l.initiatives) };
        let activities = if l.activities == 1 { "1 aktivitet".to_string() } else { format!("{} aktiviteter", l.activities) };
        format!("Målet har {initiatives} och {activities} kopplade.")
    },
    no_links: "Inga initiativ eller aktiviteter är kopplade till målet.",
    move_links_label: "Flytta kopplingarna till",
    move_to_outside: "Övrigt arbete (inget mål)",
    confirm_remove: |name| format!("Ta bort målet ”{name}”"),
    cancel: "Avbryt",
    removed: |name| format!("Målet ”{name}” togs bort."),
    role_label: |name| format!("Vad {name} mäter"),
    role_hint: "Matrisens axel Insats följer kriteriet som mäter genomförbarhet, vad det än heter.",
    role_none: "Inget av SKR:s kriterier",
    role_urgency: "Angelägenhet",
    role_effort: "Genomförbarhet (insats)",
    role_benefit: "Nytta",
    role_cost: "Kostnad",
    role_strategic_fit: "Strategisk koppling",
};

impl GoalTexts {
    pub fn kind(&self, kind: GoalKind) -> &'static str {
        match kind {
            GoalKind::Inriktningsmal => self.kind_inriktningsmal,
            GoalKind::Effektmal => self.kind_effektmal,
            GoalKind::StrategisktMal => self.kind_strategiskt_mal,
        }
    }

    pub fn role(&self, role: Option<CriterionRole>) -> &'static str {
        match role {
            None => self.role_none,
            Some(CriterionRole::Urgency) => self.role_urgency,
            Some(CriterionRole::Effort) => self.role_effort,
            Some(CriterionRole::Benefit) => self.role_benefit,
            Some(CriterionRole::Cost) => self.role_cost,
            Some(CriterionRole::StrategicFit) => self.role_strategic_fit,
        }
    }

    pub fn error(&self, error: GoalError) -> &'static str {
        match error {
            GoalError::EmptyName => self.empty_name,
            GoalError::DuplicateName => self.duplicate_name,
            GoalError::NoSuchGoal | GoalError::BadTarget | GoalError::NoSuchArea => self.gone,
            GoalError::NoSuchInitiative => self.initiative_gone,
        }
    }
}
