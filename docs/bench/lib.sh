# Shared by search.sh and floor.sh (sourced): starting the service and pgbench, the SQL pieces the service
# sends, and the CPU accounting. The scripts set PGHOST, DB, URL (DB's JDBC address), PORT and DURATION.

PUBLIC="l.status = 'PUBLISHED' AND l.published_at <= now()"
# What the service reads of an ad (listings/ListingRows.java), never the search document.
COLS=$(printf 'l.%s, ' id seller_id category subcategory title description price_cents postcode city insee_code \
  department_code region_code attributes photos status moderation_flags moderation_reason created_at updated_at published_at \
  expires_at version)
COLS=${COLS%, }
# GET /api/v1/listings?sort=newest (SearchStatements.ordered), with now() where the service binds the instant.
NEWEST_SQL="SELECT $COLS FROM listing l WHERE $PUBLIC ORDER BY l.published_at DESC, l.id DESC LIMIT 21;"

# Starts a packaged service on URL at PORT, its answer cache on or off, and waits until it is ready; SERVICE is
# its pid, and a service started before is stopped first. start_service JAR true|false LOG
start_service() {
  [ -z "${SERVICE:-}" ] || { kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true; }
  DATASOURCES_DEFAULT_URL="$URL" DATASOURCES_DEFAULT_USERNAME=postgres MICRONAUT_SERVER_PORT=$PORT \
    JWT_SECRET=benchmark-only-secret-0123456789abcdef-0123 ANNONCES_SEARCH_CACHE_ENABLED=$2 \
    java -Xms512m -Xmx1g -jar "$1" > "$3" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$PORT/health/readiness" >/dev/null && return
    sleep 1
  done
  echo "the service did not start: $3" >&2
  exit 1
}

# "tps transactions" of pgbench on the SQL of FILE, 16 clients, DURATION s: pgbench_run FILE [pgbench options]
pgbench_run() {
  pgbench -h "$PGHOST" -U postgres -n -c 16 -j 2 -T "$DURATION" "${@:2}" -f "$1" "$DB" 2>/dev/null \
    | awk '/^tps/ {t = int($3)} /number of transactions actually processed/ {n = $NF} END {print t + 0, n + 0}'
}

# CPU time in clock ticks: the whole machine (user, nice, system, irq, softirq, steal), the service's JVM
# ($SERVICE, its pid) and every PostgreSQL process (a local server only).
TICK=$(getconf CLK_TCK)
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
jvm() { awk '{print $14 + $15}' "/proc/$SERVICE/stat"; }
postgres_cpu() {
  for pid in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'
}
# milliseconds of CPU per operation: per TICKS OPERATIONS
per() { awk -v t="$1" -v n="$2" -v k="$TICK" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / k / n; else print "n/a" }'; }
