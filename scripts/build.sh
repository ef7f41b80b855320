#!/usr/bin/env bash
# Builds the release bundle for hosting (README "Publishing"), with the tools setup.sh installs:
# the app, its service worker and precompressed copies (scripts/post-build.mjs), then the size
# report against the budgets (printed, not enforced: `SIZE_CHECK=1 bash scripts/test.sh` enforces them).
#
#   bash scripts/build.sh [DIR]      DIR defaults to dist-release
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
dist="${1:-dist-release}"
trunk build --release --dist "$dist"
bash scripts/size-report.sh "$dist"
