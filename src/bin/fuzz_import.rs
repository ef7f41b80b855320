//! A fuzz driver for the whole import pipeline (`core::format::import::import_bytes`), run natively
//! by `scripts/fuzz.sh`: millions of inputs, random bytes and structured mutations of real plan
//! files, each of which must get an answer (a plan, or problems worded in Swedish) and never a
//! panic. The property tests in `tests/core_import_fuzz.rs` run a few hundred cases per CI run;
//! this runs as many as it is given and prints how many per second.
//!
//! `fuzz_import [--inputs N] [--seed S]`; exits 1 if any input panicked or got an unworded
//! answer, and writes each such input to `target/fuzz-failures/`.

#[path = "fuzz_import/mutate.rs"]
mod mutate;

use std::panic::{self, AssertUnwindSafe};
use std::time::Instant;

use beredning::core::content::example::{example_plan, large_plan};
use beredning::core::format::envelope::to_json;
use beredning::core::format::import::{import_bytes, Imported, MAX_PROBLEMS};
use beredning::core::format::link::encode_bytes;
use beredning::core::format::problem::Problem;
use beredning::core::format::proposal::Proposal;
use beredning::core::format::shared::open_link;
use beredning::ui::text::{open_error_messages, problem_message};
use mutate::{Kind, Mutator, Rng};

/// Serde's own wording, which must never reach the user.
const JARGON: [&str; 5] = [
    "invalid type",
    "invalid value",
    "missing field",
    "unknown variant",
    " at line ",
];

fn main() {
    let mut inputs: u64 = 10_000_000;
    let mut seed: u64 = 0x5EED_BE2E_D41A;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args
            .next()
            .and_then(|v| v.replace('_', "").parse::<u64>().ok());
        match (arg.as_str(), value) {
            ("--inputs", Some(v)) => inputs = v,
            ("--seed", Some(v)) => seed = v,
            _ => {
                eprintln!("usage: fuzz_import [--inputs N] [--seed S]");
                std::process::exit(2);
            }
        }
    }
    // A panic is counted and its input kept; the default hook would print each one.
    panic::set_hook(Box::new(|_| {}));

    let seeds = corpus();
    let mut mutator = Mutator::new(Rng::new(seed), seeds);
    let mut tally = Tally::default();
    let start = Instant::now();
    let mut next_report = 1_000_000;
    for n in 0..inputs {
        let (kind, input) = mutator.next_input();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(&input)));
        tally.count(kind, &outcome);
        if !matches!(outcome, Ok(Ok(_))) {
            keep_failure(n, &input, &outcome);
        }
        if n + 1 == next_report {
            next_report += 1_000_000;
            let secs = start.elapsed().as_secs_f64();
            eprintln!("{} inputs, {:.0} per second", n + 1, (n + 1) as f64 / secs);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    tally.print(inputs, secs, seed);
    if tally.failures > 0 {
        std::process::exit(1);
    }
}

/// Real plan files to mutate: the example plan (compact and indented), a generated plan of a few
/// initiatives, and the fixture of every older format version.
fn corpus() -> Vec<Vec<u8>> {
    let example = example_plan();
    vec![
        to_json(&example, Some("2026-12-04T10:00:00.000Z"), false).into_bytes(),
        to_json(&example, None, true).into_bytes(),
        to_json(&large_plan(4), None, false).into_bytes(),
        include_bytes!("../../tests/fixtures/plan-v1.json").to_vec(),
        include_bytes!("../../tests/fixtures/plan-v2.json").to_vec(),
        Proposal {
            title: "E-arkiv".into(),
            ..Proposal::default()
        }
        .to_json(false)
        .into_bytes(),
    ]
}

/// The link path on the same input: as a fragment typed or damaged by hand, and as a document
/// packed into a link (which reaches the proposal reader when the input names itself one).
fn check_link(input: &[u8]) -> Result<(), String> {
    let typed = String::from_utf8_lossy(input);
    for data in [typed.as_ref(), encode_bytes(input).as_str()] {
        if let Err(error) = open_link(data) {
            let messages = open_error_messages(&error);
            if messages.is_empty() {
                return Err("a link refused without a message".into());
            }
            if let Some(m) = messages
                .iter()
                .find(|m| !m.ends_with('.') || JARGON.iter().any(|j| m.contains(j)))
            {
                return Err(format!("unworded link message: {m}"));
            }
        }
    }
    Ok(())
}

/// Whether an answer is one a person can read: a plan whose warnings are worded, or problems
/// (at least one, not too many) each worded; an accepted plan must also import again once
/// exported, as the app would write it.
fn check(input: &[u8]) -> Result<bool, String> {
    check_link(input)?;
    match import_bytes(input) {
        Ok(imported) => {
            worded(&imported.warnings)?;
            reimport(&imported)?;
            Ok(true)
        }
        Err(problems) if problems.is_empty() => Err("refused without a problem".into()),
        Err(problems) => worded(&problems).map(|_| false),
    }
}

fn worded(problems: &[Problem]) -> Result<(), String> {
    if problems.len() > MAX_PROBLEMS + 1 {
        return Err(format!("{} problems listed", problems.len()));
    }
    for problem in problems {
        let message = problem_message(problem);
        if !message.ends_with('.') || JARGON.iter().any(|j| message.contains(j)) {
            return Err(format!("unworded: {message}"));
        }
    }
    Ok(())
}

fn reimport(imported: &Imported) -> Result<(), String> {
    let again = to_json(&imported.plan, None, false);
    import_bytes(again.as_bytes())
        .map(|_| ())
        .map_err(|p| format!("an accepted plan, exported, was refused: {p:?}"))
}

fn keep_failure(n: u64, input: &[u8], outcome: &std::thread::Result<Result<bool, String>>) {
    let dir = std::path::Path::new("target/fuzz-failures");
    let _ = std::fs::create_dir_all(dir);
    let why = match outcome {
        Err(_) => "panic".to_string(),
        Ok(Err(why)) => why.clone(),
        Ok(Ok(_)) => return,
    };
    let file = dir.join(format!("input-{n}.bin"));
    let _ = std::fs::write(&file, input);
    eprintln!("FAIL {}: {why}", file.display());
}

#[derive(Default)]
struct Tally {
    accepted: u64,
    refused: u64,
    failures: u64,
    by_kind: [u64; Kind::COUNT],
}

impl Tally {
    fn count(&mut self, kind: Kind, outcome: &std::thread::Result<Result<bool, String>>) {
        self.by_kind[kind as usize] += 1;
        match outcome {
            Ok(Ok(true)) => self.accepted += 1,
            Ok(Ok(false)) => self.refused += 1,
            _ => self.failures += 1,
        }
    }

    fn print(&self, inputs: u64, secs: f64, seed: u64) {
        println!(
            "fuzz_import: {inputs} inputs in {secs:.1} s, {:.0} inputs per second (seed {seed})",
            inputs as f64 / secs
        );
        println!(
            "  accepted {}, refused with worded problems {}, failures {}",
            self.accepted, self.refused, self.failures
        );
        for kind in Kind::ALL {
            println!("  {:<34} {}", kind.name(), self.by_kind[kind as usize]);
        }
    }
}
