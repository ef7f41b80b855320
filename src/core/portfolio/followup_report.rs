//! The yearly follow-up report (*uppföljningsrapport*) for the forum (docs/domain.md §2.8, §6):
//! per inriktningsmål the table Aktivitet / Period / Utfall (S2, bilaga 2), benefit realisation
//! per class with owners and what is missing, the freed-time ledger, and the deviations. Built
//! from any `&Plan`, so a fastställd version is reported the same way as the current plan.

use super::followup::FreedTimeLedger;
use super::followup::{expected_in_year, freed_time_ledger, in_follow_up, realised_in};
use crate::core::calc::usable::finite_or_zero;
use crate::core::model::initiative::{Benefit, BenefitKind};
use crate::core::model::redeployment::{in_year, Redeployment};
use crate::core::{Activity, ActivityStatus, GoalKind, Plan};

/// One row of an inriktningsmål's table.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityRow {
    pub activity_id: String,
    pub title: String,
    pub period: String,
    pub status: ActivityStatus,
    /// The year's *utfall*; None when none is recorded.
    pub outcome: Option<String>,
}

/// An inriktningsmål with its rows; `goal_id` None is "Övrigt": activities without a goal of
/// that kind.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalSection {
    pub goal_id: Option<String>,
    pub name: String,
    pub rows: Vec<ActivityRow>,
}

/// The three benefit classes, never summed into one figure (docs/domain.md §4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BenefitClass {
    Ekonomisk,
    FrigjordTid,
    Kvalitativ,
}

impl BenefitClass {
    pub const ALL: [BenefitClass; 3] = [Self::Ekonomisk, Self::FrigjordTid, Self::Kvalitativ];

    pub fn of(kind: &BenefitKind) -> Self {
        match kind {
            BenefitKind::Ekonomisk { .. } => Self::Ekonomisk,
            BenefitKind::FrigjordTid { .. } => Self::FrigjordTid,
            BenefitKind::Kvalitativ { .. } => Self::Kvalitativ,
        }
    }
}

/// What a benefit still lacks for the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// No *nyttoägare*: a benefit without an owner is rarely followed up (docs/domain.md §8).
    Owner,
    /// Expected in the year but no *utfall* recorded for it.
    Outcome,
}

/// One benefit in the year: expected against realised, in its own unit (kronor, hours; for a
/// qualitative benefit the result is the text).
#[derive(Clone, Debug, PartialEq)]
pub struct BenefitLine {
    pub initiative_id: String,
    pub initiative_title: String,
    pub title: String,
    pub owner: String,
    /// Kronor or hours expected; for a qualitative benefit its target text stands in `target`.
    pub expected: Option<f64>,
    pub realised: Option<f64>,
    pub target: String,
    /// The comment or, for a qualitative benefit, the described result.
    pub comment: String,
    pub missing: Vec<Missing>,
}

/// One class's benefits with their totals (0 for the qualitative class).
#[derive(Clone, Debug, PartialEq)]
pub struct ClassSection {
    pub class: BenefitClass,
    pub lines: Vec<BenefitLine>,
    pub expected_total: f64,
    pub realised_total: f64,
}

