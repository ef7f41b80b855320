//! The decision document's sections in words (docs/domain.md §2.9): the core's figures
//! ([`DecisionDocument`]) put in the current language. The page renders these sections and the
//! Word export writes them, so both carry the same headings and figures.

use crate::core::document::{Block, DecisionDocument, ProposedInitiative, Section, Table};
use crate::core::model::initiative::Rating;
use crate::ui::text::num::{decimal, kronor, number, percent};
use crate::ui::text::t;
use crate::ui::widgets::title::initiative_title;

use super::params::lines as param_lines;

/// Stable ids of the sections, for the page's headings, styles and tests.
pub const SUMMARY: &str = "doc-summary";
pub const DECISION: &str = "doc-decision";

/// "1. Title", or the title alone for a chosen initiative that is not ranked.
pub fn label(p: &ProposedInitiative) -> String {
    let title = initiative_title(&p.title);
    match p.rank {
        Some(rank) => format!("{rank}. {title}"),
        None => format!("{title} ({})", t().document().unranked_mark),
    }
}

/// The sammanfattning: the user's words, else the app's.
pub fn summary_text(doc: &DecisionDocument) -> String {
    doc.summary
        .clone()
        .unwrap_or_else(|| (t().document().summary_text)(doc))
}

/// The förslag till beslut as the app writes it, with the plan's forum.
pub fn proposed_decision(doc: &DecisionDocument) -> String {
    let d = t().document();
    let forum = doc.forum.as_deref().unwrap_or(d.forum_fallback);
    (d.decision_text)(doc, forum)
}

/// The förslag till beslut: the user's words, else the app's.
pub fn decision_text(doc: &DecisionDocument) -> String {
    doc.decision
        .clone()
        .unwrap_or_else(|| proposed_decision(doc))
}

fn table(caption: &str, head: &[&str], numeric: &[bool], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        caption: caption.to_string(),
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
        numeric: numeric.to_vec(),
    })
}

fn answered(text: &str) -> String {
    if text.trim().is_empty() {
        t().document().not_answered.to_string()
    } else {
        text.trim().to_string()
    }
}

pub fn matter(doc: &DecisionDocument, org: &str) -> Section {
    let d = t().document();
    let goals = if doc.goals.is_empty() {
        Block::Paragraph(d.no_goals.to_string())
    } else {
        Block::List(
            doc.goals
                .iter()
                .map(|g| {
                    let line = (d.goal_line)(&g.name, g.proposed);
                    if g.description.trim().is_empty() {
                        line
                    } else {
                        format!("{line}. {}", g.description.trim())
                    }
                })
                .collect(),
        )
    };
    let criteria = doc
        .criteria
        .iter()
        .map(|c| vec![c.name.clone(), decimal(c.weight, 2), percent(c.share, 1)])
        .collect();
    let intro = (d.matter_intro)(
        &doc.plan_name,
        org,
        doc.period.start_year,
        doc.period.end_year,
    );
    let mut matter = Section::new("doc-matter", d.matter)
        .paragraph(intro)
        .child(Section::new("doc-goals", d.goals).with(goals))
        .child(Section::new("doc-preparation", d.preparation).paragraph((d.preparation_text)(doc)))
        .child(Section::new("doc-criteria", d.criteria).with(table(
            d.criteria_caption,
            &[d.col_criterion, d.col_weight, d.col_share],
            &[false, true, true],
            criteria,
        )));
    if !doc.change_summary.is_empty() {
        matter = matter
            .child(Section::new("doc-changes", d.changes).paragraph(doc.change_summary.clone()));
    }
    matter
}

pub fn economy(doc: &DecisionDocument) -> Section {
    let d = t().document();
    let years = doc
        .by_year
        .iter()
        .map(|y| {
            vec![
                y.year.to_string(),
                kronor(y.investment),
                kronor(y.running),
                kronor(y.cash_benefit),
                kronor(y.cash_net),
                number(y.freed_hours, 0),
                kronor(y.freed_value),
            ]
        })
        .collect();
    let params = param_lines(&doc.params)
        .into_iter()
        .map(|l| vec![l.name.to_string(), l.value, l.source, l.year])
        .collect();
    Section::new("doc-economy", d.economy)
        .paragraph(d.economy_intro)
        .with(Block::Facts(vec![
            (d.investment_total.into(), kronor(doc.totals.investment)),
            (d.running_total.into(), kronor(doc.totals.running)),
            ((d.npv_with_freed)(doc.base_year), kronor(doc.totals.npv)),
            (d.npv_cash_only.into(), kronor(doc.totals.npv_cash_only)),
        ]))
        .with(table(
            d.by_year_caption,
            &[
                d.col_year,
                d.col_investment,
                d.col_running,
                d.col_cash_benefit,
                d.col_cash_net,
                d.col_freed_hours,
                d.col_freed_value,
            ],
            &[false, true, true, true, true, true, true],
            years,
        ))
        .with(table(
            d.params_caption,
            &[
                t().col_parameter,
                t().col_value,
                t().col_source,
                t().col_year,
            ],
            &[false, true, false, true],
            params,
        ))
}

