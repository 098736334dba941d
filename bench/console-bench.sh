#!/usr/bin/env bash
# Weiyuan benchmark: the staff console's speed (issue 13 "Done when").
#
#   bench/console-bench.sh              bundle sizes, then the queue page's time to interactive
#   bench/console-bench.sh --bundle     bundle sizes only (no platform started)
#
# Builds the console (vite), prints its gzip sizes (backend/src/main/webui/bench/bundle-size.mjs),
# then starts the real platform in a scratch directory on its own ports (bench/lib.sh: embedded
# PostgreSQL, Keycloak, backend with the console served by Quinoa) and measures cold loads of the
# queue page in headless /usr/bin/chromium (bench/tti.mjs, RUNS=7 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WEBUI=backend/src/main/webui
[ -d "$WEBUI/node_modules" ] || (cd "$WEBUI" && npm ci --no-audit --no-fund)
(cd "$WEBUI" && npx vite build >/dev/null && node bench/bundle-size.mjs dist)
[ "${1:-}" = "--bundle" ] && exit 0
source bench/lib.sh
(cd "$WEBUI" && CONSOLE_URL="http://localhost:$PORT/console/" node bench/tti.mjs)
