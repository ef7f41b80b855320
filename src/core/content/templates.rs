//! Templates a new plan can start from. A template fills the framework; the plan owns it after.

use super::criteria::default_criteria;
use super::strategies::{
    areas_2017, default_mapping, national_strategies, STRATEGY_2017, STRATEGY_2025,
};
use crate::core::model::ids::IdSource;
use crate::core::{Framework, Goal, GoalKind, Organisation, Period, Plan};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// Default criteria, no goals.
    Blank,
    /// The national digitalisation strategy of 2017: five sub-goals (seeds 002, 003).
    NationalStrategy,
    /// Region Västmanland's four strategic goals (seed 000).
    Vastmanland,
}

impl Template {
    pub const ALL: [Template; 3] = [
        Template::Blank,
        Template::NationalStrategy,
        Template::Vastmanland,
    ];

    /// Stable key used in forms and tests.
    pub fn key(self) -> &'static str {
        match self {
            Template::Blank => "blank",
            Template::NationalStrategy => "national",
            Template::Vastmanland => "vastmanland",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    fn goals(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Template::Blank => &[],
            Template::NationalStrategy => &[
                ("Digital kompetens", "Alla i Sverige ska kunna och vilja ta del av digitaliseringen."),
                ("Digital trygghet", "Alla ska kunna ha tillit till att använda digitala tjänster."),
                ("Digital innovation", "Nya eller förbättrade varor och tjänster ska kunna utvecklas, spridas och användas."),
                ("Digital ledning", "Verksamheter ska styras och ledas så att digitaliseringens möjligheter tas tillvara."),
                ("Digital infrastruktur", "Infrastruktur som möjliggör digitalisering ska finnas i hela landet."),
            ],
            Template::Vastmanland => &[
                ("Ökad tillgänglighet", "Ökad tillgänglighet till information skapar möjligheter till dialog och delaktighet för invånare."),
                ("Ökad resurseffektivitet", "Information finns där den behövs och arbetsuppgifter kan automatiseras eller effektiviseras."),
                ("Ökad kvalitet", "Tillgång till information hjälper till att förutspå problem och minska risken för misstag."),
                ("Ökad förmåga till insikter, analys och kunskapsbildning", "Delning och analys av data ger stöd i beslut, verksamhetsutveckling och forskning."),
            ],
        }
    }

    fn goal_kind(self) -> GoalKind {
        match self {
            Template::Vastmanland => GoalKind::StrategisktMal,
            _ => GoalKind::Effektmal,
        }
    }

    /// The framework this template gives: its goals, the default criteria, and both national
    /// strategies with the suggested mapping. The national template's effektmål sit under the
    /// 2017 delmål they are named after, and it reads by 2017; the others by 2025–2030.
    pub fn framework(self, ids: &mut dyn IdSource) -> Framework {
        let kind = self.goal_kind();
        let national = self == Template::NationalStrategy;
        let mut areas = areas_2017();
        Framework {
            goals: self
                .goals()
                .iter()
                .map(|(name, description)| Goal {
                    id: ids.next_id(),
                    name: (*name).to_string(),
                    kind,
                    description: (*description).to_string(),
                    area_id: areas.next().filter(|_| national).map(str::to_string),
                })
                .collect(),
            criteria: default_criteria(ids),
            strategies: national_strategies(),
            lens: Some(
                if national {
                    STRATEGY_2017
                } else {
                    STRATEGY_2025
                }
                .to_string(),
            ),
            area_mapping: default_mapping(),
        }
    }

    /// A new plan from this template.
    pub fn create(self, ids: &mut dyn IdSource, name: &str, now: &str) -> Plan {
        let mut plan = Plan::blank(ids.next_id(), name, now);
        plan.framework = self.framework(ids);
        plan
    }
}

/// What a new plan starts from: a template, or a copy of the example plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Template(Template),
    ExampleCopy,
}

impl Start {
    pub const ALL: [Start; 4] = [
        Start::Template(Template::Blank),
        Start::Template(Template::NationalStrategy),
        Start::Template(Template::Vastmanland),
        Start::ExampleCopy,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Start::Template(t) => t.key(),
            Start::ExampleCopy => "example",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Builds the new plan. A copy of the example keeps its own organisation and period unless
    /// the user gave an organisation.
    pub fn create(
        self,
        ids: &mut dyn IdSource,
        name: &str,
        organisation: Organisation,
        period: Period,
        now: &str,
    ) -> Plan {
        match self {
            Start::Template(template) => {
                let mut plan = template.create(ids, name, now);
                plan.organisation = organisation;
                plan.period = period;
                plan
            }
            Start::ExampleCopy => {
                let mut plan =
                    crate::core::content::example::example_plan().duplicate(ids, name, now);
                if !organisation.name.trim().is_empty() {
                    plan.organisation = organisation;
                }
                plan
            }
        }
    }
}
