# Shared by search.sh and floor.sh (sourced): the SQL pieces the service sends and the CPU accounting.

PUBLIC="l.status = 'PUBLISHED' AND l.published_at <= now()"
# What the service reads of an ad (listings/ListingRows.java), never the search document.
COLS=$(printf 'l.%s, ' id seller_id category subcategory title description price_cents postcode city insee_code \
  department_code region_code attributes status moderation_flags moderation_reason created_at updated_at published_at \
  expires_at version)
COLS=${COLS%, }
# GET /api/v1/listings?sort=newest (SearchStatements.ordered), with now() where the service binds the instant.
NEWEST_SQL="SELECT $COLS FROM listing l WHERE $PUBLIC ORDER BY l.published_at DESC, l.id DESC LIMIT 21;"

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