fn rating(r: &Rating) -> String {
    let d = t().document();
    let score = if (1..=5).contains(&r.score) {
        (d.rating)(r.score)
    } else {
        d.not_rated.to_string()
    };
    if r.comment.trim().is_empty() {
        score
    } else {
        format!("{score}: {}", r.comment.trim())
    }
}

fn equality(p: &ProposedInitiative) -> String {
    let (d, c) = (t().document(), &p.consequences);
    let groups: Vec<&str> = c
        .target_groups
        .iter()
        .map(|g| t().walk().target_group(*g))
        .collect();
    let groups = if groups.is_empty() {
        d.not_answered.to_string()
    } else {
        groups.join(", ")
    };
    format!(
        "{}: {groups}. {}: {}. {}: {}.",
        d.target_groups,
        d.equality_considerations,
        answered(&c.equality).trim_end_matches('.'),
        d.participation,
        answered(&c.user_participation).trim_end_matches('.'),
    )
}

pub fn consequences(doc: &DecisionDocument) -> Section {
    let d = t().document();
    let a = t().analysis();
    let each = |f: &dyn Fn(&ProposedInitiative) -> Vec<String>| -> Vec<Vec<String>> {
        doc.proposed
            .iter()
            .map(|p| {
                let mut row = vec![label(p)];
                row.extend(f(p));
                row
            })
            .collect()
    };
    let safe = each(&|p| {
        let s = &p.consequences.safe;
        vec![
            answered(&s.personal_data),
            answered(&s.security_classification),
            answered(&s.legal_ethical),
        ]
    });
    let mut risks = Vec::new();
    for p in &doc.proposed {
        if p.consequences.risks.is_empty() {
            risks.push(vec![
                label(p),
                d.no_risks.into(),
                String::new(),
                String::new(),
            ]);
        }
        for r in &p.consequences.risks {
            let score = t().brief().risk_line;
            risks.push(vec![
                label(p),
                answered(&r.description),
                score(r.probability, r.consequence, r.score),
                r.mitigation.clone(),
            ]);
        }
    }
    let readiness = each(&|p| {
        let r = &p.consequences.readiness;
        vec![
            rating(&r.ownership),
            rating(&r.competence),
            rating(&r.it_environment),
            rating(&r.information_handling),
        ]
    });
    let strategy = each(&|p| {
        let c = &p.consequences;
        let areas: Vec<String> = c
            .areas
            .iter()
            .map(|a| {
                if a.strategy.is_empty() {
                    a.area.clone()
                } else {
                    format!("{} ({})", a.area, a.strategy)
                }
            })
            .collect();
        let agenda: Vec<&str> = c
            .agenda2030
            .iter()
            .map(|s| t().walk().sustainability(*s))
            .collect();
        let or_none = |v: String| {
            if v.is_empty() {
                d.none_linked.to_string()
            } else {
                v
            }
        };
        vec![or_none(areas.join("; ")), or_none(agenda.join(", "))]
    });
    let equality = doc
        .proposed
        .iter()
        .map(|p| (label(p), equality(p)))
        .collect();
    Section::new("doc-consequences", d.consequences)
        .paragraph(d.consequences_intro)
        .child(Section::new("doc-equality", d.equality).with(Block::Facts(equality)))
        .child(Section::new("doc-children", d.children).paragraph(d.children_text))
        .child(Section::new("doc-safe", d.safe).with(table(
            d.safe_caption,
            &[
                d.col_initiative,
                d.col_personal_data,
                d.col_security,
                d.col_legal,
            ],
            &[false; 4],
            safe,
        )))
        .child(Section::new("doc-risks", d.risks).with(table(
            d.risks_caption,
            &[
                d.col_initiative,
                d.col_risk,
                d.col_risk_score,
                d.col_mitigation,
            ],
            &[false; 4],
            risks,
        )))
        .child(Section::new("doc-readiness", d.readiness).with(table(
            d.readiness_caption,
            &[
                d.col_initiative,
                a.factor_ownership,
                a.factor_competence,
                a.factor_it_environment,
                a.factor_information,
            ],
            &[false; 5],
            readiness,
        )))
        .child(Section::new("doc-strategy", d.strategy).with(table(
            d.strategy_caption,
            &[d.col_initiative, d.col_areas, d.col_agenda],
            &[false; 3],
            strategy,
        )))
}

/// The sammanfattning and förslag till beslut as the export writes them (the page shows them
/// with their editors).
pub fn opening(doc: &DecisionDocument) -> [Section; 2] {
    let d = t().document();
    let mut summary = Section::new(SUMMARY, d.summary).paragraph(summary_text(doc));
    summary = summary.with(Block::List(doc.proposed.iter().map(label).collect()));
    [
        summary,
        Section::new(DECISION, d.decision).paragraph(decision_text(doc)),
    ]
}
