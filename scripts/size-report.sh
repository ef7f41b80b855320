#!/usr/bin/env bash
# Size report for a built bundle: raw and gzip -9 size of every .wasm, .js and .css file, checked
# against the budgets below (each file on its own), and the size of the precompressed .br copy the
# build puts next to it (scripts/post-build.mjs) for hosts that serve it.
#
#   scripts/size-report.sh [--check] [DIR]     DIR defaults to dist-release
#
# It is a report and exits 0, unless --check is given: then it exits 1 when a file is over budget
# (or when DIR holds no .wasm file). Budgets in KB (1 KB = 1024 bytes) of gzip -9 output can be
# overridden with WASM_BUDGET_KB / JS_BUDGET_KB / CSS_BUDGET_KB / WORKER_BUDGET_KB. The Excel worker
# (xlsx_worker*) is not part of the initial download: it is fetched only when the user asks for
# an Excel file, so it has its own budget.
set -euo pipefail
caller_pwd="$PWD"
cd "$(dirname "$0")/.."

WASM_BUDGET_KB="${WASM_BUDGET_KB:-190}"
JS_BUDGET_KB="${JS_BUDGET_KB:-10}"
CSS_BUDGET_KB="${CSS_BUDGET_KB:-20}"
WORKER_BUDGET_KB="${WORKER_BUDGET_KB:-300}"

check=0
dir=""
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "size-report: unknown option $arg" >&2; exit 2 ;;
    /*) dir="$arg" ;;
    *) dir="$caller_pwd/$arg" ;;
  esac
done
dir="${dir:-dist-release}" # a relative DIR is taken from the caller's directory, the default from the repo root

if [ ! -d "$dir" ]; then
  echo "size-report: $dir does not exist (build it with: trunk build --release --dist $dir)" >&2
  [ "$check" -eq 1 ] && exit 1
  exit 0
fi

mapfile -t files < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | LC_ALL=C sort)

over=0
wasm_count=0
echo "Bundle size report for $dir (budgets: wasm ≤ ${WASM_BUDGET_KB} KB gzip, js ≤ ${JS_BUDGET_KB} KB gzip, css ≤ ${CSS_BUDGET_KB} KB gzip, on-demand Excel worker wasm ≤ ${WORKER_BUDGET_KB} KB gzip)"
printf '%-52s %10s %10s %10s %10s  %s\n' "file" "raw KB" "gzip KB" ".br KB" "budget KB" "status"
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  case "$f" in
    *xlsx_worker*.wasm) budget="$WORKER_BUDGET_KB" ;;
    *.wasm) budget="$WASM_BUDGET_KB"; wasm_count=$((wasm_count + 1)) ;;
    *.css) budget="$CSS_BUDGET_KB" ;;
    *) budget="$JS_BUDGET_KB" ;;
  esac
  if [ "$gz" -le $((budget * 1024)) ]; then status=OK; else status=OVER; over=1; fi
  br=-
  [ -f "$f.br" ] && br=$(awk -v b="$(wc -c <"$f.br")" 'BEGIN { printf "%.1f", b / 1024 }')
  printf '%-52s %10s %10s %10s %10s  %s\n' "${f#"$dir"/}" \
    "$(awk -v b="$raw" 'BEGIN { printf "%.1f", b / 1024 }')" \
    "$(awk -v b="$gz" 'BEGIN { printf "%.1f", b / 1024 }')" "$br" \
    "$budget" "$status"
done

if [ "$wasm_count" -eq 0 ]; then
  echo "size-report: no .wasm file in $dir" >&2
  [ "$check" -eq 1 ] && exit 1
fi
if [ "$over" -eq 1 ]; then
  echo "size-report: over budget"
  [ "$check" -eq 1 ] && exit 1
fi
exit 0
