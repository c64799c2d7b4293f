#!/usr/bin/env bash
# The news-site block from the service's memory beside nginx serving the same bytes as a static file, in
# one run: same machine, same load generator (wrk, 2 threads, 16 connections), same response body.
#
#   docs/bench/widget.sh              DURATION (seconds per run, default 15), CONNECTIONS (16)
#
# Needs: JDK 17, Maven, wrk and nginx (Debian packages wrk and nginx), curl. No database server: the
# service runs on its embedded PostgreSQL with the seed ads. Prints a Markdown table.
set -euo pipefail
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${BENCH_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18081}
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE/../.."
WORK=$(pwd)/target/bench-widget
rm -rf "$WORK" && mkdir -p "$WORK/www" "$WORK/nginx"

JAR=target/annonces-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -B -ntp -q package -DskipTests

ANNONCES_SEED=true MICRONAUT_SERVER_PORT=$PORT JWT_SECRET=benchmark-only-secret-0123456789abcdef-0123 \
  java -Xms512m -Xmx1g -Dannonces.embedded.data-dir="$WORK/postgres" -jar "$JAR" > "$WORK/service.log" 2>&1 &
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

# The same bytes, with the same caching headers, as a static file behind nginx.
curl -sf "http://127.0.0.1:$PORT/widget" -o "$WORK/www/widget.html"
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
    location = /widget {
      default_type "text/html; charset=utf-8";
      alias $WORK/www/widget.html;
      etag on;
      add_header Cache-Control "public, max-age=30, s-maxage=60, stale-while-revalidate=300";
    }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1
cmp <(curl -sf "http://127.0.0.1:$PORT/widget") <(curl -sf "http://127.0.0.1:$NGINX_PORT/widget")

# Warm the JVM (JIT) before measuring; nginx needs none.
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT/widget" > /dev/null

run() { # $1: url -> "requests/s p50 p99"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2}
    /^ +99%/ {p99=$2}
    END {print rps, p50, p99}'
}
read -r SVC_RPS SVC_P50 SVC_P99 < <(run "http://127.0.0.1:$PORT/widget")
read -r NGX_RPS NGX_P50 NGX_P99 < <(run "http://127.0.0.1:$NGINX_PORT/widget")
BYTES=$(wc -c < "$WORK/www/widget.html")

echo
echo "GET /widget, $BYTES bytes, wrk 2 threads x $CONNECTIONS connections, ${DURATION} s each, $(nproc) cores"
echo
echo "| server | requests/s | p50 | p99 | share of nginx |"
echo "|---|---:|---:|---:|---:|"
printf "| nginx (static file) | %.0f | %s | %s | 100 %% |\n" "$NGX_RPS" "$NGX_P50" "$NGX_P99"
printf "| annonces (cached block) | %.0f | %s | %s | %.0f %% |\n" "$SVC_RPS" "$SVC_P50" "$SVC_P99" \
  "$(echo "100 * $SVC_RPS / $NGX_RPS" | bc -l)"
