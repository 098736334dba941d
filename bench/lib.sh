# Shared by the bench scripts: tools, a JDK, a build, and the real platform started in a scratch
# directory on its own ports (stopped, with its logs kept in /tmp/weiyuan-bench-logs, on exit).
# Sourced from the repository root; sets PORT, KC_PORT, PG_PORT, WORK and the PG* variables.
# BENCH_PORT, BENCH_KC_PORT, BENCH_PG_PORT and BENCH_LOGS move it aside when another bench runs.
PORT=${BENCH_PORT:-18080}; KC_PORT=${BENCH_KC_PORT:-18180}; PG_PORT=${BENCH_PG_PORT:-55432}
WORK=$(mktemp -d /tmp/weiyuan-bench.XXXXXX)

need() { command -v "$1" >/dev/null 2>&1 || { echo "[bench] installing $2"; apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need pgbench postgresql-client
need psql postgresql-client

# Same JDK choice as ./weiyuan
source scripts/find-jdk.sh
JAVA_HOME=$(find_jdk) || { echo "[bench] needs a JDK >= 21" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
# BENCH_SKIP_BUILD=1: the jars are already built (saves minutes on a loaded machine)
[ -n "${BENCH_SKIP_BUILD:-}" ] || ./mvnw -B -q -Dmaven.test.skip=true -pl backend,platform package

echo "[bench] starting the platform (data in $WORK)"
WEIYUAN_START_TIMEOUT_MINUTES=${WEIYUAN_START_TIMEOUT_MINUTES:-15} WEIYUAN_DATA_DIR=$WORK/data WEIYUAN_PORT=$PORT WEIYUAN_KEYCLOAK_PORT=$KC_PORT WEIYUAN_DB_PORT=$PG_PORT \
  java -Dweiyuan.repo.root="$ROOT" -jar platform/target/weiyuan-platform.jar > "$WORK/platform.log" 2>&1 &
PLATFORM=$!
LOGS=${BENCH_LOGS:-/tmp/weiyuan-bench-logs}
cleanup() {
  kill "$PLATFORM" 2>/dev/null || true; wait "$PLATFORM" 2>/dev/null || true
  rm -rf "$LOGS"; cp -r "$WORK/data/logs" "$LOGS" 2>/dev/null || true; rm -rf "$WORK"
}
trap cleanup EXIT
# Keycloak's first start alone took over 5 minutes on a loaded machine: BENCH_START_TIMEOUT seconds (default 900)
for _ in $(seq 1 "${BENCH_START_TIMEOUT:-900}"); do
  curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PLATFORM" 2>/dev/null || { cat "$WORK/platform.log"; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null || { echo "[bench] the platform was not ready in time"; tail -5 "$WORK/platform.log"; exit 1; }

export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGPASSWORD=postgres PGDATABASE=weiyuan

# A bearer token for a demo user, through a real Keycloak login.
token_for() { WEIYUAN_KEYCLOAK_PORT=$KC_PORT java -cp platform/target/weiyuan-platform.jar org.weiyuan.platform.KeycloakLogin "$1" weiyuan123; }

load() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/'; }
# The backends are the launcher's children running quarkus-run.jar; each is told its port in its environment.
backend_pid() {
  local pid
  for pid in $(ps -eo pid,ppid,args | awk -v p="$PLATFORM" '$2 == p && /quarkus-app\/quarkus-run.jar/ {print $1}'); do
    tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "QUARKUS_HTTP_PORT=$1" && { echo "$pid"; return; }
  done
}
# The JVM options a backend runs with (the launcher's default or WEIYUAN_BACKEND_JAVA_OPTS), as the report prints them.
jvm_opts() { [ -n "$1" ] && tr '\0' '\n' < "/proc/$1/cmdline" 2>/dev/null | grep -E '^-X' | grep -v '^-XX:AOTCache' | paste -sd ' ' -; }
rss_mb() { [ -n "$1" ] && ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }
# pledge_lua FILE: bench/pledge.lua with the ids of the first 1000 bench wishes (bench/load-wishes.sql) and a donor's token before it.
pledge_lua() {
  psql -qAt -c "select id from bench_wish order by n limit 1000" > "$WORK/ids.txt"
  local token; token=$(token_for zhao.min)
  { echo "ids = {"; sed 's/.*/"&",/' "$WORK/ids.txt"; echo "}"; echo "token = \"$token\""; cat bench/pledge.lua; } > "$1"
}
