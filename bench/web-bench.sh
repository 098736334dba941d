#!/usr/bin/env bash
# Weiyuan benchmark: the public wish page (/w/{shortId}).
#
#   bench/web-bench.sh [WISHES] [SECONDS] [CONNECTIONS]      (defaults: 100000 20 32)
#
# Starts the real platform on its own ports (bench/lib.sh), loads WISHES published wishes, then
#  1. the wish page's HTML+CSS+JS transferred size and first contentful paint in headless Chromium
#     throttled to slow 3G through CDP (backend/src/test/web/fcp.mjs), and
#  2. its requests per second with wrk, beside the feed SQL straight on PostgreSQL with pgbench
#     (bench/feed.sql, the query a wall page runs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WISHES=${1:-100000}
SECONDS_EACH=${2:-20}
CONNS=${3:-32}
source bench/lib.sh

echo "[bench] loading $WISHES published wishes"
psql -q -v ON_ERROR_STOP=1 -v n="$WISHES" -f bench/load-wishes.sql
ID=$(psql -qAt -c "select id from wish where published_at is not null order by published_at limit 1")
SHORT=$(java -cp backend/target/classes org.weiyuan.web.site.ShortId "$ID")
PAGE="http://localhost:$PORT/w/$SHORT"
curl -fs "$PAGE" >/dev/null

(cd backend/src/test/web && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; } \
  && PAGE_URL="$PAGE" RUNS=5 node fcp.mjs) | tee "$WORK/fcp.json"

rps() { sed -n 's/^Requests\/sec: *//p'; }
echo "[bench] warming up"
wrk -t2 -c"$CONNS" -d5s "$PAGE" >/dev/null
echo "[bench] wish page over HTTP"
wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency "$PAGE" > "$WORK/page.txt"
echo "[bench] wall over HTTP"
wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency "http://localhost:$PORT/" > "$WORK/wall.txt"
echo "[bench] feed SQL on PostgreSQL"
pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -f bench/feed.sql > "$WORK/feed-pg.txt" 2>&1
PAGE_RPS=$(rps < "$WORK/page.txt"); WALL_RPS=$(rps < "$WORK/wall.txt")
PG_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/feed-pg.txt" | head -1)
echo "wish page: $PAGE_RPS req/s; wall: $WALL_RPS req/s; feed SQL on PostgreSQL: $PG_TPS tps"
grep -E "^ +(50|99)%" "$WORK/page.txt" | sed 's/^/wish page latency /'
