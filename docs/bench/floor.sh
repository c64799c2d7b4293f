#!/usr/bin/env bash
# The floor of the stack: how much of pgbench's throughput can a search reach on this machine when the
# service does none of the search's own work? One run, on search.sh's database (generate it first), with a
# build of HEAD plus docs/bench/floor.patch (a probe controller, never part of the service), its answer cache
# off. Measured in turn, ROUNDS times, at 16 connections as in search.sh:
#   constant  GET /probe/constant: the HTTP path and the hop to the blocking pool, a fixed 21 KB body
#   query     GET /probe/query: the same, after sort=newest's own statement through the read pool, its rows
#             read off the socket but no column decoded
#   search    GET /api/v1/listings?sort=newest: the whole search
#   pgbench   the same statement straight at PostgreSQL, 16 clients, as in search.sh (the simple protocol:
#             parsed and planned each time, as the service plans each search with its own values)
#   pgbench -M prepared   the same, planned once: what PostgreSQL could do if nothing were planned again
#
#   docs/bench/floor.sh        needs what search.sh needs, and git; PostgreSQL on this machine (its CPU is read)
set -euo pipefail
PGHOST=${PGHOST:-127.0.0.1}
DB=${BENCH_DB:-annonces_bench}
URL="jdbc:postgresql://$PGHOST:5432/$DB"
PORT=${BENCH_PORT:-18081}
DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-20}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-4}
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"
cd "$HERE/../.."

ADS=$(psql -h "$PGHOST" -U postgres -X -At -d "$DB" -c "SELECT count(*) FROM listing" 2>/dev/null || echo 0)
[ "$ADS" -gt 0 ] || { echo "no ads in $DB: run docs/bench/search.sh first" >&2; exit 1; }

mkdir -p target
BUILD=$(mktemp -d)
SERVICE=""
# each step its own "|| true": under set -e a failing step (a service already gone) would end the trap there
trap '{ [ -z "$SERVICE" ] || kill "$SERVICE"; } 2>/dev/null || true; git worktree remove --force "$BUILD" >/dev/null 2>&1 || true' EXIT
git worktree add --detach "$BUILD" HEAD >/dev/null
(cd "$BUILD" && git apply "$HERE/floor.patch" && mvn -B -ntp -q -Dstyle.color=never package -DskipTests)

start_service "$BUILD/target/annonces-0.1.0-SNAPSHOT.jar" false target/bench-floor-service.log
printf '%s\n' "$NEWEST_SQL" > target/bench-floor.sql

PATHS=(constant=probe/constant query=probe/query search=api/v1/listings?sort=newest)
for round in $(seq 1 "$WARMUP_ROUNDS"); do # until the JIT compilers have settled (search.sh measures it)
  for entry in "${PATHS[@]}"; do
    curl -sf "http://127.0.0.1:$PORT/${entry#*=}" >/dev/null  # fails loudly on a 4xx/5xx
    wrk -t2 -c16 -d"${WARMUP}s" "http://127.0.0.1:$PORT/${entry#*=}" >/dev/null
  done
  echo "warm-up round $round of $WARMUP_ROUNDS" >&2
done

echo
echo "Floor of the stack, $ADS ads, sort=newest"
echo
echo "| round | what | req/s or tx/s | / pgbench | CPU ms a request: machine | JVM | PostgreSQL |"
echo "|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  rows=()
  for entry in "${PATHS[@]}"; do
    b0=$(busy); j0=$(jvm); p0=$(postgres_cpu)
    out=$(wrk -t2 -c16 -d"${DURATION}s" "http://127.0.0.1:$PORT/${entry#*=}")
    b1=$(busy); j1=$(jvm); p1=$(postgres_cpu)
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")
    grep -q "Non-2xx" <<<"$out" && echo "WARNING: failed requests for ${entry%%=*}" >&2
    rows+=("${entry%%=*}|$rps|$(per $((b1 - b0)) "$n")|$(per $((j1 - j0)) "$n")|$(per $((p1 - p0)) "$n")")
  done
  # pgbench's backends exit with it, taking their CPU counters along: the machine's CPU is its number
  b0=$(busy)
  read -r tps n < <(pgbench_run target/bench-floor.sql)
  b1=$(busy)
  read -r prepared_tps prepared_n < <(pgbench_run target/bench-floor.sql -M prepared)
  b2=$(busy)
  for row in "${rows[@]}"; do
    IFS='|' read -r what rps machine java pg <<<"$row"
    ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%d %%", 100 * a / b; else print "n/a" }')
    echo "| $round | $what | $rps | $ratio | $machine | $java | $pg |"
  done
  echo "| $round | pgbench | $tps | | $(per $((b1 - b0)) "$n") | | |"
  echo "| $round | pgbench -M prepared | $prepared_tps | | $(per $((b2 - b1)) "$prepared_n") | | |"
done
