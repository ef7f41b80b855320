//! Initiatives, their decisions, and activities compared by id.

use std::collections::HashMap;

use super::types::{
    added_removed, DecisionChange, FieldChange, InitiativeChange, InitiativeField, Named,
    PlanChanges, Renamed, StatusChange, Value,
};
use crate::core::{Activity, Initiative, Plan};

pub(super) fn compare(old: &Plan, new: &Plan, changes: &mut PlanChanges) {
    let (added, removed) = added_removed(&old.initiatives, &new.initiatives, |i| Named {
        id: i.id.clone(),
        name: i.title.clone(),
    });
    changes.initiatives_added = added;
    changes.initiatives_removed = removed;
    let old_by_id: HashMap<&str, &Initiative> =
        old.initiatives.iter().map(|i| (i.id.as_str(), i)).collect();
    for n in &new.initiatives {
        let Some(&o) = old_by_id.get(n.id.as_str()) else {
            continue;
        };
        let fields = fields(o, n);
        if !fields.is_empty() {
            changes.initiatives_changed.push(InitiativeChange {
                id: n.id.clone(),
                title: n.title.clone(),
                fields,
            });
        }
        for d in &n.decisions {
            let before = o.decisions.iter().find(|od| od.id == d.id);
            let same = before.is_some_and(|od| od.outcome == d.outcome && od.date == d.date);
            if !same {
                changes.decisions.push(DecisionChange {
                    initiative_id: n.id.clone(),
                    initiative_title: n.title.clone(),
                    old: before.map(|od| (od.outcome, od.date.clone())),
                    new: (d.outcome, d.date.clone()),
                });
            }
        }
    }
}

fn text(s: &str) -> Value {
    if s.trim().is_empty() {
        Value::Missing
    } else {
        Value::Text(s.to_string())
    }
}

/// A change of a part too rich to show in a line (benefits, costs …): its old and new count of
/// items when it has items, so the reader sees the size of the change.
fn count(n: usize) -> Value {
    Value::Number(n as f64)
}

fn fields(o: &Initiative, n: &Initiative) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut push = |field, old: Value, new: Value| out.push(FieldChange { field, old, new });
    if o.title != n.title {
        push(InitiativeField::Title, text(&o.title), text(&n.title));
    }
    if o.start_year != n.start_year {
        push(
            InitiativeField::StartYear,
            Value::Number(f64::from(o.start_year)),
            Value::Number(f64::from(n.start_year)),
        );
    }
    if o.stage != n.stage {
        push(
            InitiativeField::Stage,
            Value::Stage(o.stage),
            Value::Stage(n.stage),
        );
    }
    if o.need.problem != n.need.problem {
        push(
            InitiativeField::Problem,
            text(&o.need.problem),
            text(&n.need.problem),
        );
    }
    let mut need_rest = (o.need.clone(), n.need.clone());
    need_rest.0.problem.clear();
    need_rest.1.problem.clear();
    if need_rest.0 != need_rest.1 {
        push(InitiativeField::NeedDetails, Value::Missing, Value::Missing);
    }
    let (oa, na) = (&o.analysis, &n.analysis);
    if oa.owner != na.owner {
        push(InitiativeField::Owner, text(&oa.owner), text(&na.owner));
    }
    if oa.goal_ids != na.goal_ids || oa.area_ids != na.area_ids || oa.agenda2030 != na.agenda2030 {
        push(
            InitiativeField::Goals,
            count(oa.goal_ids.len()),
            count(na.goal_ids.len()),
        );
    }
    if oa.benefits != na.benefits {
        push(
            InitiativeField::Benefits,
            count(oa.benefits.len()),
            count(na.benefits.len()),
        );
    }
    if oa.costs != na.costs || oa.financing_plan != na.financing_plan {
        push(InitiativeField::Costs, Value::Missing, Value::Missing);
    }
    if oa.risks != na.risks {
        push(
            InitiativeField::Risks,
            count(oa.risks.len()),
            count(na.risks.len()),
        );
    }
    if oa.readiness != na.readiness || oa.safe_digitalisation != na.safe_digitalisation {
        push(InitiativeField::Readiness, Value::Missing, Value::Missing);
    }
    let criteria = o
        .scores
        .keys()
        .chain(n.scores.keys().filter(|k| !o.scores.contains_key(*k)));
    for id in criteria {
        let (before, after) = (o.scores.get(id), n.scores.get(id));
        if before != after {
            let value = |s: Option<&u8>| s.map_or(Value::Missing, |s| Value::Number(f64::from(*s)));
            push(
                InitiativeField::Score(id.clone()),
                value(before),
                value(after),
            );
        }
    }
    out
}

pub(super) fn compare_activities(old: &Plan, new: &Plan, changes: &mut PlanChanges) {
    let (added, removed) = added_removed(&old.activities, &new.activities, |a| Named {
        id: a.id.clone(),
        name: a.title.clone(),
    });
    changes.activities_added = added;
    changes.activities_removed = removed;
    let old_by_id: HashMap<&str, &Activity> =
        old.activities.iter().map(|a| (a.id.as_str(), a)).collect();
    for n in &new.activities {
        let Some(&o) = old_by_id.get(n.id.as_str()) else {
            continue;
        };
        if o.status != n.status {
            changes.activity_status.push(StatusChange {
                id: n.id.clone(),
                title: n.title.clone(),
                old: o.status,
                new: n.status,
            });
        }
        if o.title != n.title {
            changes.activities_renamed.push(Renamed {
                id: n.id.clone(),
                old: o.title.clone(),
                new: n.title.clone(),
            });
        }
    }
}
