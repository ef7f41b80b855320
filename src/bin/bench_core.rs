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
    use beredning::core::workflow::versions::{fix_version, VersionMeta};
    use beredning::core::Plan;
    use beredning::persistence::{MemoryStore, Repository};

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
        storage(&plan, &row);
    }

    /// The plan in the browser's storage (`persistence::layout`): ten yearly versions, each
    /// with a tenth of the initiatives changed, stored in parts in an in-memory store.
    fn storage(plan: &Plan, row: &dyn Fn(&str, f64, &str)) {
        let mut plan = plan.clone();
        let mut repo = Repository::new(MemoryStore::new());
        let mut fix_times = Vec::new();
        for year in 2016..2026 {
            let k = (year - 2016) as usize;
            for i in plan.initiatives.iter_mut().skip(k).step_by(10) {
                i.title.push_str(&format!(" ({year})"));
            }
            let meta = VersionMeta {
                decided_on: format!("{year}-05-12"),
                forum: "Kommunstyrelsen".into(),
                ..Default::default()
            };
            let _ = fix_version(&mut plan, &meta, "2026-06-01T08:00:00.000Z");
            let start = Instant::now();
            let _ = repo.save(&plan);
            fix_times.push(start.elapsed().as_secs_f64() * 1_000.0);
        }
        let stored = repo.plan_storage(&plan.id);
        let whole = format::to_json(&plan, None, false).encode_utf16().count();
        row(
            "10 versions: stored characters, plan + versions (k)",
            (stored.plan_chars + stored.versions_chars) as f64 / 1_000.0,
            "",
        );
        row(
            "  of which versions (k characters)",
            stored.versions_chars as f64 / 1_000.0,
            "",
        );
        row(
            "  the same as one JSON text (k characters)",
            whole as f64 / 1_000.0,
            "",
        );
        row("save that stores the first version (ms)", fix_times[0], "");
        row("save that stores the tenth version (ms)", fix_times[9], "");
        let mut n = 0;
        row(
            "save after one edit, 10 versions (Repository::save)",
            median_ms(20, || {
                n += 1;
                plan.initiatives[0].title = format!("Titel {n}");
                drop(std::hint::black_box(repo.save(&plan)));
            }),
            "",
        );
        row(
            "load the plan and its 10 versions (load_all)",
            median_ms(5, || {
                let mut other = Repository::new(repo.store().clone());
                drop(std::hint::black_box(other.load_all()));
            }),
            "",
        );
    }
}
