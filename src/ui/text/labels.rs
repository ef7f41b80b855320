//! The labels of the enums the shell, the plan list and the overview show: one method per enum,
//! matching every variant to a text of the table, so that a new variant does not compile until
//! every language names it.

use super::app::Texts;
use crate::core::content::templates::{Start, Template};
use crate::core::format::recompute::ParamKey;
use crate::core::{ActivityStatus, OrgKind, Organisation, Stage};
use crate::persistence::StoreError;
use crate::ui::state::SaveStatus;

impl Texts {
    pub fn stage(&self, stage: Stage) -> &'static str {
        match stage {
            Stage::Behov => self.stage_behov,
            Stage::Analys => self.stage_analys,
            Stage::Beslut => self.stage_beslut,
            Stage::Handlingsplan => self.stage_handlingsplan,
            Stage::Uppfoljning => self.stage_uppfoljning,
            Stage::Avslutad => self.stage_avslutad,
        }
    }

    pub fn activity_status(&self, status: ActivityStatus) -> &'static str {
        match status {
            ActivityStatus::Ny => self.status_ny,
            ActivityStatus::Beslutad => self.status_beslutad,
            ActivityStatus::Pagar => self.status_pagar,
            ActivityStatus::Genomford => self.status_genomford,
            ActivityStatus::Avbruten => self.status_avbruten,
        }
    }

    /// Whether the last save worked, as the header says it.
    pub fn save_status(&self, status: &SaveStatus) -> &'static str {
        match status {
            SaveStatus::Saved => self.save_saved,
            SaveStatus::Saving => self.save_saving,
            SaveStatus::Failed(StoreError::QuotaExceeded) => self.save_failed_quota,
            SaveStatus::Failed(StoreError::ChangedElsewhere) => self.conflict().save_status,
            SaveStatus::Failed(_) => self.save_failed,
            SaveStatus::MemoryOnly => self.save_memory_only,
        }
    }

    /// What a new plan starts from.
    pub fn start(&self, start: Start) -> &'static str {
        match start {
            Start::Template(Template::Blank) => self.template_blank,
            Start::Template(Template::NationalStrategy) => self.template_national,
            Start::Template(Template::Vastmanland) => self.template_vastmanland,
            Start::ExampleCopy => self.template_example,
        }
    }

    /// A calculation parameter's name.
    pub fn param(&self, key: ParamKey) -> &'static str {
        match key {
            ParamKey::MonthlySalary => self.param_salary,
            ParamKey::Uplift => self.param_uplift,
            ParamKey::HoursPerMonth => self.param_hours,
            ParamKey::DiscountRate => self.param_rate,
            ParamKey::Horizon => self.param_horizon,
            ParamKey::PriceYear => self.param_price_year,
        }
    }

    /// The organisation as a document names it: its name, or its kind while it has none.
    pub fn organisation(&self, org: &Organisation) -> String {
        match org.name.trim() {
            "" => self.org_kind(org.kind).to_string(),
            name => name.to_string(),
        }
    }

    pub fn org_kind(&self, kind: OrgKind) -> &'static str {
        match kind {
            OrgKind::Region => self.org_region,
            OrgKind::Kommun => self.org_kommun,
            OrgKind::Annan => self.org_annan,
        }
    }
}
