#!/usr/bin/env bash
# Builds Beredning and serves it locally with live reload (README's run command).
#
#   bash scripts/run.sh          then open http://127.0.0.1:8080/   (PORT=9000 for another port)
#
# A release build, served by `trunk serve` from dist/ (the tests build into dist-release/).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh build

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
PORT="${PORT:-8080}"

echo
echo "==> Beredning will be served at http://127.0.0.1:${PORT}/ (first build takes a few minutes; Ctrl-C stops)"
echo
exec trunk serve --release --port "$PORT" --address 127.0.0.1
