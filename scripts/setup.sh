#!/usr/bin/env bash
# Installs what building and testing Beredning needs, skipping whatever is already there.
# Only crates.io, npm and Debian's apt are used: the build machines reach no other host.
#
#   scripts/setup.sh [all|build]
#     all    (default) everything, including Debian's chromium + chromium-driver for the tests
#     build  only what building and serving the app needs (no browser)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
# Cuts the app's wasm into the first download and on-demand chunks (scripts/split.mjs).
WASM_SPLIT_VERSION=0.2.4
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

need_browser="${1:-all}"
case "$need_browser" in
  all|build) ;;
  *) echo "usage: $0 [all|build]" >&2; exit 2 ;;
esac

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  echo "==> rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  echo "==> installing trunk $TRUNK_VERSION (first time only, takes several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  echo "==> installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (first time only)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-split-cli has no --version: cargo's own list says which version is installed.
if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  echo "==> installing wasm_split_cli_support $WASM_SPLIT_VERSION (first time only)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

if [ ! -d node_modules/binaryen ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/terser ] || [ ! -d node_modules/csso ]; then
  echo "==> npm ci"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# Trunk runs the wasm-opt it finds on PATH only when its version matches Trunk.toml (version_132);
# Debian's older binaryen has produced broken wasm, so insist on the npm one.
if ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  echo "wasm-opt on PATH is not binaryen 132: $(command -v wasm-opt || echo none)" >&2
  exit 1
fi

if [ "$need_browser" = "all" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "==> apt-get install chromium chromium-driver"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
echo "==> tools ready"