/// Something the forum must hear about.
#[derive(Clone, Debug, PartialEq)]
pub enum Deviation {
    /// The period ended in or before the year and the activity is not Genomförd.
    Late {
        title: String,
        period: String,
        status: ActivityStatus,
    },
    /// Avbruten.
    Stopped { title: String, period: String },
    /// A cash or freed-time benefit whose recorded *utfall* is below what was expected.
    BelowTarget {
        initiative_title: String,
        title: String,
        class: BenefitClass,
        expected: f64,
        realised: f64,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FollowUpReport {
    pub year: i32,
    pub goals: Vec<GoalSection>,
    pub classes: Vec<ClassSection>,
    pub ledger: FreedTimeLedger,
    /// The year's redeployment records with the title of their initiative, if any.
    pub redeployments: Vec<(Redeployment, Option<String>)>,
    pub deviations: Vec<Deviation>,
}

/// The first and last four-digit year a period text names ("2018–2019 (med fortsättning)" →
/// 2018, 2019), or None for a period without a year ("Löpande").
pub fn period_years(period: &str) -> Option<(i32, i32)> {
    let years: Vec<i32> = period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| part.len() == 4)
        .filter_map(|part| part.parse().ok())
        .collect();
    Some((*years.iter().min()?, *years.iter().max()?))
}

/// Whether the activity belongs in the year's report: unless its period begins after the year
/// (nothing is due yet), or it has an *utfall* for the year, which is always shown.
fn in_report(a: &Activity, year: i32) -> bool {
    let begins_later = period_years(&a.period).is_some_and(|(first, _)| first > year);
    !begins_later || a.outcomes.iter().any(|o| o.year == year)
}

fn row(a: &Activity, year: i32) -> ActivityRow {
    ActivityRow {
        activity_id: a.id.clone(),
        title: a.title.clone(),
        period: a.period.trim().to_string(),
        status: a.status,
        outcome: a
            .outcomes
            .iter()
            .rev()
            .find(|o| o.year == year && !o.text.trim().is_empty())
            .map(|o| o.text.clone()),
    }
}

/// Per inriktningsmål its rows, in the framework's order, then "Övrigt". A plan without any
/// inriktningsmål groups by all its goals. Goals without a row in the year are left out.
fn goal_sections(plan: &Plan, year: i32) -> Vec<GoalSection> {
    let goals = &plan.framework.goals;
    let direction = goals.iter().any(|g| g.kind == GoalKind::Inriktningsmal);
    let heads: Vec<_> = goals
        .iter()
        .filter(|g| !direction || g.kind == GoalKind::Inriktningsmal)
        .collect();
    let shown: Vec<&Activity> = plan
        .activities
        .iter()
        .filter(|a| in_report(a, year))
        .collect();
    let mut sections: Vec<GoalSection> = heads
        .iter()
        .map(|g| GoalSection {
            goal_id: Some(g.id.clone()),
            name: g.name.clone(),
            rows: shown
                .iter()
                .filter(|a| a.goal_id.as_deref() == Some(g.id.as_str()))
                .map(|a| row(a, year))
                .collect(),
        })
        .collect();
    let other: Vec<ActivityRow> = shown
        .iter()
        .filter(|a| {
            !heads
                .iter()
                .any(|g| a.goal_id.as_deref() == Some(g.id.as_str()))
        })
        .map(|a| row(a, year))
        .collect();
    sections.push(GoalSection {
        goal_id: None,
        name: String::new(),
        rows: other,
    });
    sections.retain(|s| !s.rows.is_empty());
    sections
}

fn line(
    plan: &Plan,
    initiative: &crate::core::Initiative,
    b: &Benefit,
    year: i32,
) -> Option<BenefitLine> {
    let expected = expected_in_year(plan, initiative, b, year);
    let recorded = b.realised.iter().rev().find(|r| r.year == year);
    if expected.is_none() && recorded.is_none() {
        return None;
    }
    let qualitative = matches!(b.kind, BenefitKind::Kvalitativ { .. });
    let mut missing = Vec::new();
    if b.owner.trim().is_empty() {
        missing.push(Missing::Owner);
    }
    let has_outcome = recorded.is_some_and(|r| !qualitative || !r.comment.trim().is_empty());
    if expected.is_some() && !has_outcome {
        missing.push(Missing::Outcome);
    }
    Some(BenefitLine {
        initiative_id: initiative.id.clone(),
        initiative_title: initiative.title.clone(),
        title: b.title.clone(),
        owner: b.owner.trim().to_string(),
        expected: expected.filter(|_| !qualitative),
        realised: realised_in(b, year).filter(|_| !qualitative),
        target: b.target.clone(),
        comment: recorded.map(|r| r.comment.clone()).unwrap_or_default(),
        missing,
    })
}

fn class_sections(plan: &Plan, year: i32) -> Vec<ClassSection> {
    BenefitClass::ALL
        .into_iter()
        .map(|class| {
            let lines: Vec<BenefitLine> = plan
                .initiatives
                .iter()
                .filter(|i| in_follow_up(i))
                .flat_map(|i| i.analysis.benefits.iter().map(move |b| (i, b)))
                .filter(|(_, b)| BenefitClass::of(&b.kind) == class)
                .filter_map(|(i, b)| line(plan, i, b, year))
                .collect();
            let sum = |f: fn(&BenefitLine) -> Option<f64>| {
                finite_or_zero(lines.iter().filter_map(f).sum())
            };
            ClassSection {
                class,
                expected_total: sum(|l| l.expected),
                realised_total: sum(|l| l.realised),
                lines,
            }
        })
        .collect()
}

fn deviations(plan: &Plan, year: i32, classes: &[ClassSection]) -> Vec<Deviation> {
    let activities = plan.activities.iter().filter_map(|a| {
        let period = a.period.trim().to_string();
        let title = a.title.clone();
        match a.status {
            ActivityStatus::Avbruten => Some(Deviation::Stopped { title, period }),
            ActivityStatus::Genomford => None,
            status => period_years(&a.period)
                .is_some_and(|(_, last)| last <= year)
                .then_some(Deviation::Late {
                    title,
                    period,
                    status,
                }),
        }
    });
    let benefits = classes.iter().flat_map(|c| {
        c.lines
            .iter()
            .filter_map(move |l| match (l.expected, l.realised) {
                (Some(expected), Some(realised)) if realised < expected => {
                    Some(Deviation::BelowTarget {
                        initiative_title: l.initiative_title.clone(),
                        title: l.title.clone(),
                        class: c.class,
                        expected,
                        realised,
                    })
                }
                _ => None,
            })
    });
    activities.chain(benefits).collect()
}

/// The report of `plan` for the calendar `year`.
pub fn follow_up_report(plan: &Plan, year: i32) -> FollowUpReport {
    let classes = class_sections(plan, year);
    FollowUpReport {
        year,
        goals: goal_sections(plan, year),
        deviations: deviations(plan, year, &classes),
        classes,
        ledger: freed_time_ledger(plan, year),
        redeployments: in_year(&plan.redeployments, year)
            .map(|r| {
                let title = r
                    .initiative_id
                    .as_deref()
                    .and_then(|id| plan.initiative(id))
                    .map(|i| i.title.clone());
                (r.clone(), title)
            })
            .collect(),
    }
}
