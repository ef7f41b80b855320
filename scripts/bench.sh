#!/usr/bin/env bash
# Beredning's benchmark: prints figures for a 1 000-initiative plan
# in headless Chromium, next to their targets. It is a report, not a test: it exits 0 whatever
# the figures are, and non-zero only when the tools, the build or the app itself failed.
# Takes a few minutes. Works from any directory.
#
#   bash scripts/bench.sh [--no-build] [--dist DIR] [--runs N] [--initiatives N]
#     --no-build       measure the bundle already in DIR instead of building it
#     --dist DIR       bundle directory (default dist-release, as scripts/test.sh builds it)
#     --runs N         repetitions of each start-up and view measurement (default 3; medians)
#     --initiatives N  size of the generated plan (default 1000)
#
# The figures are also written as JSON to target/bench/results.json, to compare runs.
# What is measured and how: tests/bench/bench.mjs. The plan generator: tests/bench/generate.mjs.
set -euo pipefail
caller_pwd="$PWD"
cd "$(dirname "$0")/.."
ROOT="$PWD"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

build=1
dist=dist-release
bench_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --dist)
      [ $# -ge 2 ] || { echo "bench: --dist needs a directory" >&2; exit 2; }
      case "$2" in /*) dist="$2" ;; *) dist="$caller_pwd/$2" ;; esac
      shift ;;
    --runs|--initiatives)
      [ $# -ge 2 ] || { echo "bench: $1 needs a number" >&2; exit 2; }
      bench_args+=("$1" "$2")
      shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$dist" in /*) ;; *) dist="$ROOT/$dist" ;; esac

echo "==> setup"
bash scripts/setup.sh all

if [ "$build" -eq 1 ]; then
  echo "==> trunk build --release --dist $dist"
  trunk build --release --dist "$dist"
fi

echo "==> benchmark (a few minutes)"
rc=0
node tests/bench/bench.mjs --dist "$dist" "${bench_args[@]}" || rc=$?

# Ranking and the other core computations are timed natively: in the browser they run inside
# one event handler together with rendering, and cannot be told apart there.
echo
echo "## Native core timings (src/bin/bench_core.rs, release build)"
if [ -f src/bin/bench_core.rs ]; then
  cargo run --release --quiet --bin bench_core || echo "bench: the native core timings failed (see above)"
else
  echo "(src/bin/bench_core.rs not found: no native figures)"
fi

echo
echo "## Bundle size (scripts/size-report.sh)"
bash scripts/size-report.sh "$dist"

echo
echo "## Where the main wasm's bytes go (scripts/wasm-breakdown.mjs, before wasm-opt)"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
node scripts/wasm-breakdown.mjs --top 30 || echo "bench: the wasm breakdown failed (see above)"

# The yardstick: a minimal Leptos app with the same profile, built once into target/bench/.
echo
echo "## Cold start beside a minimal Leptos app (tests/bench/coldstart.mjs)"
minimal_dist="$ROOT/target/bench/minimal-dist"
if (cd tests/bench/minimal && CARGO_TARGET_DIR="$ROOT/target/bench-minimal" \
    trunk build --release --dist "$minimal_dist" >/dev/null); then
  node tests/bench/coldstart.mjs "$dist" "$minimal_dist" --runs 3 \
    --json "$ROOT/target/bench/coldstart.json" || echo "bench: the cold-start comparison failed"
else
  echo "bench: the minimal app did not build (see: cd tests/bench/minimal && trunk build --release)"
fi
exit "$rc"
