#!/usr/bin/env bash
# Weiyuan benchmark: workers' medical mutual aid (职工医疗互助) at Guizhou's scale, in one run.
#
#   bench/mutual-aid-bench.sh [IMPORT_ROWS] [MEMBERS] [CLAIMS] [UNITS] [SECONDS]
#       (defaults: 100000 724800 11000 7108 10 — Guizhou: 7,108 units, 724,800 workers, 11,000 paid)
#
# Starts the real platform (embedded PostgreSQL, Keycloak, backend) in a scratch directory on its own
# ports, then
#  1. imports an XLSX of IMPORT_ROWS members through POST /mutual-aid/plans/{id}/members/import (202 with a
#     job) and polls the job until it is done: the time to 202, the time to done and rows/s; then re-imports
#     it (a new job, every row unchanged: nobody added); beside it,
#     the ceiling: PostgreSQL's own COPY of the same rows (as CSV) into a staging table, and one
#     INSERT … SELECT of them into mutual_aid_member for a second plan of the same unit (no encryption,
#     no blind-index HMAC, no per-row checks: what the database alone needs for the rows);
#  2. loads MEMBERS members with their contributions and CLAIMS paid claims over UNITS plans
#     (bench/load-mutual-aid.sql) and measures the province's year figures (GET /mutual-aid/figures,
#     as 马琳 of 贵州省总工会) with wrk beside the same two SQL statements with pgbench, with the ratio.
# The HTTP body limit is 1 MB (quarkus.http.limits.max-body-size): a 100,000-row sheet is larger, so
# the bench raises it to BENCH_MAX_BODY (default 16M) and prints the sheet's size; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
IMPORT_ROWS=${1:-100000}
MEMBERS=${2:-724800}
CLAIMS=${3:-11000}
UNITS=${4:-7108}
SECONDS_EACH=${5:-10}
CONNS=2
export QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE=${BENCH_MAX_BODY:-16M}
source bench/lib.sh

M2=${MAVEN_REPO:-$HOME/.m2/repository}
CP="$M2/org/dhatim/fastexcel/0.20.2/fastexcel-0.20.2.jar:$M2/com/github/rzymek/opczip/1.2.0/opczip-1.2.0.jar"
echo "[bench] writing an enrolment sheet of $IMPORT_ROWS members"
java -cp "$CP" bench/MutualAidSheet.java "$IMPORT_ROWS" "$WORK/members.xlsx" "$WORK/members.csv"
SHEET_BYTES=$(stat -c %s "$WORK/members.xlsx")

echo "[bench] loading $MEMBERS members, their contributions and $CLAIMS paid claims over $UNITS plans"
START=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$MEMBERS" -v claims="$CLAIMS" -v units="$UNITS" -f bench/load-mutual-aid.sql
LOAD_S=$(( $(date +%s) - START ))
IMPORT_PLAN=$(psql -qAt -c "select id from mutual_aid_plan where name = '导入压测计划'")
PROVINCE_ID=$(psql -qAt -c "select id from union_unit where name = '贵州省总工会'")
PROVINCE=$(psql -qAt -c "select path from union_unit where name = '贵州省总工会'")

