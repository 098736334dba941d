#!/usr/bin/env bash
# Weiyuan: a province in a box (一个省的压测). Generates a Guizhou-sized province into PostgreSQL,
# drives a mixed load through two backend replicas behind HAProxy for a bounded time, then checks
# every invariant. Exits non-zero if any invariant fails.
#
#   bench/province-bench.sh [HOUSEHOLDS] [SECONDS] [CONNECTIONS]      (defaults: 200000 60 16)
#   MEMBERS=200000 CLAIMS=3000 UNITS=2000 DONORS=100000                the mutual-aid year and the donors
#   (Guizhou: 724,800 members, 11,000 claims, 7,108 units; the full figures take ~15 min more to load here)
#   DONOR_ACCOUNTS=200 POOL_BUDGET_FEN=50000                          donors with Keycloak accounts, the pool's budget
#
# 1. Starts the real platform (embedded PostgreSQL, Keycloak, backend a) in a scratch directory, with
#    replica b and HAProxy in front of both (as the two-replica test starts them).
# 2. Generates, with SQL (generate_series): the union tree (bench/load-stats.sql: a district union per
#    district, 20 grassroots unions under each) and HOUSEHOLDS hardship files with the seeds' shares,
#    their wishes in three campaigns, donations and disbursements in the ledger, held pledges, job
#    the seeds' jobs (237 postings, 6,000 positions, at most 3,000 hired) and service orders; the mutual-aid year (bench/load-mutual-aid.sql: MEMBERS
#    members over UNITS more grassroots unions, their contributions, CLAIMS paid claims); DONORS
#    donors and each donation's paid pledge (bench/load-province.sql).
#    Then, through the API: the sponsor 黔爱企业 opens a 1:1 matching pool on the bench's 金秋助学
#    campaign (POST /api/v1/matching-pools, budget POOL_BUDGET_FEN) and pays its budget in on the
#    sandbox checkout; DONOR_ACCOUNTS donors get Keycloak accounts (admin REST API) and a token each
#    (bench/DonorAccounts.java, signing in as the app does).
# 3. Mixed load through HAProxy for SECONDS: half the connections read the donor feed (pages by
#    urgency, by nearest goal, per district), half pledge 1 yuan on the 金秋助学 campaign's fundable
#    wishes, the donors in turn, each donor paying its pledge on the sandbox checkout right after,
#    so the pool matches it (or refuses, e.g. 配捐防刷's more than 4 a minute) in the real services.
# 4. Invariants, after the audit log is sealed: GET /api/v1/audit/verify, POST /api/v1/admin/invariants
#    (ledger balance, wish totals, union funds not overdrawn, audit chain, outbox, expired holds),
#    GET /api/v1/ledger/check (every entry balanced, every wish's escrow equal to paid − disbursed),
#    and in SQL: no wish pledged over its target, no ledger account of a union fund below zero; the
#    pools: spend never over budget, spend = the sum of its matches = what its ledger account gave,
#    each pledge's matched_fen = its matches, each match 1:1 of its pledge (only the one that met the
#    end of the budget may be less), and the jobs: 237 postings, 6,000 positions, none filled past them.
# Prints the time of each phase, throughput, resident memory per replica, database size and the load
# average (the machine may be shared: compare ratios, not absolute figures).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
HOUSEHOLDS=${1:-200000}
SECONDS_EACH=${2:-60}
CONNS=${3:-16}
MEMBERS=${MEMBERS:-200000}; CLAIMS=${CLAIMS:-3000}; UNITS=${UNITS:-2000}; DONORS=${DONORS:-100000}
DONOR_ACCOUNTS=${DONOR_ACCOUNTS:-200}; POOL_BUDGET_FEN=${POOL_BUDGET_FEN:-50000}
PORT=${BENCH_PORT:-18080}
export WEIYUAN_REPLICA_PORT=${BENCH_REPLICA_PORT:-$((PORT + 1))}
export WEIYUAN_LB_PORT=${BENCH_LB_PORT:-$((PORT + 2))}
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || { apt-get update -qq && apt-get install -y -qq haproxy >/dev/null; }
T0=$(date +%s)
source bench/lib.sh
LB="http://127.0.0.1:$WEIYUAN_LB_PORT"
for _ in $(seq 1 "${BENCH_START_TIMEOUT:-900}"); do
  curl -fs "$LB/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PLATFORM" 2>/dev/null || { cat "$WORK/platform.log"; exit 1; }
  sleep 1
