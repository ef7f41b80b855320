//! The comparison as a readable list for the forum: a section per kind of item, a list per kind
//! of change (only those with entries), and the key figures that moved as a table.

use leptos::prelude::*;

use super::compared::Compared;
use crate::core::workflow::changes::{
    FieldChange, Figures, InitiativeField, Named, Renamed, Value,
};
use crate::ui::text::num::{decimal, kronor};
use crate::ui::text::t;

/// The entries as a list, or nothing when there are none.
fn list(items: Vec<AnyView>) -> Option<AnyView> {
    (!items.is_empty()).then(|| {
        view! {
            <ul class="changes-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
        }
        .into_any()
    })
}

/// A list under its heading (with the count), or nothing when it has no entries.
fn part(heading: fn(usize) -> String, items: Vec<AnyView>) -> Option<AnyView> {
    let count = items.len();
    list(items).map(|l| view! { <h3>{heading(count)}</h3>{l} }.into_any())
}

fn names(list: &[Named]) -> Vec<AnyView> {
    list.iter().map(|n| n.name.clone().into_any()).collect()
}

fn renamed(list: &[Renamed]) -> Vec<AnyView> {
    list.iter()
        .map(|r| (t().changes().old_new)(&r.old, &r.new).into_any())
        .collect()
}

/// A section with its heading when any of its parts has entries.
fn section(
    id: &'static str,
    heading: &'static str,
    parts: Vec<Option<AnyView>>,
) -> Option<AnyView> {
    let parts: Vec<AnyView> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| {
        view! {
            <section class="changes-section" aria-labelledby=id>
                <h2 id=id>{heading}</h2>
                {parts}
            </section>
        }
        .into_any()
    })
}

/// "name: old → new" as a list entry.
fn moved_line(name: &str, old: &str, new: &str) -> AnyView {
    format!("{name}: {}", (t().changes().old_new)(old, new)).into_any()
}

fn value(v: &Value, field: &InitiativeField) -> String {
    match v {
        Value::Text(s) => s.clone(),
        // A year is a name of a year, not an amount: never grouped.
        Value::Number(n) if *field == InitiativeField::StartYear => (*n as i64).to_string(),
        Value::Number(n) => decimal(*n, 1),
        Value::Stage(s) => t().stage(*s).to_string(),
        Value::Missing => t().changes().missing.to_string(),
    }
}

fn field_line(f: &FieldChange, compared: &Compared) -> String {
    let c = t().changes();
    let criterion = match &f.field {
        InitiativeField::Score(id) => compared.criterion(id),
        _ => "",
    };
    let name = c.field(&f.field, criterion);
    let change = if f.old == Value::Missing && f.new == Value::Missing {
        c.changed.to_string()
    } else {
        (c.old_new)(&value(&f.old, &f.field), &value(&f.new, &f.field))
    };
    format!("{name}: {change}")
}

/// "old → new", or the value alone when it did not move.
fn moved(old: String, new: String) -> String {
    if old == new {
        new
    } else {
        (t().changes().old_new)(&old, &new)
    }
}

fn figures_cells(old: &Figures, new: &Figures) -> [String; 3] {
    let missing = t().changes().missing;
    let rank = |f: &Figures| f.rank.map_or(missing.to_string(), |r| r.to_string());
    let score = |f: &Figures| f.score.map_or(missing.to_string(), |s| decimal(s, 1));
    [
        moved(rank(old), rank(new)),
        moved(score(old), score(new)),
        moved(kronor(old.npv), kronor(new.npv)),
    ]
}

#[component]
pub fn ChangeList(compared: Compared) -> impl IntoView {
    let c = t().changes();
    let ch = compared.changes.clone();
    if ch.is_empty() {
        let text = if compared.same {
            c.same_side
        } else {
            c.nothing
        };
        return view! { <p class="changes-nothing">{text}</p> }.into_any();
    }
    let changed: Vec<AnyView> = ch
        .initiatives_changed
        .iter()
        .map(|i| {
            let lines: Vec<String> = i.fields.iter().map(|f| field_line(f, &compared)).collect();
            view! {
                <strong>{i.title.clone()}</strong>
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            }
            .into_any()
        })
        .collect();
    let decision = |d: &(crate::core::model::initiative::DecisionOutcome, String)| {
        (c.decision)(t().walk().outcome(d.0), &d.1)
    };
    let decisions: Vec<AnyView> = ch
        .decisions
        .iter()
        .map(|d| {
            let what = match &d.old {
                Some(old) => (c.old_new)(&decision(old), &decision(&d.new)),
                None => decision(&d.new),
            };
            format!("{}: {what}", d.initiative_title).into_any()
        })
        .collect();
    let statuses: Vec<AnyView> = ch
        .activity_status
        .iter()
        .map(|s| {
            moved_line(
                &s.title,
                t().activity_status(s.old),
                t().activity_status(s.new),
            )
        })
        .collect();
    let weights: Vec<AnyView> = ch
        .criteria_weights
        .iter()
        .map(|w| moved_line(&w.name, &decimal(w.old, 1), &decimal(w.new, 1)))
        .collect();
    let figures = (!ch.figures.is_empty()).then(|| {
        view! {
            <section class="changes-section" aria-labelledby="ch-figures">
                <h2 id="ch-figures">{c.figures_heading}</h2>
                <p class="hint">{c.figures_hint}</p>
                <table class="report-table">
                    <caption>{c.figures_caption}</caption>
                    <thead><tr>
                        <th scope="col">{c.col_initiative}</th>
                        <th scope="col">{c.col_rank}</th>
                        <th scope="col">{c.col_score}</th>
                        <th scope="col">{c.col_npv}</th>
                    </tr></thead>
                    <tbody>
                        {ch.figures.iter().map(|f| {
                            let [rank, score, npv] = figures_cells(&f.old, &f.new);
                            view! {
                                <tr>
                                    <th scope="row">{f.title.clone()}</th>
                                    <td>{rank}</td>
                                    <td class="num">{score}</td>
                                    <td class="num">{npv}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        }
    });
    view! {
        {section("ch-initiatives", c.initiatives_heading, vec![
            part(c.initiatives_added, names(&ch.initiatives_added)),
            part(c.initiatives_removed, names(&ch.initiatives_removed)),
            part(c.initiatives_changed, changed),
        ])}
        {section("ch-decisions", c.decisions_heading, vec![list(decisions)])}
        {section("ch-activities", c.activities_heading, vec![
            part(c.activities_added, names(&ch.activities_added)),
            part(c.activities_removed, names(&ch.activities_removed)),
            part(c.activity_status, statuses),
            part(c.activities_renamed, renamed(&ch.activities_renamed)),
        ])}
        {section("ch-framework", c.framework_heading, vec![
            part(c.goals_added, names(&ch.goals_added)),
            part(c.goals_removed, names(&ch.goals_removed)),
            part(c.goals_renamed, renamed(&ch.goals_renamed)),
            part(c.criteria_added, names(&ch.criteria_added)),
            part(c.criteria_removed, names(&ch.criteria_removed)),
            part(c.criteria_renamed, renamed(&ch.criteria_renamed)),
            part(c.criteria_weights, weights),
        ])}
        {figures}
    }
    .into_any()
}
