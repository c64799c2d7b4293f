#!/usr/bin/env bash
# Search at a million ads, in one run:
#  1. the engine: the service with its answer cache off over HTTP (wrk, 16 connections) beside the same SQL
#     sent straight to PostgreSQL (pgbench, 16 clients) as the ceiling, query by query;
#  2. as deployed: the service with its answer cache on (the default) over HTTP, while a writer changes a
#     public ad CHANGES_PER_SECOND times a second, each change making every kept answer stale.
#
#   docs/bench/search.sh [ADS]        ADS defaults to 1000000; REUSE=1 keeps an already generated database
#
# Needs: JDK 17, Maven, a PostgreSQL server (PGHOST, default 127.0.0.1:5432, user postgres, trust auth),
# psql and pgbench (postgresql-client), wrk (Debian package wrk). Prints two Markdown tables.
set -euo pipefail
ADS=${1:-1000000}
PGHOST=${PGHOST:-127.0.0.1}
DB=${BENCH_DB:-annonces_bench}
PORT=${BENCH_PORT:-18080}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-8}
CHANGES_PER_SECOND=${CHANGES_PER_SECOND:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"
cd "$HERE/../.."

JAR=target/annonces-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -B -ntp -q package -DskipTests
PSQL=(psql -h "$PGHOST" -U postgres -X -q -v ON_ERROR_STOP=1)
URL="jdbc:postgresql://$PGHOST:5432/$DB"

if [ "${REUSE:-0}" != 1 ]; then
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  /usr/bin/time -f "generated $ADS ads in %e s" java -cp "$JAR" annonces.listings.generator.GenerateAds \
    --url "$URL" --user postgres --count "$ADS"
fi
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE listing" -c "VACUUM ANALYZE listing_text_sample"

SERVICE=""
WRITER=""
# each step its own "|| true": under set -e a failing step (a service already gone) would end the trap there
trap '{ [ -z "$SERVICE" ] || kill "$SERVICE"; } 2>/dev/null || true; [ -z "$WRITER" ] || { pkill -P "$WRITER"; kill "$WRITER"; } 2>/dev/null || true' EXIT
start_service "$JAR" false target/bench-service-cache-false.log

# Page 50 of the bargains, newest first, reached through the cursor like a reader would.
CURSOR=""
for _ in $(seq 1 49); do
  CURSOR=$(curl -sf "http://127.0.0.1:$PORT/api/v1/listings?category=GOODS&limit=20${CURSOR:+&cursor=$CURSOR}" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["nextCursor"])')
done
DEEP=$("${PSQL[@]}" -d "$DB" -At -c "SELECT published_at, id FROM listing WHERE status = 'PUBLISHED'
  AND category = 'GOODS' ORDER BY published_at DESC, id DESC OFFSET 979 LIMIT 1")
DEEP_AT=${DEEP%%|*}
DEEP_ID=${DEEP##*|}

# Each statement on one line: the table below is read line by line.
ranked() { # $1: the candidates (id, rank), $2: more columns. SearchStatements.ranked
  tr '\n' ' ' <<<"WITH matches AS ($1), page AS (SELECT m.id, m.rank FROM matches m ORDER BY m.rank DESC, m.id DESC LIMIT 21)
  SELECT $COLS, p.rank AS search_rank$2 FROM page p JOIN listing l ON l.id = p.id ORDER BY p.rank DESC, p.id DESC;"
}
walk() { # $1: text, $2: more filters. The service's first try for a common word (SearchStatements.relevanceWalk)
  ranked "SELECT w.id, ts_rank(w.search_document, websearch_to_tsquery('french_unaccent', '$1'), 1) AS rank
  FROM (SELECT l.id, l.published_at, l.search_document FROM listing l WHERE $PUBLIC $2
        ORDER BY l.published_at DESC, l.id DESC LIMIT 3000) w
  WHERE w.search_document @@ websearch_to_tsquery('french_unaccent', '$1') ORDER BY w.published_at DESC, w.id DESC LIMIT 200" \
  ", (SELECT count(*) FROM matches) AS matched"
}
facets() { # $1: filters without text, $2: sample size (2000 when PostgreSQL estimates more than 50,000 matches, else 10001)
  tr '\n' ' ' <<<"EXPLAIN (FORMAT JSON) SELECT 1 FROM listing l WHERE l.status = 'PUBLISHED' $1;
  SELECT category, subcategory, department_code, count(*) FROM (SELECT l.category, l.subcategory, l.department_code
  FROM listing l WHERE l.status = 'PUBLISHED' $1 ORDER BY l.published_at DESC, l.id DESC LIMIT $2) s
  GROUP BY GROUPING SETS ((category), (subcategory), (department_code));"
}

sampled() { # $1: text. Facets over a common word: V15's table of one ad in 128 (SearchStatements.facetTextSample)
  tr '\n' ' ' <<<"SELECT l.category, l.subcategory, l.department_code, count(*) AS n FROM listing_text_sample l
  WHERE l.status = 'PUBLISHED' AND l.search_document @@ websearch_to_tsquery('french_unaccent', '$1')
  GROUP BY GROUPING SETS ((l.category), (l.subcategory), (l.department_code));"
}
# name | HTTP query | the SQL the service sends for it
QUERIES=(
  "text|q=maison|$(walk maison '')"
  "text + category + department|q=peugeot&category=VEHICLES&department=76|$(walk peugeot "AND l.category = 'VEHICLES' AND l.department_code = '76'")"
  "filters, no text|category=REAL_ESTATE&subcategory=RENT&furnished=true&maxPriceCents=80000|SELECT $COLS FROM listing l WHERE $PUBLIC AND l.category = 'REAL_ESTATE' AND l.subcategory = 'RENT' AND l.price_cents <= 80000 AND l.furnished = true ORDER BY l.published_at DESC, l.id DESC LIMIT 21;"
  "sort newest|sort=newest|$NEWEST_SQL"
  "sort price_asc, region|region=28&sort=price_asc|SELECT $COLS FROM listing l WHERE $PUBLIC AND l.region_code = '28' ORDER BY l.price_cents ASC, l.id ASC LIMIT 21;"
  "sort price_desc, category|category=VEHICLES&sort=price_desc|SELECT $COLS FROM listing l WHERE $PUBLIC AND l.category = 'VEHICLES' ORDER BY l.price_cents DESC, l.id DESC LIMIT 21;"
  "sort relevance, text + filter|q=appartement%20meubl%C3%A9&subcategory=RENT&sort=relevance|$(walk 'appartement meublé' "AND l.subcategory = 'RENT'")"
  "page 50 by cursor|category=GOODS&limit=20&cursor=$CURSOR|SELECT $COLS FROM listing l WHERE $PUBLIC AND l.category = 'GOODS' AND (l.published_at, l.id) < ('$DEEP_AT', '$DEEP_ID') ORDER BY l.published_at DESC, l.id DESC LIMIT 21;"
  "facets, category|category=VEHICLES&facets=true|SELECT $COLS FROM listing l WHERE $PUBLIC AND l.category = 'VEHICLES' ORDER BY l.published_at DESC, l.id DESC LIMIT 21; $(facets "AND l.category = 'VEHICLES'" 2000)"
  "facets, text|q=voiture&facets=true|$(walk voiture '') $(sampled voiture)"
)

# The JVM compiles what runs often: a service is measured warm, as it runs in production. The whole mix runs
# WARMUP seconds a query, unmeasured, round after round until the JIT compilers settle: their threads spent
# under 5 % of the JVM's CPU in the last round (at most WARMUP_ROUNDS rounds). On two cores shared with
# PostgreSQL, C2 needed about two minutes of text searches before the JVM's cost per search stopped falling
# (from 3.9 to 0.6 ms of CPU for "maison"); one 10 s round a query measured it half compiled.
compilers() { # CPU ticks of the JIT compiler threads (their name holds a space: fields counted after it)
  for task in /proc/"$SERVICE"/task/*; do
    case $(cat "$task/comm" 2>/dev/null) in
      C1\ Compiler* | C2\ Compiler*) sed 's/^.*) //' "$task/stat" | awk '{print $12 + $13}' ;;
    esac
  done | awk '{s += $1} END {print s + 0}'
}
warm_up() {
  local round share
  for round in $(seq 1 "$WARMUP_ROUNDS"); do
    local c0 j0
    c0=$(compilers); j0=$(jvm)
    for entry in "${QUERIES[@]}"; do
      IFS='|' read -r name query sql <<<"$entry"
      curl -sf "http://127.0.0.1:$PORT/api/v1/listings?$query" >/dev/null  # fails loudly on a 4xx/5xx
      wrk -t2 -c16 -d"${WARMUP}s" "http://127.0.0.1:$PORT/api/v1/listings?$query" >/dev/null
    done
    share=$(awk -v c=$(($(compilers) - c0)) -v j=$(($(jvm) - j0)) 'BEGIN { printf "%d", (j > 0 ? 100 * c / j : 0) }')
    echo "warm-up round $round: JIT compilers $share % of the JVM's CPU" >&2
    [ "$share" -ge 5 ] || return 0
  done
}
# p50 p95 p99 rps requests errors of one wrk run on the search of $1
http_run() {
  wrk -t2 -c16 -d"${DURATION}s" -s "$HERE/percentiles.lua" "http://127.0.0.1:$PORT/api/v1/listings?$1" \
    | sed -n 's/^RESULT p50=\([0-9.]*\) p95=\([0-9.]*\) p99=\([0-9.]*\) rps=\([0-9]*\) requests=\([0-9]*\) errors=\([0-9]*\)$/\1 \2 \3 \4 \5 \6/p'
}
warm_up

echo
echo "Engine: answer cache off"
echo
echo "| query | HTTP p50 ms | p95 ms | p99 ms | HTTP req/s | pgbench tx/s | HTTP / pgbench | CPU ms a request (JVM) | CPU ms a pgbench tx |"
echo "|---|---|---|---|---|---|---|---|---|"
for entry in "${QUERIES[@]}"; do
  IFS='|' read -r name query sql <<<"$entry"
  b0=$(busy); j0=$(jvm)
  read -r p50 p95 p99 rps requests errors < <(http_run "$query")
  b1=$(busy); j1=$(jvm)
  printf '%s\n' "$sql" > target/bench-query.sql
  read -r tps transactions < <(pgbench_run target/bench-query.sql)
  b2=$(busy)
  [ "$errors" = 0 ] || echo "WARNING: $errors failed requests for $name" >&2
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%d %%", 100 * a / b; else print "n/a" }')
  echo "| $name | $p50 | $p95 | $p99 | $rps | $tps | $ratio | $(per $((b1 - b0)) "$requests") ($(per $((j1 - j0)) "$requests")) | $(per $((b2 - b1)) "$transactions") |"
done

# As deployed: the cache on, and a public ad changed CHANGES_PER_SECOND times a second (a million live ads
# for 60 days means about 17,000 new ads a day and as many leaving: one change every 2.5 s on average).
start_service "$JAR" true target/bench-service-cache-true.log
warm_up
# One session, pacing itself with pg_sleep: a psql started per change falls behind on two busy cores.
(
  while true; do
    echo "UPDATE listing SET updated_at = now() WHERE id = (SELECT id FROM listing WHERE status = 'PUBLISHED'
      ORDER BY published_at DESC, id DESC OFFSET (random() * 1000)::int LIMIT 1);"
    echo "SELECT pg_sleep(1.0 / $CHANGES_PER_SECOND);"
  done | "${PSQL[@]}" -d "$DB" -o /dev/null
) &
WRITER=$!
cache() { curl -sf "http://127.0.0.1:$PORT/prometheus" | awk -v r="$1" '$0 ~ "^annonces_search_cache_total.*result=\"" r "\"" {print int($2)}'; }
echo
echo "As deployed: answer cache on, $CHANGES_PER_SECOND public change(s) a second"
echo
echo "| query | HTTP p50 ms | p95 ms | p99 ms | HTTP req/s | answered from memory | CPU ms a request |"
echo "|---|---|---|---|---|---|---|"
for entry in "${QUERIES[@]}"; do
  IFS='|' read -r name query sql <<<"$entry"
  h0=$(cache hit); m0=$(cache miss); b0=$(busy)
  read -r p50 p95 p99 rps requests errors < <(http_run "$query")
  b1=$(busy); h1=$(cache hit); m1=$(cache miss)
  [ "$errors" = 0 ] || echo "WARNING: $errors failed requests for $name" >&2
  hits=$(awk -v h=$((h1 - h0)) -v m=$((m1 - m0)) 'BEGIN { if (h + m > 0) printf "%.2f %% (%d queried)", 100 * h / (h + m), m; else print "n/a" }')
  echo "| $name | $p50 | $p95 | $p99 | $rps | $hits | $(per $((b1 - b0)) "$requests") |"
done
