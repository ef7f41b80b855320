//! The migration chain: each step turns a document of one format version into the next, as a
//! JSON tree, so that files from older versions keep opening (docs/domain.md §8: files that
//! stopped opening after a format change).

use serde_json::Value;

use super::error::FormatError;
use super::header;
use crate::core::content::strategies::{
    area_2017_for_key, default_mapping, national_strategies, STRATEGY_2017,
};
use crate::core::model::framework::CriterionRole;
use crate::core::model::initiative::DEFAULT_START_YEAR;
use crate::core::CalcParams;

/// One step in the migration chain: turns a document of version `n` into version `n + 1`.
pub type MigrationStep = fn(Value) -> Result<Value, FormatError>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`.
pub const MIGRATIONS: &[MigrationStep] = &[criterion_roles, to_version_3, to_version_4];

/// Brings a document of any older version up to the current one through `steps`.
pub fn migrate(mut value: Value, steps: &[MigrationStep]) -> Result<Value, FormatError> {
    let current = steps.len() as u32 + 1;
    let version = header::check(
        value.get("format").and_then(Value::as_str),
        value.get("format_version").and_then(Value::as_u64),
        current,
    )?;
    for step in &steps[(version as usize - 1)..] {
        value = step(value)?;
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("format_version".into(), Value::from(current));
    }
    Ok(value)
}

/// 1 → 2: criteria got an optional role. SKR's criteria are recognised by name, so a plan made
/// before keeps its matrix "Insats" axis on Genomförbarhet; other criteria get no role.
fn criterion_roles(mut value: Value) -> Result<Value, FormatError> {
    let criteria = value
        .pointer_mut("/plan/framework/criteria")
        .and_then(Value::as_array_mut);
    for criterion in criteria.into_iter().flatten() {
        let Some(obj) = criterion.as_object_mut() else {
            continue;
        };
        if obj.contains_key("role") {
            continue;
        }
        let role = obj
            .get("name")
            .and_then(Value::as_str)
            .and_then(CriterionRole::from_name);
        if let Some(role) = role {
            obj.insert("role".into(), Value::from(role.key()));
        }
    }
    Ok(value)
}

/// 2 → 3: every change of version 3, one self-contained function each.
fn to_version_3(value: Value) -> Result<Value, FormatError> {
    strategies_as_lenses(value).and_then(initiative_years)
}

/// Version 3 carries the strategies as data (docs/domain.md §3.6): the plan gets both national
/// strategies and the suggested mapping, and reads by 2017, the strategy its links were made
/// under; each initiative's fixed 2017 `national_areas` become links to the 2017 delmål's ids.
/// A name the fixed list never had is kept as a link (to no area of the plan) rather than
/// dropped, so nothing in the file is lost; it counts under no area.
pub fn strategies_as_lenses(mut value: Value) -> Result<Value, FormatError> {
    if let Some(framework) = value
        .pointer_mut("/plan/framework")
        .and_then(Value::as_object_mut)
    {
        if !framework.contains_key("strategies") {
            let strategies = serde_json::to_value(national_strategies())
                .map_err(|e| FormatError::Invalid(e.to_string()))?;
            let mapping = serde_json::to_value(default_mapping())
                .map_err(|e| FormatError::Invalid(e.to_string()))?;
            framework.insert("strategies".into(), strategies);
            framework.insert("area_mapping".into(), mapping);
            framework.insert("lens".into(), Value::from(STRATEGY_2017));
        }
    }
    let initiatives = value
        .pointer_mut("/plan/initiatives")
        .and_then(Value::as_array_mut);
    for initiative in initiatives.into_iter().flatten() {
        let Some(analysis) = initiative
            .get_mut("analysis")
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        let Some(old) = analysis.remove("national_areas") else {
            continue;
        };
        let links: Vec<Value> = old
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|key| Value::from(area_2017_for_key(key).unwrap_or(key)))
            .collect();
        analysis
            .entry("area_ids")
            .or_insert(Value::Array(Vec::new()));
        if let Some(area_ids) = analysis.get_mut("area_ids").and_then(Value::as_array_mut) {
            for link in links {
                if !area_ids.contains(&link) {
                    area_ids.push(link);
                }
            }
        }
    }
    Ok(value)
}

/// Version 3 also gave each initiative a start year (its year 0 as a calendar year) and its running cost
/// a first and last year (docs/domain.md §5.5). Before, every initiative's year 0 was the plan's
/// first year and the running cost ran from year 1 to the end of the horizon, so that is what an
/// older plan gets: its figures stay in the same calendar years.
pub fn initiative_years(mut value: Value) -> Result<Value, FormatError> {
    let plan = value.pointer("/plan");
    let start_year = plan
        .and_then(|p| p.pointer("/period/start_year"))
        .and_then(Value::as_i64)
        .unwrap_or(i64::from(DEFAULT_START_YEAR));
    let horizon = plan
        .and_then(|p| p.pointer("/params/horizon_years/value"))
        .and_then(Value::as_u64)
        .unwrap_or(u64::from(CalcParams::default().horizon_years.value));
    let initiatives = value
        .pointer_mut("/plan/initiatives")
        .and_then(Value::as_array_mut);
    for initiative in initiatives.into_iter().flatten() {
        let Some(obj) = initiative.as_object_mut() else {
            continue;
        };
        obj.entry("start_year").or_insert(Value::from(start_year));
        // A missing analysis or costs is the default one, whose running cost must run to the
        // horizon too; anything else than an object is left for the import to report.
        let analysis = obj.entry("analysis").or_insert_with(empty_object);
        let costs = analysis
            .as_object_mut()
            .map(|a| a.entry("costs").or_insert_with(empty_object))
            .and_then(Value::as_object_mut);
        let Some(costs) = costs else {
            continue;
        };
        costs.entry("running_first_year").or_insert(Value::from(1));
        costs
            .entry("running_last_year")
            .or_insert(Value::from(horizon));
    }
    Ok(value)
}

/// 3 → 4: every change of version 4, one self-contained function each.
fn to_version_4(value: Value) -> Result<Value, FormatError> {
    fixed_versions(value)
}

/// Version 4 keeps a plan's fastställda versions (docs/domain.md §6). An older plan was never
/// recorded as decided in Beredning, so it gets an empty list: nothing is invented.
pub fn fixed_versions(mut value: Value) -> Result<Value, FormatError> {
    if let Some(plan) = value.pointer_mut("/plan").and_then(Value::as_object_mut) {
        plan.entry("versions")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    Ok(value)
}

fn empty_object() -> Value {
    Value::Object(Default::default())
}
