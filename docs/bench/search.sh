#!/usr/bin/env bash
# Search at a million ads: the service over HTTP (wrk, 16 connections) beside the same SQL sent straight
# to PostgreSQL (pgbench, 16 clients) as the ceiling, query by query, in one run.
#
#   docs/bench/search.sh [ADS]        ADS defaults to 1000000; REUSE=1 keeps an already generated database
#
# Needs: JDK 17, Maven, a PostgreSQL server (PGHOST, default 127.0.0.1:5432, user postgres, trust auth),
# psql and pgbench (postgresql-client), wrk (Debian package wrk). Prints a Markdown table.
set -euo pipefail
ADS=${1:-1000000}
PGHOST=${PGHOST:-127.0.0.1}
DB=${BENCH_DB:-annonces_bench}
PORT=${BENCH_PORT:-18080}
DURATION=${DURATION:-15}
HERE=$(cd "$(dirname "$0")" && pwd)
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
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE listing"

DATASOURCES_DEFAULT_URL="$URL" DATASOURCES_DEFAULT_USERNAME=postgres MICRONAUT_SERVER_PORT=$PORT \
  JWT_SECRET=benchmark-only-secret-0123456789abcdef-0123 \
  java -Xms512m -Xmx1g -jar "$JAR" > target/bench-service.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/health/readiness" >/dev/null && break
  sleep 1
done

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

PUBLIC="l.status = 'PUBLISHED' AND l.published_at <= now()"
# Each statement on one line: the table below is read line by line.
relevance() { # $1: text, $2: more filters
  tr '\n' ' ' <<<"WITH matches AS (SELECT l.id, ts_rank(l.search_document, websearch_to_tsquery('french_unaccent', '$1'), 1) AS rank
  FROM listing l WHERE $PUBLIC $2 AND l.search_document @@ websearch_to_tsquery('french_unaccent', '$1')
  ORDER BY l.published_at DESC, l.id DESC LIMIT 200)
  SELECT l.*, m.rank AS search_rank FROM matches m JOIN listing l ON l.id = m.id ORDER BY m.rank DESC, m.id DESC LIMIT 21;"
}
walk() { # $1: text, $2: more filters. The service's first try for a common word (SearchStatements.relevanceWalk)
  tr '\n' ' ' <<<"WITH matches AS (SELECT w.id, ts_rank(w.search_document, websearch_to_tsquery('french_unaccent', '$1'), 1) AS rank
  FROM (SELECT l.id, l.published_at, l.search_document FROM listing l WHERE $PUBLIC $2
        ORDER BY l.published_at DESC, l.id DESC LIMIT 3000) w
  WHERE w.search_document @@ websearch_to_tsquery('french_unaccent', '$1') ORDER BY w.published_at DESC, w.id DESC LIMIT 200)
  SELECT l.*, m.rank AS search_rank, (SELECT count(*) FROM matches) AS matched FROM matches m JOIN listing l ON l.id = m.id
  ORDER BY m.rank DESC, m.id DESC LIMIT 21;"
}
facets() { # $1: filters, $2: sample size (2000 when PostgreSQL estimates more than 50,000 matches, else 10001)
  tr '\n' ' ' <<<"EXPLAIN (FORMAT JSON) SELECT 1 FROM listing l WHERE l.status = 'PUBLISHED' $1;
  SELECT category, subcategory, department_code, count(*) FROM (SELECT l.category, l.subcategory, l.department_code
  FROM listing l WHERE l.status = 'PUBLISHED' $1 ORDER BY l.published_at DESC, l.id DESC LIMIT $2) s
  GROUP BY GROUPING SETS ((category), (subcategory), (department_code));"
}

# name | HTTP query | the SQL the service sends for it
QUERIES=(
  "text|q=maison|$(walk maison '')"
  "text + category + department|q=peugeot&category=VEHICLES&department=76|$(relevance peugeot "AND l.category = 'VEHICLES' AND l.department_code = '76'")"
  "filters, no text|category=REAL_ESTATE&subcategory=RENT&furnished=true&maxPriceCents=80000|SELECT l.* FROM listing l WHERE $PUBLIC AND l.category = 'REAL_ESTATE' AND l.subcategory = 'RENT' AND l.price_cents <= 80000 AND l.furnished = true ORDER BY l.published_at DESC, l.id DESC LIMIT 21;"
  "sort newest|sort=newest|SELECT l.* FROM listing l WHERE $PUBLIC ORDER BY l.published_at DESC, l.id DESC LIMIT 21;"
  "sort price_asc, region|region=28&sort=price_asc|SELECT l.* FROM listing l WHERE $PUBLIC AND l.region_code = '28' ORDER BY l.price_cents ASC, l.id ASC LIMIT 21;"
  "sort price_desc, category|category=VEHICLES&sort=price_desc|SELECT l.* FROM listing l WHERE $PUBLIC AND l.category = 'VEHICLES' ORDER BY l.price_cents DESC, l.id DESC LIMIT 21;"
  "sort relevance, text + filter|q=appartement%20meubl%C3%A9&subcategory=RENT&sort=relevance|$(walk 'appartement meublé' "AND l.subcategory = 'RENT'")"
  "page 50 by cursor|category=GOODS&limit=20&cursor=$CURSOR|SELECT l.* FROM listing l WHERE $PUBLIC AND l.category = 'GOODS' AND (l.published_at, l.id) < ('$DEEP_AT', '$DEEP_ID') ORDER BY l.published_at DESC, l.id DESC LIMIT 21;"
  "facets, category|category=VEHICLES&facets=true|SELECT l.* FROM listing l WHERE $PUBLIC AND l.category = 'VEHICLES' ORDER BY l.published_at DESC, l.id DESC LIMIT 21; $(facets "AND l.category = 'VEHICLES'" 2000)"
  "facets, text|q=voiture&facets=true|$(walk voiture '') $(facets "AND l.search_document @@ websearch_to_tsquery('french_unaccent', 'voiture')" 2000)"
)

echo
echo "| query | HTTP p50 ms | p95 ms | p99 ms | HTTP req/s | pgbench tx/s | HTTP / pgbench |"
echo "|---|---|---|---|---|---|---|"
for entry in "${QUERIES[@]}"; do
  IFS='|' read -r name query sql <<<"$entry"
  curl -sf "http://127.0.0.1:$PORT/api/v1/listings?$query" >/dev/null  # fails loudly on a 4xx/5xx
  http=$(wrk -t2 -c16 -d"${DURATION}s" -s "$HERE/percentiles.lua" "http://127.0.0.1:$PORT/api/v1/listings?$query" | grep RESULT)
  printf '%s\n' "$sql" > target/bench-query.sql
  tps=$(pgbench -h "$PGHOST" -U postgres -n -c 16 -j 2 -T "$DURATION" -f target/bench-query.sql "$DB" 2>/dev/null \
    | awk '/^tps/ {print int($3)}')
  p50=$(sed 's/.*p50=\([0-9.]*\).*/\1/' <<<"$http"); p95=$(sed 's/.*p95=\([0-9.]*\).*/\1/' <<<"$http")
  p99=$(sed 's/.*p99=\([0-9.]*\).*/\1/' <<<"$http"); rps=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$http")
  errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$http")
  [ "$errors" = 0 ] || echo "WARNING: $errors failed requests for $name" >&2
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%d %%", 100 * a / b; else print "n/a" }')
  echo "| $name | $p50 | $p95 | $p99 | $rps | $tps | $ratio |"
done
