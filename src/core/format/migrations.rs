//! The migration chain: each step turns a document of one format version into the next, as a
//! JSON tree, so that files from older versions keep opening (docs/domain.md §8: files that
//! stopped opening after a format change).

use serde_json::Value;

use super::error::FormatError;
use super::header;
use crate::core::model::framework::CriterionRole;

/// One step in the migration chain: turns a document of version `n` into version `n + 1`.
pub type MigrationStep = fn(Value) -> Result<Value, FormatError>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`.
pub const MIGRATIONS: &[MigrationStep] = &[criterion_roles];

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
