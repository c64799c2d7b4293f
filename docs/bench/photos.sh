#!/usr/bin/env bash
# Photos, in one run on one machine: uploads of a 4000 x 3000 JPEG (the whole intake: checks, decoding,
# three sizes, storage in PostgreSQL), the JVM's memory while they run, and thumbnail serving beside nginx
# serving the same file with the same headers.
#
#   docs/bench/photos.sh              DURATION (seconds per run, default 20)
#
# Needs: JDK 17, Maven, wrk, nginx (Debian packages wrk and nginx), curl, python3. No database server: the
# service runs on its embedded PostgreSQL. Prints a Markdown table.
set -euo pipefail
DURATION=${DURATION:-20}
PORT=${BENCH_PORT:-18090}
NGINX_PORT=${BENCH_NGINX_PORT:-18091}
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE/../.."
WORK=$(pwd)/target/bench-photos
rm -rf "$WORK" && mkdir -p "$WORK/www/photos" "$WORK/nginx"

JAR=target/annonces-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -B -ntp -q package -DskipTests
java "$HERE/MakePhoto.java" "$WORK/photo.jpg" 4000 3000

HEAP=${HEAP:-512m}
# Benchmark settings: no moderation and no verification (ads publish at once), no hourly allowance, room for
# every upload on one ad. The intake itself is as in production (2 decodes at once per instance).
ANNONCES_REQUIRE_EMAIL_VERIFICATION=false ANNONCES_MODERATION_PRE_PUBLICATION=false \
  ANNONCES_PHOTOS_UPLOADS_PER_HOUR=1000000 ANNONCES_PHOTOS_PER_LISTING=1000000 \
  MICRONAUT_SERVER_PORT=$PORT JWT_SECRET=benchmark-only-secret-0123456789abcdef-0123 \
  java -Xms$HEAP -Xmx$HEAP -Xlog:gc:file="$WORK/gc.log" -Dannonces.embedded.data-dir="$WORK/postgres" \
  -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE=$!
NGINX_PID=""
cleanup() {
  kill "$SERVICE" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$PORT/health/readiness" >/dev/null && break
  sleep 1
done
BASE="http://127.0.0.1:$PORT"
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }
curl -sf -X POST "$BASE/api/v1/accounts" -H 'Content-Type: application/json' \
  -d '{"email": "bench@example.test", "password": "un mot de passe de banc", "displayName": "Banc"}' > /dev/null
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username": "bench@example.test", "password": "un mot de passe de banc"}' | json '["access_token"]')
AD=$(curl -sf -X POST "$BASE/api/v1/listings" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"category": "GOODS", "subcategory": "HOME", "title": "Buffet en chêne", "description": "Deux portes.",
       "priceCents": 12000, "location": {"postcode": "14000", "city": "Caen"}, "attributes": {"condition": "GOOD"}}' \
  | json '["id"]')