done
curl -fs "$LB/q/health/ready" >/dev/null
T_UP=$(date +%s)
PID_A=$(backend_pid "$PORT"); PID_B=$(backend_pid "$WEIYUAN_REPLICA_PORT")

echo "[province] generating $HOUSEHOLDS households (load average $(load))"
T=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$HOUSEHOLDS" -f bench/load-stats.sql
T_HOUSEHOLDS=$(( $(date +%s) - T )); T=$(date +%s)
echo "[province] generating the mutual-aid year: $MEMBERS members, $CLAIMS claims, $UNITS units (load average $(load))"
psql -q -v ON_ERROR_STOP=1 -v n="$MEMBERS" -v claims="$CLAIMS" -v units="$UNITS" -f bench/load-mutual-aid.sql
T_MUTUAL=$(( $(date +%s) - T )); T=$(date +%s)
echo "[province] $DONORS donors and their paid pledges"
psql -q -v ON_ERROR_STOP=1 -v donors="$DONORS" -f bench/load-province.sql
T_DONORS=$(( $(date +%s) - T ))
A="http://localhost:$PORT"
CAMPAIGN=$(psql -qAt -c "select id from campaign where name = '压测金秋助学'")
echo "[province] 黔爱企业 opens a 1:1 matching pool of $POOL_BUDGET_FEN fen on 压测金秋助学 ($CAMPAIGN) and pays it in"
SPONSOR=$(token_for qianai.qiye)
POOL_JSON=$(curl -fsS -X POST -H "Authorization: Bearer $SPONSOR" -H 'Content-Type: application/json' "$A/api/v1/matching-pools" \
  -d "{\"campaignId\":\"$CAMPAIGN\",\"name\":\"压测金秋助学 1:1 配捐\",\"ratioPct\":100,\"capPerWishFen\":100000,\"budgetFen\":$POOL_BUDGET_FEN,\"startsOn\":\"$(date -d yesterday +%F)\",\"endsOn\":\"$(date -d '+90 days' +%F)\"}")
POOL=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['id'])" "$POOL_JSON")
POOL_PAY=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['payment']['checkoutUrl'])" "$POOL_JSON")
curl -fsS -X POST -H "Authorization: Bearer $SPONSOR" "$A$POOL_PAY" >/dev/null
for _ in $(seq 1 60); do
  POOL_STATUS=$(curl -fsS -H "Authorization: Bearer $SPONSOR" "$A/api/v1/matching-pools/$POOL" | python3 -c "import json,sys; print(json.load(sys.stdin)['status'])")
  [ "$POOL_STATUS" = ACTIVE ] && break; sleep 1
