#!/usr/bin/env bash
# Weiyuan benchmark: the donor feed and pledging, against PostgreSQL's own ceiling, in one run.
#
#   bench/wishes-bench.sh [WISHES] [SECONDS] [CONNECTIONS]      (defaults: 100000 20 32)
#   DELAY=0.005 bench/wishes-bench.sh ...   the same with 5 ms spent inside every pledge transaction
#                                           (backend: weiyuan.server.bench.in-transaction-delay; SQL: pg_sleep)
#
# Starts the real platform (embedded PostgreSQL, Keycloak, backend) in a scratch data directory on
# its own ports, loads WISHES published wishes, then measures with wrk (HTTP) and pgbench (the
# equivalent SQL straight on the same database) and prints requests per second and the ratios.
# Needs: a JDK >= 21 (found as ./weiyuan does), wrk and pgbench (installed with apt if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WISHES=${1:-100000}
SECONDS_EACH=${2:-20}
CONNS=${3:-32}
DELAY=${DELAY:-0}
export WEIYUAN_SERVER_BENCH_IN_TRANSACTION_DELAY="PT${DELAY}S"
source bench/lib.sh
# Start to ready: the backend's own figure (Quarkus logs "started in"), after PostgreSQL and Keycloak are up.
READY_S=$(grep -ho 'started in [0-9.]*s' "$WORK"/data/logs/*.log 2>/dev/null | head -1 | sed 's/started in //; s/s$//' || true)
# The backend is the launcher's child running backend/target/quarkus-app/quarkus-run.jar (Keycloak's jar is elsewhere).
BACKEND_PID=$(ps -eo pid,ppid,args | awk -v p="$PLATFORM" '$2 == p && /backend\/target\/quarkus-app\/quarkus-run.jar/ {print $1; exit}')
rss_mb() { [ -n "$BACKEND_PID" ] && ps -o rss= -p "$BACKEND_PID" | awk '{printf "%.0f", $1/1024}'; }
# Resident memory, sampled every second while a measurement runs: the peak is reported.
sample_rss() { local peak=0 r; while kill -0 "$1" 2>/dev/null; do r=$(rss_mb || echo 0); [ "${r:-0}" -gt "$peak" ] && peak=$r; sleep 1; done; echo "$peak"; }

echo "[bench] loading $WISHES published wishes"
psql -q -v ON_ERROR_STOP=1 -v n="$WISHES" -f bench/load-wishes.sql
psql -q -c "create sequence if not exists bench_chain_pos"
psql -qAt -c "select id from bench_wish order by n limit 1000" > "$WORK/ids.txt"

TOKEN=$(token_for zhao.min)
{
  echo "ids = {"; sed 's/.*/"&",/' "$WORK/ids.txt"; echo "}"
  echo "token = \"$TOKEN\""
  cat bench/pledge.lua
} > "$WORK/pledge.lua"

rps() { sed -n 's/^Requests\/sec: *//p'; }
pct() { grep -E "^ +$1%" | awk '{print $2}'; }
FEED_URL="http://localhost:$PORT/api/v1/feed/wishes?limit=20&sort=URGENCY"

echo "[bench] warming up"
wrk -t2 -c"$CONNS" -d5s "$FEED_URL" >/dev/null
echo "[bench] feed over HTTP"
wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency "$FEED_URL" > "$WORK/feed.txt"
echo "[bench] feed SQL on PostgreSQL"
pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -f bench/feed.sql > "$WORK/feed-pg.txt" 2>&1
echo "[bench] pledges over HTTP (in-transaction delay ${DELAY}s)"
wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency -s "$WORK/pledge.lua" "http://localhost:$PORT" > "$WORK/pledge.txt" &
WRK=$!; RSS_PEAK=$(sample_rss "$WRK"); wait "$WRK"
echo "[bench] pledge SQL on PostgreSQL, no global lock (the physical ceiling)"
pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -D delay="$DELAY" -f bench/pledge.sql > "$WORK/pledge-pg.txt" 2>&1
echo "[bench] pledge SQL on PostgreSQL with the old global audit lock (before)"
pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -D delay="$DELAY" -f bench/pledge-global-lock.sql > "$WORK/pledge-lock-pg.txt" 2>&1
RSS_IDLE=$(rss_mb || true)
# Every pledge's audit row is sealed within the bound, then the chain verifies.
ADMIN=$(token_for weiyuan-admin 2>/dev/null || true)
for _ in $(seq 1 60); do
  UNSEALED=$(psql -qAt -c "select count(*) from audit_entry where chain_pos is null"); [ "$UNSEALED" = 0 ] && break; sleep 1
done
VERIFY=$(curl -fs -H "Authorization: Bearer $ADMIN" "http://localhost:$PORT/api/v1/audit/verify" || echo '{"intact":"not checked (no admin token)"}')

FEED=$(rps < "$WORK/feed.txt"); FEED_PG=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/feed-pg.txt")
PLEDGE=$(rps < "$WORK/pledge.txt"); PLEDGE_PG=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pledge-pg.txt")
PLEDGE_LOCK_PG=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pledge-lock-pg.txt")
NON2XX=$(grep -E "Non-2xx" "$WORK/pledge.txt" | awk '{print $NF}' || true)
STATUSES=$(grep '^status' "$WORK/pledge.txt" | sort | paste -sd ',' - || true)
LEDGER=$(curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null && psql -qAt -c \
  "select sum(debit_fen) = sum(credit_fen) from journal_line")
OVER=$(psql -qAt -c "select count(*) from wish where pledged_fen > target_fen")

cat <<REPORT

Weiyuan wishes benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $WISHES published wishes,
$CONNS connections, ${SECONDS_EACH}s per measurement, in-transaction delay ${DELAY}s, all on this machine.

| measurement | HTTP (wrk) req/s | p50 | p99 | PostgreSQL alone (pgbench) tps | ratio HTTP / PostgreSQL |
|---|---|---|---|---|---|
| donor feed, first page of 20 by urgency | $FEED | $(pct 50 < "$WORK/feed.txt") | $(pct 99 < "$WORK/feed.txt") | $FEED_PG | $(awk -v a="$FEED" -v b="$FEED_PG" 'BEGIN{printf "%.2f", a/b}') |
| pledge (lock wish, insert, update, unsealed audit row; no global lock) | $PLEDGE | $(pct 50 < "$WORK/pledge.txt") | $(pct 99 < "$WORK/pledge.txt") | $PLEDGE_PG | $(awk -v a="$PLEDGE" -v b="$PLEDGE_PG" 'BEGIN{printf "%.2f", a/b}') |
| before: pledge SQL with the global audit-chain lock | – | – | – | $PLEDGE_LOCK_PG | HTTP / this: $(awk -v a="$PLEDGE" -v b="$PLEDGE_LOCK_PG" 'BEGIN{printf "%.2f", a/b}') |

Backend: ready ${READY_S:-?} s after its start (PostgreSQL and Keycloak already up); resident memory peak ${RSS_PEAK:-?} MB during the pledge load, ${RSS_IDLE:-?} MB after.
Audit chain after the run: $VERIFY

Pledge answers other than 2xx: ${NON2XX:-0} ($(psql -qAt -c "select count(*) from pledge p join bench_wish b on b.id = p.wish_id where p.donor_subject <> '00000000-0000-0000-0000-0000000000b1'") pledges stored over HTTP; answers by status: ${STATUSES}). Wishes over their target: $OVER. Journal balanced: $LEDGER.
REPORT
