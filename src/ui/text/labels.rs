//! The labels of the enums the shell, the plan list and the overview show.

use super::app::Texts;
use crate::core::{ActivityStatus, OrgKind, Stage};

impl Texts {
    pub fn stage(&self, stage: Stage) -> &'static str {
        let i = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
        self.stages[i]
    }

    pub fn activity_status(&self, status: ActivityStatus) -> &'static str {
        let i = ActivityStatus::ALL
            .iter()
            .position(|s| *s == status)
            .unwrap_or(0);
        self.activity_statuses[i]
    }

    pub fn org_kind(&self, kind: OrgKind) -> &'static str {
        match kind {
            OrgKind::Region => self.org_kinds[0],
            OrgKind::Kommun => self.org_kinds[1],
            OrgKind::Annan => self.org_kinds[2],
        }
    }
}