TOKEN=$(token_for ma.lin)
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
# The import is a job (aid7): the post answers 202 with the job, then the job is polled until DONE or FAILED.
# Prints "<status> <seconds to 202> <seconds to done> <state> <enrolled> <unchanged> <rejected>".
import_once() {
  local t0 code to202 job state
  t0=$(date +%s%3N)
  read -r code to202 < <(curl -sS -o "$WORK/import-$1.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    -H "Content-Type: $XLSX" --data-binary @"$WORK/members.xlsx" "http://localhost:$PORT/api/v1/mutual-aid/plans/$IMPORT_PLAN/members/import")
  if [[ $code != 202 ]]; then echo "$code $to202 n/a n/a 0 0 0"; return; fi
  job=$(python3 -c "import json;print(json.load(open('$WORK/import-$1.json'))['id'])")
  state=QUEUED
  while [[ $state == QUEUED || $state == RUNNING ]]; do
    sleep 1
    curl -fsS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/mutual-aid/plans/$IMPORT_PLAN/imports/$job" > "$WORK/job-$1.json"
    state=$(python3 -c "import json;print(json.load(open('$WORK/job-$1.json'))['state'])")
    python3 -c "import json;j=json.load(open('$WORK/job-$1.json'));print('[bench]   %s %s: %d / %d rows' % ('$1', j['state'], j['rowsDone'], j['rowsTotal']))" >&2
  done
  python3 -c "import json;j=json.load(open('$WORK/job-$1.json'));print('$code $to202 %.3f %s %d %d %d' % (($(date +%s%3N) - $t0)/1000, j['state'], j['enrolled'], j['unchanged'], j['rejected']))"
}
echo "[bench] importing the sheet over HTTP (202, then the job polled every second)"
FIRST=$(import_once first); echo "[bench] first import: $FIRST"
SECOND=$(import_once again); echo "[bench] re-import: $SECOND"
ENROLLED=$(psql -qAt -c "select count(*) from mutual_aid_member where plan_id = '$IMPORT_PLAN'")

# The ceiling: the same rows by PostgreSQL alone, into a second plan of the import plan's unit.
echo "[bench] the same rows by COPY and INSERT (the ceiling)"
CEILING_PLAN=$(psql -qAt -c "insert into mutual_aid_plan (id, unit_id, plan_year, name, rules, created_by, created_at)
  select gen_random_uuid(), unit_id, plan_year, '导入压测上限计划', rules, created_by, now() from mutual_aid_plan
  where id = '$IMPORT_PLAN' returning id" | head -1)
ms_now() { date +%s%3N; }
T0=$(ms_now)
psql -q -v ON_ERROR_STOP=1 <<SQL
create unlogged table if not exists bench_import_rows (name text, id_number text, tier text, coverage_from date);
truncate bench_import_rows;
\copy bench_import_rows from '$WORK/members.csv' with (format csv)
SQL
T1=$(ms_now)
psql -q -v ON_ERROR_STOP=1 -c "insert into mutual_aid_member (id, plan_id, worker_subject, name_enc, id_number_enc, id_number_bidx, tier,
    coverage_from, enrolled_by, created_at)
  select gen_random_uuid(), '$CEILING_PLAN', null, 'v1:' || name, 'v1:' || id_number, md5(id_number), tier, coverage_from,
         '00000000-0000-0000-0000-0000000000b2', now() from bench_import_rows"
T2=$(ms_now)
CEILING_ROWS=$(psql -qAt -c "select count(*) from mutual_aid_member where plan_id = '$CEILING_PLAN'")
psql -q -c "drop table bench_import_rows"
COPY_S=$(awk -v a="$T0" -v b="$T1" 'BEGIN{printf "%.3f", (b-a)/1000}')
INSERT_S=$(awk -v a="$T1" -v b="$T2" 'BEGIN{printf "%.3f", (b-a)/1000}')
TO202_S=$(cut -d' ' -f2 <<<"$FIRST")
HTTP_S=$(cut -d' ' -f3 <<<"$FIRST")
ROWS_PER_S=$(awk -v n="$IMPORT_ROWS" -v s="$HTTP_S" 'BEGIN{ if (s + 0 > 0) printf "%.0f", n/s; else print "n/a"}')
IMPORT_RATIO=$(awk -v h="$HTTP_S" -v c="$COPY_S" -v i="$INSERT_S" 'BEGIN{ if (c + i > 0) printf "%.1f", h/(c+i); else print "n/a"}')

URL="http://localhost:$PORT/api/v1/mutual-aid/figures?unitId=$PROVINCE_ID&planYear=2026"
curl -fsS -H "Authorization: Bearer $TOKEN" "$URL" > "$WORK/figures.json"
TOTALS=$(python3 -c "import json;t=json.load(open('$WORK/figures.json'))['total'];print('members %d, contributions %.2f yuan, claims paid %d, %.2f yuan, payout %s permille, balance %.2f yuan' % (t['members'], t['contributionsFen']/100, t['claimsPaid'], t['claimsPaidFen']/100, t['payoutPermille'], t['fundBalanceFen']/100))")
UNITROWS=$(python3 -c "import json;print(len(json.load(open('$WORK/figures.json'))['units']))")
sed "s#@PATH@#$PROVINCE#g; s#@UNIT@#$PROVINCE_ID#g" bench/mutual-aid-sql/figures.sql > "$WORK/figures.sql"
{ echo "token = \"$TOKEN\""; cat bench/stats.lua; } > "$WORK/stats.lua"

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; printf "%.1f", a[i]/1000}'; }
echo "[bench] figures: warm-up, HTTP, SQL"
wrk -t1 -c"$CONNS" -d3s -s "$WORK/stats.lua" "$URL" >/dev/null
HTTP=$(wrk -t1 -c"$CONNS" -d"${SECONDS_EACH}s" --timeout 30s -s "$WORK/stats.lua" "$URL" | sed -n 's/^RESULT //p')
(cd "$WORK" && rm -f pgbench_log.* && pgbench -n -c "$CONNS" -j 1 -T "$SECONDS_EACH" -l -f figures.sql > figures-pg.txt 2>&1)
cat "$WORK"/pgbench_log.* | awk '{print $3}' > "$WORK/figures-lat.txt"
SQL50=$(pct 50 < "$WORK/figures-lat.txt"); SQL95=$(pct 95 < "$WORK/figures-lat.txt")
TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/figures-pg.txt")
P50=$(sed 's/.*p50=\([0-9.]*\).*/\1/' <<<"$HTTP"); P95=$(sed 's/.*p95=\([0-9.]*\).*/\1/' <<<"$HTTP")
RPS=$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<<"$HTTP"); NON2XX=$(sed 's/.*non2xx=\([0-9]*\).*/\1/' <<<"$HTTP")
BALANCED=$(psql -qAt -c "select sum(debit_fen) = sum(credit_fen) from journal_line")

