#!/usr/bin/env bash
# Lints backend/target/openapi.json (written by OpenApiContractTest) with the pinned Redocly CLI and
# the repository's redocly.yaml. Run by the backend's verify phase; usage: lint.sh [TEST_FILTER]
# [SKIP_TESTS] [MAVEN_TEST_SKIP] (Maven's -Dtest, -DskipTests, -Dmaven.test.skip: when tests were
# filtered or skipped, a missing document is no failure). Unset Maven properties arrive as "${...}".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
doc="$root/backend/target/openapi.json"
unset_() { case "$1" in '${'*) echo "" ;; *) echo "$1" ;; esac; }
filter=$(unset_ "${1:-}")
skipped=$(unset_ "${2:-}")$(unset_ "${3:-}")

if [ -n "$filter" ] && [[ "$filter" != *OpenApiContract* ]]; then
  echo "[openapi-lint] -Dtest=$filter leaves out OpenApiContractTest: lint skipped"
  exit 0
fi
if [ ! -f "$doc" ]; then
  if [ -n "$filter" ] || [[ "$skipped" == *true* ]]; then
    echo "[openapi-lint] no $doc (tests filtered or skipped): lint skipped"
    exit 0
  fi
  echo "[openapi-lint] $doc is missing: OpenApiContractTest writes it" >&2
  exit 1
fi
command -v npm >/dev/null 2>&1 || {
  echo "[openapi-lint] needs Node.js 20.19+ (or 22.12+) and npm; pass -Dopenapi.lint.skip to build without it" >&2
  exit 1
}
cd "$here"
# the lock file pins @redocly/cli exactly; install only when it changed
if [ ! -x node_modules/.bin/redocly ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec node_modules/.bin/redocly lint --config "$root/redocly.yaml" --max-problems 200 "$doc"
