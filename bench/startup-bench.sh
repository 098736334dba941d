#!/usr/bin/env bash
# Weiyuan benchmark: how long a backend replica takes from process start to ready, and how much
# resident memory it holds after a short load, when it joins an already migrated database with
# PostgreSQL and Keycloak up (a rolling update, a scale-out) — for several JVM option sets, beside
# the bare JVM's own floor measured in the same run.
#
#   bench/startup-bench.sh [RUNS] [WARMUP_SECONDS]      (defaults: 5 5)
#   STARTUP_SETS="before default aot"  the option sets to measure (default these three):
#       before   -Xmx512m with G1 and glibc's default malloc arenas (the launcher until session 9)
#       default  what the launcher passes now (`weiyuan-platform.jar --backend-jvm-options`, and
#                MALLOC_ARENA_MAX=2 in the environment)
#       aot      default plus the JDK's AOT cache (JEP 483/515), trained here by one replica run
#                under the same load first (-XX:AOTCacheOutput), then used by every run (-XX:AOTCache)
#       c1       default with -XX:TieredStopAtLevel=1 (C1 only: less compiling at start, slower peak code)
#       s9       the launcher's options from session 9 to 11 (before compact object headers, the native-heap
#                trim, the metaspace and code cache caps and the tighter heap ratios of session 12)
#   STARTUP_AOT_BASE=default  the set whose options the aot set adds its cache to (and trains with:
#                a cache is refused by a JVM whose object layout or collector differs)
#
# Starts the real platform (bench/lib.sh: PostgreSQL, Keycloak, backend a, which migrates the schema
# and loads the seeds), loads 2,000 published wishes, then starts one more replica RUNS times per
# option set with backend a's own environment (its database, Keycloak, keys; no seeds) on
# BENCH_STARTUP_PORT (default PORT + 5). Per run: start to ready = from starting java to the first
# 200 from /q/health/ready (polled every 50 ms), Quarkus's own "started in", and the CPU time the
# process had used by then (user + system, all threads: on a shared machine the one figure that does
# not depend on what else runs); then WARMUP_SECONDS of feed and pledge load (wrk, 4 connections each,
# its requests per second reported: a same-run check that an option set costs no throughput) and the
# replica's resident memory (RSS) after it. Prints medians. The floor, same run: `java -Xshare:auto -version` (start and exit of a bare JVM)
# and the RSS of a trivial idle Java program under the same options.
# Needs what bench/lib.sh needs (a JDK >= 21 — the aot set needs 25 —, wrk, psql).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${1:-5}
WARM=${2:-5}
SETS=${STARTUP_SETS:-before default aot}
source bench/lib.sh
RPORT=${BENCH_STARTUP_PORT:-$((PORT + 5))}
R="http://localhost:$RPORT"
FEED_PATH="/api/v1/feed/wishes?limit=20&sort=URGENCY"
JAR=$ROOT/backend/target/quarkus-app/quarkus-run.jar

PID_A=$(backend_pid "$PORT")
[ -n "$PID_A" ] || { echo "[bench] backend a not found"; exit 1; }
# backend a's environment, as the launcher gave it (Platform.startBackend), without the seeds and with our port
mapfile -t REPLICA_ENV < <(tr '\0' '\n' < "/proc/$PID_A/environ" | grep -v -e '^WEIYUAN_SEED_DIR=' -e '^QUARKUS_HTTP_PORT=' -e '^MALLOC_ARENA_MAX=')
REPLICA_ENV+=("QUARKUS_HTTP_PORT=$RPORT")
# the launcher's default options, as compiled into it (one source of truth)
DEFAULT_OPTS=$(java -jar platform/target/weiyuan-platform.jar --backend-jvm-options)
declare -A OPTS=([before]="-Xmx512m" [default]="$DEFAULT_OPTS" [c1]="$DEFAULT_OPTS -XX:TieredStopAtLevel=1"
  [s9]="-Xms64m -Xmx384m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k")