cat <<REPORT

Weiyuan mutual-aid benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)),
all on this machine.

XLSX import of $IMPORT_ROWS members ($SHEET_BYTES bytes; HTTP body limit raised to $QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE for it):
first import $FIRST, re-import $SECOND (status, seconds to 202, seconds to done, state, enrolled, unchanged, rejected);
members in the plan afterwards: $ENROLLED.

| the same $IMPORT_ROWS rows | seconds | rows written |
|---|---|---|
| HTTP import: time to 202 (read the sheet, store it encrypted with the job) | $TO202_S | |
| HTTP import: time to DONE (job: parse, validate, encrypt, blind index, batched inserts; $ROWS_PER_S rows/s) | $HTTP_S | $ENROLLED |
| PostgreSQL COPY of the CSV into a staging table | $COPY_S | $IMPORT_ROWS |
| PostgreSQL INSERT … SELECT into mutual_aid_member (the ceiling's second step) | $INSERT_S | $CEILING_ROWS |
| ratio HTTP / (COPY + INSERT) | $IMPORT_RATIO | |

Year figures of the province (GET /mutual-aid/figures, planYear 2026, $UNITROWS child-unit rows) over $MEMBERS members,
$CLAIMS paid claims and $UNITS plans (loaded by SQL in ${LOAD_S}s): $TOTALS. Journal balanced: $BALANCED.

| measurement | HTTP p50 ms | HTTP p95 ms | HTTP req/s | SQL p50 ms | SQL p95 ms | SQL tps | p95 ratio HTTP / SQL | non-2xx |
|---|---|---|---|---|---|---|---|---|
| province year figures | $P50 | $P95 | $RPS | $SQL50 | $SQL95 | $TPS | $(awk -v a="$P95" -v b="$SQL95" 'BEGIN{printf "%.2f", a/b}') | $NON2XX |
REPORT
