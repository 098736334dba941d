#!/usr/bin/env bash
# Weiyuan benchmark: "top 10 jobs" for one worker and the full recompute of every worker's top 10,
# beside a brute-force SQL baseline and PostgreSQL's own ceiling, in one run.
#
#   bench/jobs-bench.sh [WORKERS] [LISTINGS] [SECONDS] [CONNECTIONS]      (defaults: 100000 10000 20 16)
#
# Starts the real platform in a scratch directory, loads WORKERS profiles and LISTINGS open listings
# into its PostgreSQL, then measures with wrk (HTTP, as staff asking for a random worker's matches)
# and pgbench (brute force in SQL; the profile read alone as the ceiling), and times the recompute.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORKERS=${1:-100000}
LISTINGS=${2:-10000}
SECONDS_EACH=${3:-20}
CONNS=${4:-16}
source bench/lib.sh

echo "[bench] loading $WORKERS worker profiles and $LISTINGS listings"
psql -q -v ON_ERROR_STOP=1 -v workers="$WORKERS" -v listings="$LISTINGS" -f bench/load-jobs.sql
psql -qAt -c "select subject from bench_worker order by n limit 5000" > "$WORK/ids.txt"
STAFF=$(token_for ma.lin)
ADMIN=$(token_for weiyuan-admin)
{
  echo "ids = {"; sed 's/.*/"&",/' "$WORK/ids.txt"; echo "}"
  echo "token = \"$STAFF\""
  cat bench/jobs.lua
} > "$WORK/jobs.lua"

echo "[bench] warming up"
wrk -t2 -c"$CONNS" -d5s -s "$WORK/jobs.lua" "http://localhost:$PORT" >/dev/null
echo "[bench] top 10 jobs over HTTP"
wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency -s "$WORK/jobs.lua" "http://localhost:$PORT" > "$WORK/http.txt"
echo "[bench] brute force in SQL"
pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -D workers="$WORKERS" -l --log-prefix="$WORK/brutelog" -f bench/jobs-brute.sql > "$WORK/brute.txt" 2>&1
echo "[bench] the profile read alone"
pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -D workers="$WORKERS" -f bench/jobs-profile.sql > "$WORK/profile.txt" 2>&1
echo "[bench] full recompute"
RECOMPUTE=$(curl -fs -X POST -H "Authorization: Bearer $ADMIN" "http://localhost:$PORT/api/v1/jobs/matches/recompute")
echo "$RECOMPUTE"

HTTP=$(sed -n 's/^Requests\/sec: *//p' "$WORK/http.txt")
read -r P50 P95 P99 < <(sed -n 's/^PCT //p' "$WORK/http.txt")
NON2XX=$(grep -E "Non-2xx" "$WORK/http.txt" | awk '{print $NF}' || true)
BRUTE=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/brute.txt")
# per-transaction latencies (microseconds, 3rd column) of the brute-force run → percentiles in ms
read -r B50 B95 B99 < <(cat "$WORK"/brutelog* 2>/dev/null | awk 'NF >= 6 {print $3}' | sort -n | awk '
  {v[NR] = $1} END {printf "%.2f %.2f %.2f\n", v[int(NR*0.5)]/1000, v[int(NR*0.95)]/1000, v[int(NR*0.99)]/1000}')
PROFILE=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/profile.txt")
R_WORKERS=$(echo "$RECOMPUTE" | sed -n 's/.*"workers":\([0-9]*\).*/\1/p')
R_ROWS=$(echo "$RECOMPUTE" | sed -n 's/.*"recommendations":\([0-9]*\).*/\1/p')
R_MS=$(echo "$RECOMPUTE" | sed -n 's/.*"millis":\([0-9]*\).*/\1/p')

cat <<REPORT

Weiyuan jobs benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $WORKERS worker profiles, $LISTINGS open listings,
$CONNS connections, ${SECONDS_EACH}s per measurement, all on this machine.

| measurement | req/s | p50 ms | p95 ms | p99 ms | ratio to PostgreSQL's profile read ($PROFILE tps) |
|---|---|---|---|---|---|
| top 10 jobs over HTTP (index in memory, scored in Java) | $HTTP | $P50 | $P95 | $P99 | $(awk -v a="$HTTP" -v b="$PROFILE" 'BEGIN{printf "%.2f", a/b}') |
| brute force in SQL (every listing, pgbench) | $BRUTE | $B50 | $B95 | $B99 | $(awk -v a="$BRUTE" -v b="$PROFILE" 'BEGIN{printf "%.2f", a/b}') |

HTTP answers other than 2xx: ${NON2XX:-0}. Full recompute: $R_WORKERS workers, $R_ROWS recommendations stored, $R_MS ms.
REPORT
