#!/usr/bin/env bash
# Weiyuan benchmark: the donor feed and pledging against PostgreSQL's own ceiling for the same SQL,
# with and without a simulated round trip inside the pledge transaction, on one replica and on two
# behind HAProxy — all in one run, every figure beside the ceiling measured in the same run.
#
#   bench/wishes-bench.sh [WISHES] [SECONDS] [CONNECTIONS]      (defaults: 100000 20 32)
#   DELAY=0.005 (default)   the simulated round trip, seconds: the delayed replica waits that long on
#                           PostgreSQL inside every pledge transaction (weiyuan.server.bench.in-transaction-delay)
#                           and the SQL files pg_sleep(:delay) at the same point
#
# Starts the real platform (embedded PostgreSQL, Keycloak, backend a) in a scratch data directory on
# its own ports, with — as the two-replica test starts them (Platform.startReplica, LoadBalancer) —
# replica b and HAProxy in front of a and b (round-robin), and one more replica outside HAProxy
# that carries the delay. Loads WISHES published wishes, then measures with wrk (HTTP) and pgbench
# (the equivalent SQL straight on the same database). The machine may be shared: every row prints
# the load average seen when it ended; compare ratios, not absolute figures.
# Needs: a JDK >= 21 (found as ./weiyuan does), wrk, pgbench and haproxy (installed with apt if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WISHES=${1:-100000}
SECONDS_EACH=${2:-20}
CONNS=${3:-32}
DELAY=${DELAY:-0.005}
PORT=${BENCH_PORT:-18080}
export WEIYUAN_REPLICA_PORT=${BENCH_REPLICA_PORT:-$((PORT + 1))}
export WEIYUAN_LB_PORT=${BENCH_LB_PORT:-$((PORT + 2))}
export WEIYUAN_DELAYED_REPLICA_PORT=${BENCH_DELAYED_PORT:-$((PORT + 3))}
export WEIYUAN_DELAYED_REPLICA_DELAY="PT${DELAY}S"
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || { apt-get update -qq && apt-get install -y -qq haproxy >/dev/null; }
source bench/lib.sh
A="http://localhost:$PORT"; B="http://localhost:$WEIYUAN_REPLICA_PORT"; LB="http://127.0.0.1:$WEIYUAN_LB_PORT"
SLOW="http://localhost:$WEIYUAN_DELAYED_REPLICA_PORT"
for _ in $(seq 1 "${BENCH_START_TIMEOUT:-900}"); do
  curl -fs "$LB/q/health/ready" >/dev/null 2>&1 && curl -fs "$SLOW/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PLATFORM" 2>/dev/null || { cat "$WORK/platform.log"; exit 1; }
  sleep 1
done
curl -fs "$LB/q/health/ready" >/dev/null && curl -fs "$SLOW/q/health/ready" >/dev/null

# Start to ready: each backend's own figure (Quarkus logs "started in"), PostgreSQL and Keycloak already up.
# Backend a also migrates the schema and loads the seeds; b and the delayed replica start on a ready database.
ready_s() { grep -ho 'started in [0-9.]*s' "$WORK/data/logs/$1" 2>/dev/null | tail -1 | sed 's/started in //; s/s$//' || true; }
PID_A=$(backend_pid "$PORT"); PID_B=$(backend_pid "$WEIYUAN_REPLICA_PORT"); PID_SLOW=$(backend_pid "$WEIYUAN_DELAYED_REPLICA_PORT")
# Resident memory of the given backends, sampled every second while process $1 runs: the peaks, one per backend.
sample_rss() {
  local watched=$1; shift; local -a peak=(); local i r
  while kill -0 "$watched" 2>/dev/null; do
    i=0; for p in "$@"; do r=$(rss_mb "$p" || echo 0); [ "${r:-0}" -gt "${peak[$i]:-0}" ] && peak[$i]=$r; i=$((i + 1)); done
    sleep 1
  done
  echo "${peak[*]}"
}

echo "[bench] loading $WISHES published wishes"
psql -q -v ON_ERROR_STOP=1 -v n="$WISHES" -f bench/load-wishes.sql
psql -q -c "create sequence if not exists bench_chain_pos"
pledge_lua "$WORK/pledge.lua"

rps() { sed -n 's/^Requests\/sec: *//p' "$1"; }
pct() { grep -E "^ +$1%" "$2" | awk '{print $2}'; }
tps() { sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "–" }'; }
FEED_PATH="/api/v1/feed/wishes?limit=20&sort=URGENCY"
declare -A LOAD
# wrk NAME BASE [lua]: over HTTP, the load average noted when it ends
http() {
  echo "[bench] $1 over HTTP ($2)"
  if [ -n "${3:-}" ]; then wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency -s "$3" "$2" > "$WORK/$1.txt"
  else wrk -t2 -c"$CONNS" -d"${SECONDS_EACH}s" --latency "$2$FEED_PATH" > "$WORK/$1.txt"; fi
  LOAD[$1]=$(load)
}
# sql NAME FILE DELAY: the same SQL with pgbench straight on PostgreSQL
sql() {
  echo "[bench] $1: $2 on PostgreSQL (delay $3 s)"
  pgbench -n -c "$CONNS" -j 2 -T "$SECONDS_EACH" -D delay="$3" -f "$2" > "$WORK/$1.txt" 2>&1
  LOAD[$1]=$(load)
}

echo "[bench] warming up (every backend, both paths)"
for base in "$A" "$B" "$SLOW"; do
  wrk -t2 -c8 -d3s "$base$FEED_PATH" >/dev/null
  wrk -t2 -c8 -d3s -s "$WORK/pledge.lua" "$base" >/dev/null
done

