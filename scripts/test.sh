#!/usr/bin/env bash
# Beredning's one test command (README, CI): checks, unit tests, browser tests, release build,
# size report and end-to-end tests. Works from any directory.
#
#   bash scripts/test.sh
#
# Steps run in order; a failing step is reported and the later ones still run (except that the
# size report and the end-to-end tests need the release build), so one run shows every problem.
# The last line is the total over all test runners, `N passed, N failed`; the exit code is
# non-zero when any step failed. Logs of each step: target/test-logs/.
#
# Knobs (environment): CHROMEDRIVER (default /usr/bin/chromedriver), CHROMIUM (for the e2e tests,
# default /usr/bin/chromium), WASM_BINDGEN_TEST_TIMEOUT (seconds per browser test binary,
# default 120), SIZE_CHECK=1 (fail when the bundle is over its size budget).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# A clean clone gains nothing from incremental compilation; its caches were 4 GB of the target.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
# wasm-bindgen-test-runner: which driver, how long to wait, and the Chromium capabilities
# (webdriver.json adds this machine's flags; the runner itself adds headless + no-sandbox).
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$ROOT/webdriver.json}"

DIST=dist-release
LOG_DIR="$ROOT/target/test-logs"
rm -rf "$LOG_DIR"
mkdir -p "$LOG_DIR"

failed_steps=()

# run_step NAME COMMAND...: runs COMMAND, output to the terminal and to $LOG_DIR/NAME.log.
run_step() {
  local name="$1"
  shift
  local start=$SECONDS
  echo
  echo "==> [$name] $*"
  "$@" 2>&1 | tee "$LOG_DIR/$name.log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    failed_steps+=("$name (exit $rc)")
    echo "==> [$name] FAILED (exit $rc) after $((SECONDS - start))s"
  else
    echo "==> [$name] ok after $((SECONDS - start))s"
  fi
  return "$rc"
}

if ! run_step setup bash scripts/setup.sh all; then
  echo "setup failed: no tests were run" >&2
  exit 1
fi

run_step fmt cargo fmt --all -- --check
# Natively with the `schema` feature, so that src/core/schema.rs, the write_schema bin and the
# schema's drift test (tests/core_schema.rs) are checked and run; the wasm never has it.
run_step clippy-native cargo clippy --all-targets --features schema -- -D warnings
run_step clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings
# The app as it ships: with its split points (src/ui/shell/lazy.rs).
run_step clippy-wasm-split cargo clippy --target wasm32-unknown-unknown --lib --features split -- -D warnings
# --no-fail-fast: run every test binary, so the counts below are complete.
run_step test-native cargo test --features schema --no-fail-fast
# A short, fixed-seed run of the import fuzz driver (scripts/fuzz.sh runs millions).
run_step fuzz-short cargo run --quiet --features schema --bin fuzz_import -- --inputs 5000
run_step test-wasm cargo test --target wasm32-unknown-unknown --tests --no-fail-fast

if run_step build-release trunk build --release --dist "$DIST"; then
  run_step size bash scripts/size-report.sh ${SIZE_CHECK:+--check} "$ROOT/$DIST"
  shopt -s nullglob
  e2e_files=(tests/e2e/*.test.mjs)
  shopt -u nullglob
  if [ "${#e2e_files[@]}" -gt 0 ]; then
    # Readable spec output on the terminal, TAP into a file for the counts.
    export E2E_DIST="$DIST"
    run_step e2e node --test --test-timeout=180000 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$LOG_DIR/e2e.tap" \
      "${e2e_files[@]}"
  else
    echo "==> [e2e] no tests/e2e/*.test.mjs found"
    failed_steps+=("e2e (no test files)")
  fi
else
  echo "==> trunk's view of its tools (a version mismatch makes it try to download):"
  trunk tools show 2>&1 || true
  failed_steps+=("e2e (skipped: no release build)")
fi

# Totals: cargo's (and wasm-bindgen-test-runner's) "test result: ... N passed; M failed" lines,
# and the TAP summary of node's test runner ("# pass N" / "# fail N").
passed=0
failed=0
while read -r p f; do
  passed=$((passed + p))
  failed=$((failed + f))
done < <(cat "$LOG_DIR/test-native.log" "$LOG_DIR/test-wasm.log" 2>/dev/null |
  sed -nE 's/.*test result: [A-Za-z]+\. ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/p')
# A browser test binary that timed out printed no result line: count it as one failure.
timeouts=$(cat "$LOG_DIR/test-wasm.log" 2>/dev/null | grep -c 'Failed to detect test as having been run')
failed=$((failed + timeouts))
if [ -f "$LOG_DIR/e2e.tap" ]; then
  e2e_pass=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$LOG_DIR/e2e.tap" | tail -n 1)
  e2e_fail=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$LOG_DIR/e2e.tap" | tail -n 1)
  e2e_cancelled=$(sed -nE 's/^# cancelled ([0-9]+)$/\1/p' "$LOG_DIR/e2e.tap" | tail -n 1)
  passed=$((passed + ${e2e_pass:-0}))
  failed=$((failed + ${e2e_fail:-0} + ${e2e_cancelled:-0}))
fi

# A step that failed without test results of its own (fmt, clippy, a build) counts as one
# failure, so that the last line never reads "0 failed" when something failed.
failed=$((failed + ${#failed_steps[@]}))

echo
if [ "${#failed_steps[@]}" -gt 0 ]; then
  echo "FAILED steps: ${failed_steps[*]} (logs in target/test-logs/)"
  status=1
else
  echo "All steps passed."
  status=0
fi
echo "$passed passed, $failed failed"
exit "$status"
