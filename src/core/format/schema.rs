//! The published JSON Schema of the plan file. It is generated from the very types that read
//! the file, so that other municipalities' tools are told what the app really accepts, and a
//! drift test (tests/core_schema.rs) fails when the published copy falls behind the types.
//!
//! The types only derive the schema's shape (behind the `schema` feature: the app never needs
//! the schema, and schemars must not grow the wasm). The ranges and constants the app enforces
//! beyond the Rust types are stated here, in [`rules`], so that the domain types read as the
//! domain.

use serde_json::{json, Value};

use crate::core::format::envelope::Envelope;
use crate::core::format::header::{FORMAT_ID, FORMAT_VERSION};
use crate::core::format::import::{MAX_FILE_BYTES, MAX_STRING_CHARS};

/// The published copy, relative to the repository root. Trunk copies `public/` into the
/// bundle, so the running app serves it as `public/beredning-plan.schema.json`.
pub const SCHEMA_PATH: &str = "public/beredning-plan.schema.json";

/// Names the format and its version rather than a host: the app is served from many places,
/// and a schema's `$id` must not change with where it is served.
pub fn schema_id() -> String {
    format!("urn:beredning:{FORMAT_ID}:{FORMAT_VERSION}")
}

/// The schema of a plan file of the current format version, as a JSON value. An error names a
/// rule whose type or field the generated schema no longer has: the types changed and
/// [`rules`] did not follow.
pub fn plan_file_schema() -> Result<Value, String> {
    let mut schema = schemars::schema_for!(Envelope);
    schema.insert("$id".into(), schema_id().into());
    schema.insert(
        "title".into(),
        format!("Beredning plan file ({FORMAT_ID}, format version {FORMAT_VERSION})").into(),
    );
    schema.insert("description".into(), description().into());
    let mut schema = schema.to_value();
    apply_rules(&mut schema, &rules())?;
    Ok(schema)
}

/// The text of the published file: indented with a final newline, so that a change to the
/// types shows as a readable diff.
pub fn plan_file_schema_text() -> Result<String, String> {
    let mut text = serde_json::to_string_pretty(&plan_file_schema()?).unwrap_or_default();
    text.push('\n');
    Ok(text)
}

/// The root type: its rules apply to the schema itself rather than to one of its `$defs`.
const ROOT: &str = "Envelope";