# 1. one replica, no delay
http feed "$A"
sql feed-pg bench/feed.sql 0
http pledge "$A" "$WORK/pledge.lua" &
W=$!; RSS_PLEDGE_A=$(sample_rss "$W" "$PID_A"); wait "$W"; LOAD[pledge]=$(load) # (set in the background job's own shell, lost)
sql pledge-pg bench/pledge.sql 0
sql pledge-lock-pg bench/pledge-global-lock.sql 0
# 2. the simulated round trip inside every pledge transaction
http pledge-delay "$SLOW" "$WORK/pledge.lua"
sql pledge-delay-pg bench/pledge.sql "$DELAY"
sql pledge-delay-lock-pg bench/pledge-global-lock.sql "$DELAY"
# 3. two replicas behind HAProxy
http feed-lb "$LB"
http pledge-lb "$LB" "$WORK/pledge.lua" &
W=$!; RSS_LB=$(sample_rss "$W" "$PID_A" "$PID_B"); wait "$W"; LOAD[pledge-lb]=$(load)
read -r RSS_LB_A RSS_LB_B <<< "$RSS_LB"
RSS_IDLE_A=$(rss_mb "$PID_A" || true); RSS_IDLE_B=$(rss_mb "$PID_B" || true); RSS_IDLE_SLOW=$(rss_mb "$PID_SLOW" || true)

# Every pledge's audit row is sealed within the bound, then the chain verifies.
ADMIN=$(token_for weiyuan-admin 2>/dev/null || true)
for _ in $(seq 1 120); do
  UNSEALED=$(psql -qAt -c "select count(*) from audit_entry where chain_pos is null"); [ "$UNSEALED" = 0 ] && break; sleep 1
done
VERIFY=$(curl -fs -H "Authorization: Bearer $ADMIN" "$LB/api/v1/audit/verify" || echo '{"intact":"not checked (no admin token)"}')
LEDGER=$(curl -fs -H "Authorization: Bearer $ADMIN" "$LB/api/v1/ledger/check" || echo '{"balanced":"not checked"}')
OVER=$(psql -qAt -c "select count(*) from wish where pledged_fen > target_fen")
STORED=$(psql -qAt -c "select count(*) from pledge p join bench_wish b on b.id = p.wish_id where p.donor_subject <> '00000000-0000-0000-0000-0000000000b1'")
statuses() { grep '^status' "$WORK/$1.txt" | sed 's/^status //' | sort | paste -sd ',' - || true; }
row() { # label http-file sql-file
  printf '| %s | %s | %s | %s | %s | %s | %s / %s |\n' "$1" "$(rps "$WORK/$2.txt")" "$(pct 50 "$WORK/$2.txt")" "$(pct 99 "$WORK/$2.txt")" \
    "$(tps "$WORK/$3.txt")" "$(ratio "$(rps "$WORK/$2.txt")" "$(tps "$WORK/$3.txt")")" "${LOAD[$2]}" "${LOAD[$3]}"
}

cat <<REPORT

Weiyuan wishes benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $WISHES published wishes,
$CONNS connections, ${SECONDS_EACH}s per measurement, simulated round trip ${DELAY}s, all on this machine.
Load average (1/5/15 min) when each measurement ended, HTTP / SQL.

| measurement | HTTP (wrk) req/s | p50 | p99 | PostgreSQL alone (pgbench) tps | ratio HTTP / PostgreSQL | load average |
|---|---|---|---|---|---|---|
$(row "donor feed, first page of 20 by urgency (one replica)" feed feed-pg)
$(row "pledge, no global lock (one replica)" pledge pledge-pg)
$(row "before: the same HTTP pledge against the SQL with the global audit-chain lock" pledge pledge-lock-pg)
$(row "pledge with ${DELAY}s inside the transaction (delayed replica)" pledge-delay pledge-delay-pg)
$(row "before, with ${DELAY}s: against the SQL with the global lock" pledge-delay pledge-delay-lock-pg)
$(row "donor feed through HAProxy, two replicas" feed-lb feed-pg)
$(row "pledge through HAProxy, two replicas" pledge-lb pledge-pg)

Two replicas / one replica: feed $(ratio "$(rps "$WORK/feed-lb.txt")" "$(rps "$WORK/feed.txt")"), pledge $(ratio "$(rps "$WORK/pledge-lb.txt")" "$(rps "$WORK/pledge.txt")").
With ${DELAY}s inside: the lock-free SQL / the SQL with the global lock $(ratio "$(tps "$WORK/pledge-delay-pg.txt")" "$(tps "$WORK/pledge-delay-lock-pg.txt")") (the lock's ceiling is 1 / ${DELAY}s = $(awk -v d="$DELAY" 'BEGIN{printf "%.0f", 1/d}') tps).

Start to ready (Quarkus "started in", PostgreSQL and Keycloak already up): a $(ready_s backend.log) s (migrations and seeds), b $(ready_s backend-b.log) s, delayed replica $(ready_s backend-delayed.log) s.
Resident memory: a ${RSS_PLEDGE_A:-?} MB peak under the one-replica pledge load; a ${RSS_LB_A:-?} MB and b ${RSS_LB_B:-?} MB peak under the two-replica pledge load; after: a ${RSS_IDLE_A:-?} MB, b ${RSS_IDLE_B:-?} MB, delayed ${RSS_IDLE_SLOW:-?} MB (JVM options of a: $(jvm_opts "$PID_A" || echo '?')).

Pledge answers by status: one replica $(statuses pledge); delayed $(statuses pledge-delay); two replicas $(statuses pledge-lb). $STORED pledges stored over HTTP (warm-up included).
Wishes over their target: $OVER. Ledger check: $LEDGER
Audit chain after the run ($UNSEALED unsealed left): $VERIFY
REPORT
