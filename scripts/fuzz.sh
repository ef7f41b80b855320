#!/usr/bin/env bash
# Fuzzes the whole import pipeline natively: random bytes and structured mutations of real plan
# files, each of which must be answered with a plan or worded problems, never a panic.
#
#   scripts/fuzz.sh [--inputs N] [--seed S]     default 10 000 000 inputs, a fixed seed
#
# Prints inputs per second; exits 1 on any failure and keeps the inputs in target/fuzz-failures/.
# Not part of scripts/test.sh's time: the test command runs a short, fixed-seed run of the same
# driver in the debug build it has already made.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --profile fuzz --bin fuzz_import
exec target/fuzz/fuzz_import "$@"