/// What the app enforces beyond the Rust types, as `("Type.field", keywords)`, or
/// `("Type", keywords)` for the type as a whole, with types and fields named as in the schema
/// (`Sourced_{T}` is every instance of the generic type). The keywords are added to that
/// place's schema, replacing any of the same name. These are the import's own checks, and
/// tests/core_schema.rs checks that the schema and the import agree.
fn rules() -> Vec<(&'static str, Value)> {
    let version = FORMAT_VERSION;
    let amount = json!({ "minimum": 0 });
    let calendar_year = between(2000, 2100);
    let year_index = between(0, 50);
    let one_to_five = between(1, 5);
    // A score is an integer 1–5 for each criterion id (not schemars' 0–255 of a u8).
    let scores =
        json!({ "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 5 } });
    // Freed time is followed up in hours, which cannot be negative; kronor can (a benefit can
    // turn out a cost), so only frigjord tid bounds the realised values.
    let freed_time_realised = json!({
        "if": { "properties": { "kind": { "properties": { "class": { "const": "frigjord_tid" } } } } },
        "then": { "properties": { "realised": { "items": { "properties": { "value": amount } } } } }
    });
    vec![
        ("Envelope.format", json!({ "const": FORMAT_ID })),
        ("Envelope.format_version", json!({ "const": version })),
        ("Period.start_year", calendar_year.clone()),
        ("Period.end_year", calendar_year.clone()),
        ("YearOutcome.year", calendar_year.clone()),
        ("RealisedValue.year", calendar_year.clone()),
        ("Sourced_{T}.year", calendar_year.clone()),
        ("Criterion.weight", amount.clone()),
        ("Estimate.expected", amount.clone()),
        ("Estimate.low", amount.clone()),
        ("Estimate.high", amount.clone()),
        ("Decision.budget", amount.clone()),
        ("BenefitKind.realised_share_percent", between(0, 100)),
        ("Benefit", freed_time_realised),
        ("Benefit.first_year", year_index.clone()),
        ("Benefit.last_year", year_index.clone()),
        ("Investment.year", year_index.clone()),
        ("Costs.running_first_year", year_index.clone()),
        ("Costs.running_last_year", year_index.clone()),
        ("Initiative.start_year", calendar_year.clone()),
        ("Risk.probability", one_to_five.clone()),
        ("Risk.consequence", one_to_five),
        ("Rating.score", between(0, 5)),
        ("Initiative.scores", scores),
        // The parameters share one generic type, so each bounds its value where it is used.
        ("CalcParams.monthly_salary", value_in(amount)),
        ("CalcParams.uplift", value_in(between(1, 3))),
        ("CalcParams.hours_per_month", value_in(between(1, 300))),
        ("CalcParams.discount_rate_percent", value_in(between(0, 20))),
        ("CalcParams.horizon_years", value_in(year_index)),
        ("CalcParams.price_year", value_in(calendar_year)),
    ]
}

fn between(min: i64, max: i64) -> Value {
    json!({ "minimum": min, "maximum": max })
}

/// Bounds on the `value` of a `Sourced` parameter, stated where the parameter is used.
fn value_in(bounds: Value) -> Value {
    json!({ "properties": { "value": bounds } })
}

/// Adds each rule's keywords at its place. A rule that finds no place is an error, so that a
/// renamed type or field cannot silently drop a range from the published schema.
fn apply_rules(schema: &mut Value, rules: &[(&str, Value)]) -> Result<(), String> {
    for (place, keywords) in rules {
        let (type_name, field) = match place.split_once('.') {
            Some((type_name, field)) => (type_name, Some(field)),
            None => (*place, None),
        };
        let mut found = false;
        for definition in definitions(schema, type_name) {
            let targets = match field {
                Some(field) => fields(definition, field),
                None => vec![definition],
            };
            for target in targets {
                if let (Some(target), Some(keywords)) =
                    (target.as_object_mut(), keywords.as_object())
                {
                    found = true;
                    for (key, value) in keywords {
                        target.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        if !found {
            return Err(format!(
                "the schema has no {place} for its rule in src/core/schema.rs"
            ));
        }
    }
    Ok(())
}

/// The schemas of the type named `type_name` (several for `Generic_{T}`).
fn definitions<'a>(schema: &'a mut Value, type_name: &str) -> Vec<&'a mut Value> {
    if type_name == ROOT {
        return vec![schema];
    }
    let generic = type_name.strip_suffix("{T}");
    let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) else {
        return Vec::new();
    };
    defs.iter_mut()
        .filter(|(name, _)| match generic {
            Some(prefix) => name.starts_with(prefix),
            None => name.as_str() == type_name,
        })
        .map(|(_, definition)| definition)
        .collect()
}

/// The schemas of `field` in a type: in the type itself, or in each variant of an enum.
fn fields<'a>(definition: &'a mut Value, field: &str) -> Vec<&'a mut Value> {
    let variants: Vec<&mut Value> = if definition.get("oneOf").is_some() {
        match definition.get_mut("oneOf") {
            Some(Value::Array(variants)) => variants.iter_mut().collect(),
            _ => Vec::new(),
        }
    } else {
        vec![definition]
    };
    variants
        .into_iter()
        .filter_map(|variant| variant.get_mut("properties")?.get_mut(field))
        .collect()
}

/// What the file is, and the import's rules that JSON Schema cannot state, so that a tool which
/// passes the schema is not surprised by the import.
fn description() -> String {
    let megabytes = MAX_FILE_BYTES / (1024 * 1024);
    format!(
        "A plan exported from Beredning (beredning av digitaliseringsinitiativ): an envelope with \
         the format identifier \"{FORMAT_ID}\", the format version, the app version that wrote \
         the file and the export time, around one plan with its framework (mål and \
         prioriteringskriterier), calculation parameters with source and year, initiatives from \
         behov to beslut, and the handlingsplan's activities. Amounts are kronor in the plan's \
         price year; year indexes count from 0, the calculation's start year. A reader accepts \
         files of this and older format versions (older ones are migrated) and refuses newer \
         ones; fields it does not know are reported and not kept. Beyond this schema the import \
         also refuses files over {megabytes} MB, texts over {MAX_STRING_CHARS} characters, an id \
         used twice in the same list, and a period whose end_year is before its start_year."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_for_a_field_or_type_the_schema_lacks_is_an_error() {
        let generated = plan_file_schema();
        assert!(generated.is_ok(), "{generated:?}");
        for place in [
            "Estimate.expectd",
            "Estimat.expected",
            "Estimat",
            "Sourced_{T}.yr",
        ] {
            let mut schema = generated.clone().unwrap_or_default();
            let result = apply_rules(&mut schema, &[(place, json!({ "minimum": 0 }))]);
            assert!(result.is_err_and(|e| e.contains(place)), "{place}");
        }
    }

    #[test]
    fn a_generic_rule_reaches_every_instance() {
        let mut schema = json!({ "$defs": {
            "Sourced_double": { "properties": { "year": {} } },
            "Sourced_int32": { "properties": { "year": {} } },
            "Other": { "properties": { "year": {} } }
        } });
        assert_eq!(
            apply_rules(&mut schema, &[("Sourced_{T}.year", between(1, 2))]),
            Ok(())
        );
        assert_eq!(
            schema["$defs"]["Sourced_double"]["properties"]["year"],
            between(1, 2)
        );
        assert_eq!(
            schema["$defs"]["Sourced_int32"]["properties"]["year"],
            between(1, 2)
        );
        assert_eq!(schema["$defs"]["Other"]["properties"]["year"], json!({}));
    }
}
