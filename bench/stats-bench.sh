#!/usr/bin/env bash
# Weiyuan benchmark: every dashboard aggregate endpoint (统计报表) with HOUSEHOLDS files in PostgreSQL,
# over HTTP beside the same SQL run by pgbench, in one run.
#
#   bench/stats-bench.sh [HOUSEHOLDS] [SECONDS] [CONNECTIONS]      (defaults: 200000 10 4)
#
# Starts the real platform (embedded PostgreSQL, Keycloak, backend) in a scratch data directory on
# its own ports, generates HOUSEHOLDS households over the Guizhou union tree with their wishes,
# ledger, pledges, placements and service orders (bench/load-stats.sql), then, as the province's
# staff member 马林 (the whole province: the widest roll-up staff can ask for), measures each chart
# with wrk (p50/p95/p99) and its SQL (bench/stats-sql, the queries of StatsRepository with @PATH@, @LEN@, @FROM@, @TO@ filled in) with pgbench
# (-l, percentiles from the transaction log), and prints the ratio HTTP p95 / SQL p95.
# Needs: a JDK >= 21 (found as ./weiyuan does), wrk and pgbench (installed with apt if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
HOUSEHOLDS=${1:-200000}
SECONDS_EACH=${2:-10}
CONNS=${3:-4}
source bench/lib.sh

echo "[bench] loading $HOUSEHOLDS households and their records"
START=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$HOUSEHOLDS" -f bench/load-stats.sql
echo "[bench] loaded in $(( $(date +%s) - START ))s"
psql -qAt -c "select 'households', count(*) from household union all select 'units', count(*) from union_unit
  union all select 'wishes', count(*) from wish union all select 'journal lines', count(*) from journal_line
  union all select 'hires', count(*) from job_application where status = 'HIRED'
  union all select 'waiting orders', count(*) from service_order where status = 'WAITING'" | tr '|' ' ' > "$WORK/sizes.txt"

PROVINCE=$(psql -qAt -c "select path from union_unit where name = '贵州省总工会'")
LEN=$(( ${#PROVINCE} + 1 ))
TO_MONTH=$(TZ=Asia/Shanghai date +%Y-%m)
FROM_MONTH=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) -35 months" +%Y-%m)
NEXT_MONTH=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) +1 month" +%Y-%m)
FROM_TS="'${FROM_MONTH}-01 00:00+08'::timestamptz"; TO_TS="'${NEXT_MONTH}-01 00:00+08'::timestamptz"

TOKEN=$(token_for ma.lin)
{ echo "token = \"$TOKEN\""; cat bench/stats.lua; } > "$WORK/stats.lua"
API="http://localhost:$PORT/api/v1/stats"
CHARTS=(
  "households-category|$API/households?by=CATEGORY"
  "households-cause|$API/households?by=CAUSE"
  "households-monthly|$API/households/monthly?from=$FROM_MONTH&to=$TO_MONTH"
  "money-units|$API/money/units"
  "money-campaigns|$API/money/campaigns"
  "wishes-age|$API/wishes?by=AGE"
  "placements-monthly|$API/placements/monthly?from=$FROM_MONTH&to=$TO_MONTH"
  "service-demand|$API/service-demand?by=DISTRICT"
)

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; printf "%.1f", a[i]/1000}'; }
ROWS=""
for c in "${CHARTS[@]}"; do
  NAME=${c%%|*}; URL=${c#*|}
  curl -fsS -H "Authorization: Bearer $TOKEN" "$URL" > "$WORK/$NAME.json"
  sed "s#@PATH@#$PROVINCE#g; s#@LEN@#$LEN#g; s#@FROM@#$FROM_TS#g; s#@TO@#$TO_TS#g" "bench/stats-sql/$NAME.sql" > "$WORK/$NAME.sql"
  echo "[bench] $NAME: warm-up, HTTP, SQL"
  wrk -t1 -c"$CONNS" -d3s -s "$WORK/stats.lua" "$URL" >/dev/null
  HTTP=$(wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" -s "$WORK/stats.lua" "$URL" | sed -n 's/^RESULT //p')
  (cd "$WORK" && rm -f pgbench_log.* && pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -l -f "$NAME.sql" > "$NAME-pg.txt" 2>&1)
  cat "$WORK"/pgbench_log.* | awk '{print $3}' > "$WORK/$NAME-lat.txt"
  SQL50=$(pct 50 < "$WORK/$NAME-lat.txt"); SQL95=$(pct 95 < "$WORK/$NAME-lat.txt")
  TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/$NAME-pg.txt")
  P50=$(sed 's/.*p50=\([0-9.]*\).*/\1/' <<<"$HTTP"); P95=$(sed 's/.*p95=\([0-9.]*\).*/\1/' <<<"$HTTP")
  RPS=$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<<"$HTTP"); NON2XX=$(sed 's/.*non2xx=\([0-9]*\).*/\1/' <<<"$HTTP")
  ROWS+="| $NAME | $P50 | $P95 | $RPS | $SQL50 | $SQL95 | $TPS | $(awk -v a="$P95" -v b="$SQL95" 'BEGIN{printf "%.2f", a/b}') | $NON2XX |"$'\n'
done
# a sanity check of the answers: the province's category total is every household under it
TOTAL=$(python3 -c "import json;print(json.load(open('$WORK/households-category.json'))['total']['total'])")

cat <<REPORT

Weiyuan stats benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $CONNS connections, ${SECONDS_EACH}s per
measurement, all on this machine; staff of 贵州省总工会 reporting on the whole province, 36 months for monthly charts.
Data: $(paste -sd ',' "$WORK/sizes.txt" | sed 's/,/, /g'). Province total in the category chart: $TOTAL.

| chart | HTTP p50 ms | HTTP p95 ms | HTTP req/s | SQL p50 ms | SQL p95 ms | SQL tps | p95 ratio HTTP / SQL | non-2xx |
|---|---|---|---|---|---|---|---|---|
$ROWS
REPORT
