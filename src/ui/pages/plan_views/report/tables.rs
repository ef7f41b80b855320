//! The report's sections, one table per part, each with a caption and a header row that the
//! printed page repeats after a page break.

use leptos::prelude::*;

use crate::ui::widgets::table_region::TableRegion;

use crate::core::portfolio::followup_report::{
    BenefitClass, ClassSection, Deviation, FollowUpReport, Missing,
};
use crate::ui::text::num::{decimal, kronor};
use crate::ui::text::t;
use crate::ui::widgets::title::shown_or;

fn hours(h: f64) -> String {
    format!("{}\u{a0}h", decimal(h, 1))
}

fn class_name(class: BenefitClass) -> &'static str {
    let a = t().analysis();
    match class {
        BenefitClass::Ekonomisk => a.class_ekonomisk,
        BenefitClass::FrigjordTid => a.class_frigjord_tid,
        BenefitClass::Kvalitativ => a.class_kvalitativ,
    }
}

/// A class's amount in its own unit.
fn amount(class: BenefitClass, v: f64) -> String {
    match class {
        BenefitClass::Ekonomisk => kronor(v),
        _ => hours(v),
    }
}

#[component]
pub fn Activities(report: FollowUpReport) -> impl IntoView {
    let r = t().report();
    let year = report.year;
    view! {
        <section class="report-section" aria-labelledby="rp-activities-heading">
            <h2 id="rp-activities-heading">{r.section_activities}</h2>
            <p class="hint">{r.activities_hint}</p>
            {report.goals.is_empty().then(|| view! { <p>{(r.no_activities)(year)}</p> })}
            {report.goals.into_iter().map(|g| {
                let name = if g.goal_id.is_some() { g.name } else { r.other_goal.to_string() };
                view! {
                    <TableRegion label=(r.goal_caption)(&name, year)>
                    <table class="report-table">
                        <caption>{(r.goal_caption)(&name, year)}</caption>
                        <thead><tr>
                            <th scope="col">{r.col_activity}</th>
                            <th scope="col">{r.col_period}</th>
                            <th scope="col">{r.col_outcome}</th>
                        </tr></thead>
                        <tbody>
                            {g.rows.into_iter().map(|row| view! {
                                <tr>
                                    <th scope="row">{shown_or(&row.title, t().handlingsplan().untitled)}</th>
                                    <td>{if row.period.is_empty() { "–".to_string() } else { row.period }}</td>
                                    <td>{row.outcome.unwrap_or_else(|| r.no_outcome.to_string())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </TableRegion>
                }
            }).collect_view()}
        </section>
    }
}

fn class_table(c: ClassSection, year: i32) -> impl IntoView {
    let r = t().report();
    let class = c.class;
    let qualitative = class == BenefitClass::Kvalitativ;
    let missing = move |m: &[Missing]| {
        let parts: Vec<String> = m
            .iter()
            .map(|m| match m {
                Missing::Owner => r.missing_owner.to_string(),
                Missing::Outcome => (r.missing_outcome)(year),
            })
            .collect();
        if parts.is_empty() {
            "–".to_string()
        } else {
            parts.join(", ")
        }
    };
    view! {
        <TableRegion label=(r.class_caption)(class_name(class), year)>
        <table class="report-table">
            <caption>{(r.class_caption)(class_name(class), year)}</caption>
            <thead><tr>
                <th scope="col">{r.col_benefit}</th>
                <th scope="col">{r.col_owner}</th>
                <th scope="col" class:num=!qualitative>{r.col_expected}</th>
                <th scope="col" class:num=!qualitative>{r.col_realised}</th>
                <th scope="col">{r.col_missing}</th>
            </tr></thead>
            <tbody>
                {c.lines.into_iter().map(|l| {
                    let (expected, realised) = if qualitative {
                        (l.target.clone(), l.comment.clone())
                    } else {
                        (l.expected.map(|v| amount(class, v)).unwrap_or_else(|| "–".into()),
                         l.realised.map(|v| amount(class, v)).unwrap_or_else(|| "–".into()))
                    };
                    view! {
                        <tr>
                            <th scope="row">{shown_or(&l.title, t().followup().benefit_untitled)}" ("{l.initiative_title.clone()}")"</th>
                            <td>{if l.owner.is_empty() { r.no_owner.to_string() } else { l.owner.clone() }}</td>
                            <td class:num=!qualitative>{expected}</td>
                            <td class:num=!qualitative>{realised}</td>
                            <td>{missing(&l.missing)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
            {(!qualitative).then(|| view! {
                <tfoot><tr>
                    <th scope="row">{r.total}</th><td></td>
                    <td class="num">{amount(class, c.expected_total)}</td>
                    <td class="num">{amount(class, c.realised_total)}</td><td></td>
                </tr></tfoot>
            })}
        </table>
        </TableRegion>
    }
}

#[component]
pub fn Benefits(report: FollowUpReport) -> impl IntoView {
    let r = t().report();
    let year = report.year;
    let classes: Vec<ClassSection> = report
        .classes
        .into_iter()
        .filter(|c| !c.lines.is_empty())
        .collect();
    view! {
        <section class="report-section" aria-labelledby="rp-benefits-heading">
            <h2 id="rp-benefits-heading">{r.section_benefits}</h2>
            <p class="hint">{r.benefits_hint}</p>
            {classes.is_empty().then(|| view! { <p>{(r.no_benefits)(year)}</p> })}
            {classes.into_iter().map(|c| class_table(c, year)).collect_view()}
        </section>
    }
}

#[component]
pub fn Ledger(report: FollowUpReport) -> impl IntoView {
    let f = t().followup();
    let l = report.ledger;
    let year = report.year;
    let none = || f.ledger_not_recorded.to_string();
    view! {
        <section class="report-section" aria-labelledby="rp-ledger-heading">
            <h2 id="rp-ledger-heading">{t().report().section_ledger}</h2>
            <TableRegion label=(f.ledger_caption)(year)>
            <table class="report-table" id="rp-ledger-table">
                <caption>{(f.ledger_caption)(year)}</caption>
                <thead><tr><th scope="col">{f.ledger_step}</th><th scope="col" class="num">{t().col_value}</th></tr></thead>
                <tbody>
                    <tr><th scope="row">{f.ledger_planned}</th><td class="num">{hours(l.planned_hours)}</td></tr>
                    <tr><th scope="row">{f.ledger_freed}</th><td class="num">{hours(l.freed_hours)}</td></tr>
                    <tr><th scope="row">{f.ledger_redeployed}</th><td class="num">{l.redeployed_hours.map(hours).unwrap_or_else(none)}</td></tr>
                    <tr><th scope="row">{f.ledger_kronor}</th><td class="num">{l.realised_kronor.map(kronor).unwrap_or_else(none)}</td></tr>
                </tbody>
            </table>
            </TableRegion>
            {(!report.redeployments.is_empty()).then(|| view! {
                <TableRegion label=(f.rd_caption)(year)>
                <table class="report-table">
                    <caption>{(f.rd_caption)(year)}</caption>
                    <thead><tr>
                        <th scope="col">{f.rd_col_used}</th>
                        <th scope="col">{f.rd_col_initiative}</th>
                        <th scope="col" class="num">{f.rd_col_hours}</th>
                    </tr></thead>
                    <tbody>
                        {report.redeployments.into_iter().map(|(rec, title)| view! {
                            <tr>
                                <th scope="row">{rec.used_for}</th>
                                <td>{title.unwrap_or_else(|| "–".into())}</td>
                                <td class="num">{hours(rec.hours)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </TableRegion>
            })}
        </section>
    }
}

#[component]
pub fn Deviations(report: FollowUpReport) -> impl IntoView {
    let r = t().report();
    let year = report.year;
    let rows: Vec<(&'static str, String, String)> = report
        .deviations
        .into_iter()
        .map(|d| match d {
            Deviation::Late {
                title,
                period,
                status,
            } => (
                r.dev_late,
                title,
                (r.dev_late_detail)(&period, t().activity_status(status)),
            ),
            Deviation::Stopped { title, period } => {
                (r.dev_stopped, title, (r.dev_stopped_detail)(&period))
            }
            Deviation::BelowTarget {
                initiative_title,
                title,
                class,
                expected,
                realised,
            } => (
                r.dev_below,
                format!("{title} ({initiative_title})"),
                (r.dev_below_detail)(&amount(class, expected), &amount(class, realised)),
            ),
        })
        .collect();
    view! {
        <section class="report-section" aria-labelledby="rp-deviations-heading">
            <h2 id="rp-deviations-heading">{r.section_deviations}</h2>
            {if rows.is_empty() {
                view! { <p>{(r.no_deviations)(year)}</p> }.into_any()
            } else {
                view! {
                    <TableRegion label=(r.deviations_caption)(year)>
                    <table class="report-table">
                        <caption>{(r.deviations_caption)(year)}</caption>
                        <thead><tr>
                            <th scope="col">{r.col_deviation}</th>
                            <th scope="col">{r.col_what}</th>
                            <th scope="col">{r.col_detail}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(kind, what, detail)| view! {
                                <tr><td>{kind}</td><th scope="row">{what}</th><td>{detail}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </TableRegion>
                }.into_any()
            }}
        </section>
    }
}