AOT_BASE=${STARTUP_AOT_BASE:-default}
OPTS[aot]="${OPTS[$AOT_BASE]} -XX:AOTCache=$WORK/backend.aot"
declare -A ENVS=([before]="" [default]="MALLOC_ARENA_MAX=2" [aot]="MALLOC_ARENA_MAX=2" [c1]="MALLOC_ARENA_MAX=2" [s9]="MALLOC_ARENA_MAX=2")

echo "[bench] loading 2000 published wishes for the pledge load"
psql -q -v ON_ERROR_STOP=1 -v n=2000 -f bench/load-wishes.sql
psql -q -c "create sequence if not exists bench_chain_pos"
pledge_lua "$WORK/pledge.lua"

ms_now() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "–"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# replica LOG SET [more options...]: starts one replica with the set's options in the background (REPLICA = its pid)
replica() {
  local log=$1 set=$2; shift 2
  # shellcheck disable=SC2086
  env -i "${REPLICA_ENV[@]}" ${ENVS[$set]} "$JAVA_HOME/bin/java" ${OPTS[$set]} "$@" -jar "$JAR" > "$log" 2>&1 &
  REPLICA=$!
}
cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat"; } # clock ticks of 10 ms
# waits for the replica to answer ready, prints the milliseconds since $1
await_ready() {
  local t0=$1
  for _ in $(seq 1 6000); do
    curl -fs -o /dev/null "$R/q/health/ready" 2>/dev/null && { echo $(( $(ms_now) - t0 )); return; }
    kill -0 "$REPLICA" 2>/dev/null || { echo "[bench] the replica died; its log:" >&2; tail -20 "$2" >&2; return 1; }
    sleep 0.05
  done
  echo "[bench] the replica was not ready in 300 s" >&2; return 1
}
# the load: feed and pledges at once; wrk's outputs in $1.feed and $1.pledge
warm_up() {
  wrk -t1 -c4 -d"${WARM}s" "$R$FEED_PATH" > "$1.feed" &
  local feed=$!
  wrk -t1 -c4 -d"${WARM}s" -s "$WORK/pledge.lua" "$R" > "$1.pledge"
  wait "$feed" # not a bare wait: the replica is a child too
}
rps() { sed -n 's/^Requests\/sec: *//p' "$1"; }
stop_replica() { kill "$REPLICA" 2>/dev/null || true; wait "$REPLICA" 2>/dev/null || true; }

# The AOT cache: one training run under the same load; the JVM writes the cache when it exits.
if [[ " $SETS " == *" aot "* ]]; then
  echo "[bench] training the AOT cache (one replica run, ${WARM}s of load, then stop)"
  pledge_lua "$WORK/pledge.lua"
  # shellcheck disable=SC2086
  replica "$WORK/train.log" "$AOT_BASE" -XX:AOTCacheOutput="$WORK/backend.aot"
  await_ready "$(ms_now)" "$WORK/train.log" > /dev/null
  warm_up "$WORK/train"; stop_replica # the cache is assembled as it exits
  [ -s "$WORK/backend.aot" ] || { echo "[bench] no AOT cache written; see the training log:"; tail -20 "$WORK/train.log"; exit 1; }
  AOT_MB=$(du -m "$WORK/backend.aot" | cut -f1)
fi

declare -A READY QUARKUS CPU RSS FEED PLEDGE LOADS
for set in $SETS; do
  for f in ready quarkus cpu rss feed pledge; do : > "$WORK/$set.$f"; done
  for i in $(seq 1 "$RUNS"); do
    log="$WORK/$set-$i.log"
    pledge_lua "$WORK/pledge.lua" # a fresh token: a run can outlast one
    t0=$(ms_now)
    replica "$log" "$set"
    ms=$(await_ready "$t0" "$log")
    cpu=$(cpu_ms "$REPLICA")
    warm_up "$WORK/$set-$i"
    rss=$(rss_mb "$REPLICA")
    stop_replica
    q=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | sed 's/started in //; s/s$//')
    echo "$ms" >> "$WORK/$set.ready"; echo "$q" >> "$WORK/$set.quarkus"; echo "$cpu" >> "$WORK/$set.cpu"; echo "$rss" >> "$WORK/$set.rss"
    rps "$WORK/$set-$i.feed" >> "$WORK/$set.feed"; rps "$WORK/$set-$i.pledge" >> "$WORK/$set.pledge"
    echo "[bench] $set run $i: ready after $ms ms (Quarkus: started in ${q}s, $cpu ms of CPU), RSS $rss MB after the load, load $(load)"
  done
  READY[$set]=$(median < "$WORK/$set.ready"); QUARKUS[$set]=$(median < "$WORK/$set.quarkus"); CPU[$set]=$(median < "$WORK/$set.cpu")
  RSS[$set]=$(median < "$WORK/$set.rss"); FEED[$set]=$(median < "$WORK/$set.feed"); PLEDGE[$set]=$(median < "$WORK/$set.pledge")
  LOADS[$set]=$(load)
