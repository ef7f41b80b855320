//! Native timings of the domain core on a generated 1 000-initiative plan, printed as a table
//! by `scripts/bench.sh`. A report, not a test: it asserts nothing and never fails on speed.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::run();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::time::Instant;

    use beredning::core::calc::rank;
    use beredning::core::content::example::large_plan;
    use beredning::core::format;
    use beredning::core::portfolio::{budget, sensitivity, table};
    use beredning::core::workflow::changes;

    fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_secs_f64() * 1_000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    }

    pub fn run() {
        let plan = large_plan(1_000);
        let json = format::to_json(&plan, None, true);
        println!(
            "Native core timings, 1 000 initiatives ({} bytes of JSON), median of runs:",
            json.len()
        );
        println!("{:<44} {:>10}  target", "operation", "ms");
        let row = |name: &str, ms: f64, target: &str| println!("{name:<44} {ms:>10.3}  {target}");
        row(
            "rank (calc::rank)",
            median_ms(50, || drop(std::hint::black_box(rank(&plan)))),
            "≤ 1 ms",
        );
        row(
            "list rows (portfolio::table::rows)",
            median_ms(20, || drop(std::hint::black_box(table::rows(&plan)))),
            "",
        );
        row(
            "sensitivity (±20 % per weight)",
            median_ms(5, || {
                drop(std::hint::black_box(sensitivity::sensitivity(&plan)))
            }),
            "",
        );
        let input = budget::BudgetInput {
            investment_budget: 20_000_000.0,
            running_budget: None,
            ..Default::default()
        };
        row(
            "budget selection (score, 20 Mkr)",
            median_ms(5, || {
                drop(std::hint::black_box(budget::select(
                    &plan,
                    &input,
                    budget::Objective::Score,
                )))
            }),
            "",
        );
        let mut changed = plan.clone();
        changed.initiatives.remove(0);
        changed.initiatives[0].title.push_str(" (ny)");
        row(
            "compare two plans (workflow::changes)",
            median_ms(10, || {
                drop(std::hint::black_box(changes::plan_changes(&plan, &changed)))
            }),
            "",
        );
        row(
            "read plan file (format::from_json)",
            median_ms(10, || drop(std::hint::black_box(format::from_json(&json)))),
            "",
        );
        row(
            "import plan file (all checks, import_text)",
            median_ms(10, || {
                drop(std::hint::black_box(
                    beredning::core::format::import::import_text(&json),
                ))
            }),
            "< 100 ms",
        );
        row(
            "write plan file (format::to_json, pretty)",
            median_ms(10, || {
                drop(std::hint::black_box(format::to_json(&plan, None, true)))
            }),
            "",
        );
    }
}