export PHOTO="$WORK/photo.jpg" TOKEN
PHOTO_ID=$(curl -sf -X POST "$BASE/api/v1/listings/$AD/photos" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: image/jpeg' --data-binary @"$PHOTO" | json '["id"]')

hwm() { awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$SERVICE/status"; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVICE/status"; }
run() { # $1: url, $2: connections, $3...: wrk options -> "requests/s p50 p99 errors"
  wrk -t2 -c"$2" -d"${DURATION}s" --latency "${@:3}" "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2}
    /^ +99%/ {p99=$2}
    /Non-2xx/ {errors=$NF}
    END {print rps, p50, p99, errors + 0}'
}

# Warm the JIT on both paths.
wrk -t2 -c2 -d10s -s "$HERE/upload.lua" "$BASE/api/v1/listings/$AD/photos" > /dev/null
wrk -t2 -c16 -d10s "$BASE/photos/$PHOTO_ID/thumbnail.jpg" > /dev/null

RSS_BEFORE=$(rss)
GC_FROM=$(wc -l < "$WORK/gc.log")
read -r UP_RPS UP_P50 UP_P99 UP_ERR < <(run "$BASE/api/v1/listings/$AD/photos" 4 -s "$HERE/upload.lua")
HWM=$(hwm)
# Heap in use before each collection during the uploads: its maximum is the upload phase's heap peak.
HEAP_PEAK=$(tail -n +"$GC_FROM" "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | awk -F'M->' '{if ($1 > m) m = $1} END {print m + 0}')
# Allocated during the uploads: what each collection freed, summed; divided by the uploads, per upload.
ALLOCATED=$(tail -n +"$GC_FROM" "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | awk -F'M->' '{sub("M", "", $2); s += $1 - $2} END {print s + 0}')
PER_UPLOAD=$(awk -v a="$ALLOCATED" -v r="$UP_RPS" -v d="$DURATION" 'BEGIN {printf "%.0f", a / (r * d)}')
LIVE_MAX=$(tail -n +"$GC_FROM" "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | awk -F'M->' '{sub("M", "", $2); if ($2 > m) m = $2} END {print m + 0}')

# The same thumbnail bytes, with the same caching headers, as a static file behind nginx.
curl -sf "$BASE/photos/$PHOTO_ID/thumbnail.jpg" -o "$WORK/www/photos/thumbnail.jpg"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /photos/thumbnail.jpg {
      default_type image/jpeg;
      alias $WORK/www/photos/thumbnail.jpg;
      etag on;
      add_header Cache-Control "public, max-age=31536000, immutable";
      add_header X-Content-Type-Options nosniff;
    }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1
cmp <(curl -sf "$BASE/photos/$PHOTO_ID/thumbnail.jpg") <(curl -sf "http://127.0.0.1:$NGINX_PORT/photos/thumbnail.jpg")
read -r SVC_RPS SVC_P50 SVC_P99 SVC_ERR < <(run "$BASE/photos/$PHOTO_ID/thumbnail.jpg" 16)
read -r NGX_RPS NGX_P50 NGX_P99 NGX_ERR < <(run "http://127.0.0.1:$NGINX_PORT/photos/thumbnail.jpg" 16)

PHOTO_MB=$(awk -v b="$(wc -c < "$PHOTO")" 'BEGIN {printf "%.1f", b / 1048576}')
THUMB_KB=$(awk -v b="$(wc -c < "$WORK/www/photos/thumbnail.jpg")" 'BEGIN {printf "%.0f", b / 1024}')
echo
echo "Photos, $(nproc) cores, wrk 2 threads, ${DURATION} s a run, JVM -Xmx$HEAP, embedded PostgreSQL"
echo
echo "| what | requests/s | p50 | p99 | non-2xx |"
echo "|---|---:|---:|---:|---:|"
printf "| upload a 4000 x 3000 JPEG (%s MB), 4 connections | %.1f | %s | %s | %s |\n" "$PHOTO_MB" "$UP_RPS" "$UP_P50" "$UP_P99" "$UP_ERR"
printf "| thumbnail (%s KB), nginx static file, 16 connections | %.0f | %s | %s | %s |\n" "$THUMB_KB" "$NGX_RPS" "$NGX_P50" "$NGX_P99" "$NGX_ERR"
printf "| thumbnail, annonces, 16 connections | %.0f | %s | %s | %s |\n" "$SVC_RPS" "$SVC_P50" "$SVC_P99" "$SVC_ERR"
printf "\nannonces / nginx: %.2f\n" "$(echo "$SVC_RPS / $NGX_RPS" | bc -l)"
echo
echo "| memory during the uploads | MB |"
echo "|---|---:|"
echo "| JVM resident before the uploads | $RSS_BEFORE |"
echo "| JVM resident peak (VmHWM) after them | $HWM |"
echo "| heap in use, highest seen before a collection | $HEAP_PEAK |"
echo "| heap in use, highest left after a collection | $LIVE_MAX |"
echo "| allocated per upload (freed by collections / uploads) | $PER_UPLOAD |"
