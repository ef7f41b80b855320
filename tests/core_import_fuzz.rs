//! Whatever a file holds, the import answers with a plan or with problems, never a panic, and
//! every problem has a message in plain Swedish.
#![cfg(not(target_arch = "wasm32"))]

mod core_import_support;

use beredning::core::format::import::{import_bytes, import_text, Imported, MAX_PROBLEMS};
use beredning::core::format::problem::{Problem, ProblemKind, Segment};
use beredning::ui::text::problem_message;
use core_import_support::*;
use proptest::prelude::*;
use serde_json::{json, Value};

/// What any answer must satisfy: problems are few enough to read and each one is worded.
fn answered(result: &Result<Imported, Vec<Problem>>) -> Result<(), TestCaseError> {
    let listed = match result {
        Ok(imported) => &imported.warnings,
        Err(problems) => {
            prop_assert!(!problems.is_empty());
            problems
        }
    };
    prop_assert!(listed.len() <= MAX_PROBLEMS + 1);
    for problem in listed {
        let message = problem_message(problem);
        prop_assert!(message.ends_with('.'), "{message}");
        // No serde wording reaches the user.
        for jargon in [
            "invalid type",
            "invalid value",
            "missing field",
            "unknown variant",
            " at line ",
        ] {
            prop_assert!(!message.contains(jargon), "{message}");
        }
    }
    Ok(())
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e6..1e6f64).prop_map(Value::from),
        "[a-zåäö_ \\-]{0,12}".prop_map(Value::from),
        prop::sample::select(vec![
            "beredning-plan",
            "frigjord_tid",
            "ekonomisk",
            "kvalitativ",
            "cases",
            "hours",
            "behov",
            "kommun",
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        let key = prop_oneof![
            "[a-z_]{0,8}",
            prop::sample::select(vec![
                "format",
                "format_version",
                "plan",
                "id",
                "title",
                "name",
                "initiatives",
                "analysis",
                "benefits",
                "kind",
                "class",
                "time",
                "basis",
                "scores",
                "expected",
            ])
            .prop_map(String::from),
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON document, for mutations at a random one.
fn places(value: &Value, path: &mut Vec<Segment>, out: &mut Vec<Vec<Segment>>) {
    out.push(path.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Segment::Field(k.clone()));
                places(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Segment::Index(i));
                places(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn slot<'v>(root: &'v mut Value, path: &[Segment]) -> &'v mut Value {
    path.iter().fold(root, |v, s| match s {
        Segment::Field(f) => &mut v[f.as_str()],
        Segment::Index(i) => &mut v[*i],
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        answered(&import_bytes(&bytes))?;
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        answered(&import_text(&value.to_string()))?;
        let as_plan = json!({
            "format": "beredning-plan", "format_version": 1, "app_version": "0", "plan": value
        });
        answered(&import_text(&as_plan.to_string()))?;
    }

    #[test]
    fn a_plan_with_any_value_replaced_never_panics(
        at in any::<prop::sample::Index>(),
        replacement in json_value(),
    ) {
        let mut plan = example_value();
        let mut all = Vec::new();
        places(&plan, &mut Vec::new(), &mut all);
        let path = at.get(&all).clone();
        *slot(&mut plan, &path) = replacement;
        answered(&import_text(&plan.to_string()))?;
    }

    #[test]
    fn a_cut_off_plan_is_reported_as_cut_off(at in any::<prop::sample::Index>()) {
        let text = example_text();
        let mut cut = at.index(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let result = import_text(&text[..cut]);
        answered(&result)?;
        let kinds: Vec<ProblemKind> = result.unwrap_err().into_iter().map(|p| p.kind).collect();
        prop_assert!(
            matches!(kinds[..], [ProblemKind::Truncated { .. }] | [ProblemKind::Empty]),
            "{kinds:?}"
        );
    }

    #[test]
    fn flipped_bytes_never_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let mut bytes = example_text().into_bytes();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        answered(&import_bytes(&bytes))?;
    }
}
