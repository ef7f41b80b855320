//! The consequences of one initiative the walkthrough collected (docs/domain.md §2.3, §2.9):
//! equality and target groups, trygg digitalisering, risks, readiness on the four success
//! factors, and the national strategy areas and Agenda 2030 dimensions it serves. Gathered as
//! written; an empty answer stays empty so the document can say it was not answered.

use crate::core::calc::risk_score;
use crate::core::model::initiative::{Readiness, SafeDigitalisation, Sustainability, TargetGroup};
use crate::core::{Initiative, Plan};

#[derive(Clone, Debug, PartialEq)]
pub struct RiskLine {
    pub description: String,
    pub probability: u8,
    pub consequence: u8,
    /// Probability × consequence, 1–25.
    pub score: u8,
    pub mitigation: String,
}

/// A strategy area the initiative is linked to, with its strategy's name.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaLine {
    pub strategy: String,
    pub area: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Consequences {
    pub target_groups: Vec<TargetGroup>,
    /// How the needs of women and men, age and disability were considered.
    pub equality: String,
    pub user_participation: String,
    pub safe: SafeDigitalisation,
    /// Highest score first.
    pub risks: Vec<RiskLine>,
    pub readiness: Readiness,
    pub areas: Vec<AreaLine>,
    pub agenda2030: Vec<Sustainability>,
}

/// The initiative's risks, highest probability × consequence first.
pub fn risk_lines(i: &Initiative) -> Vec<RiskLine> {
    let mut risks: Vec<RiskLine> = i
        .analysis
        .risks
        .iter()
        .map(|r| RiskLine {
            description: r.description.trim().to_string(),
            probability: r.probability.clamp(1, 5),
            consequence: r.consequence.clamp(1, 5),
            score: risk_score(r),
            mitigation: r.mitigation.trim().to_string(),
        })
        .collect();
    risks.sort_by_key(|r| std::cmp::Reverse(r.score));
    risks
}

pub fn consequences(plan: &Plan, i: &Initiative) -> Consequences {
    let risks = risk_lines(i);
    let areas = i
        .analysis
        .area_ids
        .iter()
        .map(|id| match plan.framework.area(id) {
            Some((s, a)) => AreaLine {
                strategy: s.name.clone(),
                area: a.name.clone(),
            },
            None => AreaLine {
                strategy: String::new(),
                area: id.clone(),
            },
        })
        .collect();
    let trim = |s: &str| s.trim().to_string();
    Consequences {
        target_groups: i.need.target_groups.clone(),
        equality: trim(&i.need.equality_considerations),
        user_participation: trim(&i.need.user_participation),
        safe: SafeDigitalisation {
            personal_data: trim(&i.analysis.safe_digitalisation.personal_data),
            security_classification: trim(&i.analysis.safe_digitalisation.security_classification),
            legal_ethical: trim(&i.analysis.safe_digitalisation.legal_ethical),
        },
        risks,
        readiness: i.analysis.readiness.clone(),
        areas,
        agenda2030: i.analysis.agenda2030.clone(),
    }
}
