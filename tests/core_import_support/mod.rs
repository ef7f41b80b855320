//! Shared helpers for the import tests: a valid plan file to break in one place at a time.
#![allow(dead_code)]

use beredning::core::content::example::example_plan;
use beredning::core::format;
use beredning::core::format::import::import_text;
use beredning::core::format::problem::{Place, Problem, ProblemKind, Segment};
use beredning::ui::text::problem_message;
use serde_json::Value;

/// The example plan as exported.
pub fn example_text() -> String {
    format::to_json(&example_plan(), Some("2024-05-01T10:00:00.000Z"), true)
}

pub fn example_value() -> Value {
    serde_json::from_str(&example_text()).expect("the example file is JSON")
}

fn slot<'v>(v: &'v mut Value, place: &Place) -> &'v mut Value {
    place.0.iter().fold(v, |v, s| match s {
        Segment::Field(f) => &mut v[f.as_str()],
        Segment::Index(i) => &mut v[*i],
    })
}

/// The example file with the value at `path` (e.g. `plan.initiatives[0].title`) replaced.
pub fn example_with(path: &str, new: Value) -> String {
    let mut v = example_value();
    *slot(&mut v, &Place::parse(path)) = new;
    v.to_string()
}

/// The example file without the field at `path`.
pub fn example_without(path: &str) -> String {
    let mut place = Place::parse(path);
    let Some(Segment::Field(field)) = place.0.pop() else {
        panic!("{path} does not end in a field");
    };
    let mut v = example_value();
    slot(&mut v, &place)
        .as_object_mut()
        .expect("an object")
        .remove(&field)
        .expect("the field exists");
    v.to_string()
}

/// The problems the import reports; fails the test if the file was accepted.
pub fn problems(text: &str) -> Vec<Problem> {
    match import_text(text) {
        Ok(_) => panic!("the file was accepted"),
        Err(problems) => problems,
    }
}

/// Asserts that `text` is refused with exactly this one problem, worded exactly so.
pub fn refused_with(text: &str, place: &str, kind: ProblemKind, message: &str) {
    let found = problems(text);
    assert_eq!(
        found,
        vec![Problem::new(Place::parse(place), kind)],
        "problems of the file"
    );
    assert_eq!(problem_message(&found[0]), message);
}

/// Imports a file that must be accepted.
pub fn accepted(text: &str) -> beredning::core::format::import::Imported {
    match import_text(text) {
        Ok(imported) => imported,
        Err(problems) => {
            let messages: Vec<String> = problems.iter().map(problem_message).collect();
            panic!("refused: {problems:?}\n{messages:#?}")
        }
    }
}