done

# The floor: a bare JVM starting and exiting, and a trivial program's resident memory, same options.
echo "[bench] the bare JVM's floor"
: > "$WORK/floor.ms"
for _ in $(seq 1 "$RUNS"); do
  t0=$(ms_now); java -Xshare:auto -version > /dev/null 2>&1; echo $(( $(ms_now) - t0 )) >> "$WORK/floor.ms"
done
FLOOR_MS=$(median < "$WORK/floor.ms")
mkdir -p "$WORK/idle"
printf 'public class Idle { public static void main(String[] a) throws Exception { System.out.println("up"); Thread.sleep(600000); } }\n' > "$WORK/idle/Idle.java"
javac -d "$WORK/idle" "$WORK/idle/Idle.java"
# shellcheck disable=SC2086
env MALLOC_ARENA_MAX=2 java $DEFAULT_OPTS -cp "$WORK/idle" Idle > "$WORK/idle/out" 2>&1 &
IDLE=$!
for _ in $(seq 1 100); do grep -q up "$WORK/idle/out" 2>/dev/null && break; sleep 0.1; done
sleep 1; FLOOR_RSS=$(rss_mb "$IDLE"); kill "$IDLE"; wait "$IDLE" 2>/dev/null || true

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.1f", a/b; else print "–" }'; }
cat <<REPORT

Weiyuan start-to-ready benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $($JAVA_HOME/bin/java -version 2>&1 | head -1)
A replica joining an already migrated database (PostgreSQL and Keycloak up), $RUNS runs per option set,
medians; RSS after ${WARM}s of feed and pledge load (wrk, 4 + 4 connections). Load average (1/5/15 min) when each set ended.

| set: JVM options | start to ready (ms) | Quarkus "started in" (s) | CPU to ready (ms) | RSS after load (MB) | ready / bare JVM | RSS / trivial program | load req/s feed / pledge | load average |
|---|---|---|---|---|---|---|---|---|
$(for set in $SETS; do
  printf '| %s: `%s` | %s | %s | %s | %s | %s | %s | %s / %s | %s |\n' "$set" "${ENVS[$set]:+${ENVS[$set]} }${OPTS[$set]/$WORK\//}" "${READY[$set]}" "${QUARKUS[$set]}" \
    "${CPU[$set]}" "${RSS[$set]}" "$(ratio "${READY[$set]}" "$FLOOR_MS")" "$(ratio "${RSS[$set]}" "$FLOOR_RSS")" "${FEED[$set]}" "${PLEDGE[$set]}" "${LOADS[$set]}"
done)

Floor, same run: \`java -Xshare:auto -version\` $FLOOR_MS ms (median of $RUNS); a trivial idle program's RSS $FLOOR_RSS MB (\`$DEFAULT_OPTS\`).
${AOT_MB:+AOT cache: $AOT_MB MB, trained by one replica run under the same load.}
Every run: $(for set in $SETS; do printf '%s ready %s ms, CPU %s ms, RSS %s MB; ' "$set" "$(paste -sd/ "$WORK/$set.ready")" "$(paste -sd/ "$WORK/$set.cpu")" "$(paste -sd/ "$WORK/$set.rss")"; done)
REPORT