done
[ "$POOL_STATUS" = ACTIVE ] || { echo "[province] the pool $POOL is $POOL_STATUS, not ACTIVE"; exit 1; }
SIZES=$(psql -qAt -F ' ' -c "select 'households', count(*) from household union all select 'union units', count(*) from union_unit
  union all select 'wishes', count(*) from wish union all select 'pledges', count(*) from pledge
  union all select 'journal lines', count(*) from journal_line union all select 'mutual-aid members', count(*) from mutual_aid_member
  union all select 'mutual-aid claims', count(*) from mutual_aid_claim union all select 'job listings', count(*) from job_listing
  union all select 'audit entries', count(*) from audit_entry" | paste -sd ',' - | sed 's/,/, /g')
DB_BEFORE=$(psql -qAt -c "select pg_size_pretty(pg_database_size('weiyuan'))")

# the fundable wishes (room for many 1-yuan pledges), and the tokens
psql -qAt -c "select w.id from wish w join bench_wish b on b.id = w.id where w.status in ('PUBLISHED', 'PARTLY_FUNDED')
  and w.target_fen - w.pledged_fen >= 5000 and w.campaign_id = '$CAMPAIGN' order by b.n limit 2000" > "$WORK/ids.txt"
[ -s "$WORK/ids.txt" ] || { echo "[province] no fundable wish in 压测金秋助学"; exit 1; }
echo "[province] $DONOR_ACCOUNTS donor accounts in Keycloak, and a token for each"
T=$(date +%s)
java -cp platform/target/weiyuan-platform.jar bench/DonorAccounts.java "$KC_PORT" "$DONOR_ACCOUNTS" > "$WORK/tokens.txt"
T_ACCOUNTS=$(( $(date +%s) - T ))
[ "$(grep -c . "$WORK/tokens.txt")" = "$DONOR_ACCOUNTS" ] || { echo "[province] expected $DONOR_ACCOUNTS tokens"; exit 1; }
{
  echo "ids = {"; sed 's/.*/"&",/' "$WORK/ids.txt"; echo "}"
  echo "tokens = {"; sed 's/.*/"&",/' "$WORK/tokens.txt"; echo "}"
  echo "pay = true"
  cat bench/pledge.lua
} > "$WORK/pledge.lua"
PAID_BEFORE=$(psql -qAt -c "select count(*) from pledge where status = 'PAID'")
LOAD_FROM=$(psql -qAt -c "select now()")
cat > "$WORK/feed.lua" <<'LUA'
-- the donor feed as many donors read it: three orders, the whole province or one district
local paths = { "/api/v1/feed/wishes?limit=20&sort=URGENCY", "/api/v1/feed/wishes?limit=20&sort=NEAREST_GOAL",
  "/api/v1/feed/wishes?limit=20&sort=NEWEST", "/api/v1/feed/wishes?limit=20&sort=URGENCY&district=%E5%8D%97%E6%98%8E%E5%8C%BA",
  "/api/v1/feed/wishes?limit=20&sort=URGENCY&district=%E4%BA%91%E5%B2%A9%E5%8C%BA" }
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
LUA
HALF=$(( CONNS / 2 > 0 ? CONNS / 2 : 1 ))

echo "[province] mixed load through HAProxy for ${SECONDS_EACH}s: $HALF connections reading the feed, $HALF pledging and paying ($DONOR_ACCOUNTS donors)"
T=$(date +%s)
wrk -t1 -c"$HALF" -d"${SECONDS_EACH}s" --latency -s "$WORK/feed.lua" "$LB" > "$WORK/feed.txt" &
FEED_WRK=$!
# one connection a thread: each pays the pledge its own last request created
wrk -t"$HALF" -c"$HALF" -d"${SECONDS_EACH}s" --latency -s "$WORK/pledge.lua" "$LB" > "$WORK/pledge.txt" &
PLEDGE_WRK=$!
PEAK_A=0; PEAK_B=0
while kill -0 "$PLEDGE_WRK" 2>/dev/null || kill -0 "$FEED_WRK" 2>/dev/null; do
  r=$(rss_mb "$PID_A" || echo 0); [ "${r:-0}" -gt "$PEAK_A" ] && PEAK_A=$r
  r=$(rss_mb "$PID_B" || echo 0); [ "${r:-0}" -gt "$PEAK_B" ] && PEAK_B=$r
  sleep 1
done
wait "$FEED_WRK" "$PLEDGE_WRK"
LOAD_RUN=$(load)
T_LOAD=$(( $(date +%s) - T )); T=$(date +%s)
# the sandbox notifies each payment asynchronously (and resends while unanswered): wait until the paid count stands still
PAID_NOW=-1; STILL=0
for _ in $(seq 1 120); do
  p=$(psql -qAt -c "select count(*) from pledge where status = 'PAID'")
  if [ "$p" = "$PAID_NOW" ]; then STILL=$((STILL + 1)); [ "$STILL" -ge 5 ] && break; else STILL=0; PAID_NOW=$p; fi
  sleep 1
done

echo "[province] sealing the audit log, then checking every invariant"
# resident memory sampled every second through the sealing and the checks too (they read every row)
( pa=0; pb=0; while :; do r=$(rss_mb "$PID_A" || echo 0); [ "${r:-0}" -gt "$pa" ] && pa=$r
    r=$(rss_mb "$PID_B" || echo 0); [ "${r:-0}" -gt "$pb" ] && pb=$r; echo "$pa $pb" > "$WORK/check-rss"; sleep 1; done ) &
CHECK_RSS=$!
for _ in $(seq 1 600); do
  UNSEALED=$(psql -qAt -c "select count(*) from audit_entry where chain_pos is null"); [ "$UNSEALED" = 0 ] && break; sleep 1
done
# A fresh admin token (access tokens live 5 minutes: the load and the sealing can outlast the first one),
# and replica a asked directly with a generous limit: the checks read every row, and this measures
# the data, not HAProxy. A failed call prints its status instead of a bare "no answer".
ADMIN=$(token_for weiyuan-admin)
ask() { # METHOD PATH FALLBACK-JSON
  local out code
  out=$(curl -s --max-time 900 -X "$1" -H "Authorization: Bearer $ADMIN" -w '\n%{http_code}' "$A$2") || true
  code=${out##*$'\n'}; out=${out%$'\n'*}
  if [ "$code" = 200 ]; then echo "$out"; else echo "$3" | sed "s/}\$/,\"status\":\"${code:-none}\"}/"; fi
}
VERIFY=$(ask GET /api/v1/audit/verify '{"intact":false,"error":"no answer"}')
INVARIANTS=$(ask POST /api/v1/admin/invariants '{"error":"no answer"}')
LEDGER=$(ask GET /api/v1/ledger/check '{"balanced":false,"error":"no answer"}')
OVER=$(psql -qAt -c "select count(*) from wish where pledged_fen > target_fen")
# a union fund's money (mutual-aid plan funds and union funds) never below zero: assets debit-normal, liabilities credit-normal
OVERDRAWN=$(psql -qAt -c "select count(*) from (select a.id from ledger_account a join journal_line l on l.account_id = a.id
  where a.code like 'fund:%' or a.code like 'mutual-aid:%' or a.code like 'union-fund:%'
  group by a.id, a.kind having case when a.kind = 'ASSET' then sum(l.debit_fen - l.credit_fen) else sum(l.credit_fen - l.debit_fen) end < 0) x")
# the matching pools (the bench's and the seeds'): spend within budget, spend = its matches = what its
# ledger account gave out; each paid pledge's matched_fen = its matches; the bench pool 1:1 (a match
# below its pledge only where the budget ran out: at most one, and only when it is spent)
POOL_OVER=$(psql -qAt -c "select count(*) from matching_pool where spent_fen > budget_fen")
POOL_UNMATCHED=$(psql -qAt -c "select count(*) from matching_pool p left join (select pool_id, sum(amount_fen) as s from pool_match group by pool_id) m
  on m.pool_id = p.id where p.spent_fen <> coalesce(m.s, 0)")
POOL_LEDGER_OFF=$(psql -qAt -c "select count(*) from matching_pool p join ledger_account a on a.code = 'pool:' || p.id
  join journal_line l on l.account_id = a.id group by p.id, p.budget_fen, p.spent_fen
  having sum(l.credit_fen - l.debit_fen) <> p.budget_fen - p.spent_fen" | grep -c . || true)
PLEDGE_MATCH_OFF=$(psql -qAt -c "select count(*) from pledge p left join (select pledge_id, sum(amount_fen) as s from pool_match group by pledge_id) m
  on m.pledge_id = p.id where p.matched_fen <> coalesce(m.s, 0)")
read -r POOL_BUDGET POOL_SPENT POOL_MATCHES POOL_OVER_PLEDGE POOL_UNDER_PLEDGE <<< "$(psql -qAt -F ' ' -c "select p.budget_fen, p.spent_fen,
  count(m.id), count(m.id) filter (where m.amount_fen > d.amount_fen * p.ratio_pct / 100),
  count(m.id) filter (where m.amount_fen < d.amount_fen * p.ratio_pct / 100)
  from matching_pool p left join pool_match m on m.pool_id = p.id left join pledge d on d.id = m.pledge_id
  where p.id = '$POOL' group by p.id")"
POOL_1TO1=$([ "$POOL_OVER_PLEDGE" = 0 ] && { [ "$POOL_UNDER_PLEDGE" = 0 ] || { [ "$POOL_UNDER_PLEDGE" = 1 ] && [ "$POOL_SPENT" = "$POOL_BUDGET" ]; }; } && echo yes || echo no)
LOAD_PLEDGES=$(psql -qAt -F ' ' -c "select count(*), count(*) filter (where p.status = 'PAID'), count(*) filter (where p.matched_fen > 0),
  count(distinct p.donor_subject) from pledge p join wish w on w.id = p.wish_id where w.campaign_id = '$CAMPAIGN' and p.created_at >= '$LOAD_FROM'")
read -r LOAD_N LOAD_PAID LOAD_MATCHED LOAD_DONORS <<< "$LOAD_PLEDGES"
REFUSALS=$(psql -qAt -F ': ' -c "select coalesce(p.match_refusal, 'matched'), count(*) from pledge p join wish w on w.id = p.wish_id
  where w.campaign_id = '$CAMPAIGN' and p.created_at >= '$LOAD_FROM' and p.status = 'PAID' group by 1 order by 2 desc" | paste -sd ',' - | sed 's/,/, /g')
# the jobs: the seeds' 237 postings with 6,000 positions, none filled past its positions, filled = its hires
read -r JOBS_N JOBS_POSITIONS JOBS_HIRED <<< "$(psql -qAt -F ' ' -c "select count(*), sum(positions), sum(filled) from job_listing where title like '压测岗位 %'")"
JOBS_OFF=$(psql -qAt -c "select count(*) from job_listing l where l.title like '压测岗位 %' and (l.filled > l.positions
  or l.filled <> (select count(*) from job_application a where a.listing_id = l.id and a.status = 'HIRED'))")
T_CHECK=$(( $(date +%s) - T ))
kill "$CHECK_RSS" 2>/dev/null || true; read -r CHECK_PEAK_A CHECK_PEAK_B < "$WORK/check-rss" || true
DB_AFTER=$(psql -qAt -c "select pg_size_pretty(pg_database_size('weiyuan'))")
RSS_AFTER_A=$(rss_mb "$PID_A" || true); RSS_AFTER_B=$(rss_mb "$PID_B" || true)

rps() { sed -n 's/^Requests\/sec: *//p' "$1"; }
pct() { grep -E "^ +$1%" "$2" | awk '{print $2}'; }
statuses() { grep '^status' "$1" | sed 's/^status //' | sort | paste -sd ',' - || true; }
json_bool() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d.get('$2'))" "$1" 2>/dev/null || echo "?"; }
FAILED_CHECKS=$(python3 -c "
import json,sys
d=json.loads(sys.argv[1]); checks=d.get('checks') or d.get('results') or []
bad=[c.get('check') + ': ' + str(c.get('status')) + ' ' + str(c.get('detail')) for c in checks if c.get('status') not in ('OK', 'PASSED', 'HOLDS')]
print('; '.join(bad) if bad else 'none')
print(len(checks), file=sys.stderr)" "$INVARIANTS" 2>"$WORK/nchecks" || echo "unreadable: $INVARIANTS")
N_CHECKS=$(cat "$WORK/nchecks" 2>/dev/null || echo "?")
INTACT=$(json_bool "$VERIFY" intact); BALANCED=$(json_bool "$LEDGER" balanced)

cat <<REPORT

Weiyuan province in a box — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, two replicas behind HAProxy.
Generated: $SIZES; $DONORS donors. Database $DB_BEFORE after loading, $DB_AFTER after the run.

| phase | seconds | load average at its end |
|---|---|---|
| platform up (PostgreSQL, Keycloak, replicas a and b, HAProxy) | $(( T_UP - T0 )) | – |
| households, union tree, wishes, ledger, jobs (load-stats.sql) | $T_HOUSEHOLDS | – |
| mutual-aid year (load-mutual-aid.sql) | $T_MUTUAL | – |
| donors and paid pledges (load-province.sql) | $T_DONORS | – |
| $DONOR_ACCOUNTS Keycloak donor accounts and their tokens | $T_ACCOUNTS | $(load) |
| mixed load | $T_LOAD | $LOAD_RUN |
| sealing and every invariant | $T_CHECK | $(load) |
| total | $(( $(date +%s) - T0 )) | |

| mixed load through HAProxy, $HALF + $HALF connections | req/s | p50 | p99 | answers by status |
|---|---|---|---|---|
| donor feed (5 pages: orders and districts) | $(rps "$WORK/feed.txt") | $(pct 50 "$WORK/feed.txt") | $(pct 99 "$WORK/feed.txt") | non-2xx: $(grep -E "Non-2xx" "$WORK/feed.txt" | awk '{print $NF}' || echo 0) |
| pledge 1 yuan on one of $(wc -l < "$WORK/ids.txt") fundable 金秋助学 wishes, then pay it ($DONOR_ACCOUNTS donors in turn) | $(rps "$WORK/pledge.txt") | $(pct 50 "$WORK/pledge.txt") | $(pct 99 "$WORK/pledge.txt") | pledges $(statuses "$WORK/pledge.txt"); checkouts $(grep '^checkout' "$WORK/pledge.txt" | sed 's/^checkout //' | sort | paste -sd ',' - || true) |

The load's pledges: $LOAD_N created by $LOAD_DONORS donors, $LOAD_PAID paid ($(( PAID_NOW - PAID_BEFORE )) pledges paid in all during the load), $LOAD_MATCHED matched. Paid pledges by match: $REFUSALS.
The pool (1:1, cap 1,000 yuan a wish): budget $POOL_BUDGET fen, spent $POOL_SPENT fen in $POOL_MATCHES matches.
Jobs: $JOBS_N postings, $JOBS_POSITIONS positions, $JOBS_HIRED filled.

Resident memory: replica a ${PEAK_A} MB and b ${PEAK_B} MB peak under the load; ${RSS_AFTER_A:-?} MB and ${RSS_AFTER_B:-?} MB after; ${CHECK_PEAK_A:-?} MB and ${CHECK_PEAK_B:-?} MB peak during the sealing and the checks (JVM options: $(jvm_opts "$PID_A" || echo '?')).

Invariants:
- audit chain (GET /api/v1/audit/verify, $UNSEALED unsealed left): intact=$INTACT — $VERIFY
- invariant checks (POST /api/v1/admin/invariants, $N_CHECKS checks): failing: $FAILED_CHECKS
- ledger (GET /api/v1/ledger/check): balanced=$BALANCED (every entry balanced, every wish's escrow = paid − disbursed)
- wishes pledged over their target: $OVER
- union-fund and mutual-aid fund accounts below zero: $OVERDRAWN
- matching pools spent over their budget: $POOL_OVER; whose spend is not the sum of their matches: $POOL_UNMATCHED; whose ledger account is not budget − spent: $POOL_LEDGER_OFF
- pledges whose matched_fen is not the sum of their matches: $PLEDGE_MATCH_OFF
- the bench pool 1:1: $POOL_1TO1 ($POOL_OVER_PLEDGE matches above their pledge, $POOL_UNDER_PLEDGE below it; spent $POOL_SPENT of $POOL_BUDGET)
- jobs: $JOBS_N postings (237 expected), $JOBS_POSITIONS positions (6,000 expected), listings filled past their positions or not by their hires: $JOBS_OFF
REPORT
[ "$INTACT" = True ] && [ "$BALANCED" = True ] && [ "$OVER" = 0 ] && [ "$OVERDRAWN" = 0 ] && [ "$FAILED_CHECKS" = none ] \
  && [ "$POOL_OVER" = 0 ] && [ "$POOL_UNMATCHED" = 0 ] && [ "$POOL_LEDGER_OFF" = 0 ] && [ "$PLEDGE_MATCH_OFF" = 0 ] && [ "$POOL_1TO1" = yes ] \
  && [ "$JOBS_N" = 237 ] && [ "$JOBS_POSITIONS" = 6000 ] && [ "$JOBS_OFF" = 0 ] && [ "${POOL_MATCHES:-0}" -gt 0 ] \
  && echo "Every invariant holds." || { echo "AN INVARIANT FAILED (see above)."; echo "$INVARIANTS"; exit 1; }
