# Sourced by scripts/bench: a demo server, nginx beside it, wrk runs read
# through bench/load/report.lua. Needs BUILD, OUT and ROOT set.

# A free TCP port on 127.0.0.1.
free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Starts `jamt serve --demo` on a free port; sets JAMT_BASE and JAMT_PID.
start_jamt_demo() {
  JAMT_DATA=$(mktemp -d /tmp/jamt-bench.XXXXXX)
  "$BUILD/jamt" --data "$JAMT_DATA" serve --listen 127.0.0.1:0 --demo >"$OUT/server.log" 2>&1 &
  JAMT_PID=$!
  JAMT_BASE=""
  for _ in $(seq 1 300); do
    JAMT_BASE=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$OUT/server.log" | head -1 || true)
    [ -n "$JAMT_BASE" ] && break
    sleep 0.1
  done
  [ -n "$JAMT_BASE" ] || { cat "$OUT/server.log"; return 1; }
}

stop_jamt() {
  [ -n "${JAMT_PID:-}" ] && { kill "$JAMT_PID" 2>/dev/null || true; wait "$JAMT_PID" 2>/dev/null || true; }
  [ -n "${JAMT_DATA:-}" ] && rm -rf "$JAMT_DATA"
  JAMT_PID=""
  JAMT_DATA=""
}

# Starts Debian's nginx as the current user on a free port serving FILE as
# /static.json (two worker processes, no access log); sets NGINX_URL and
# NGINX_PID.
start_nginx() {
  NGINX_DIR=$(mktemp -d /tmp/jamt-bench-nginx.XXXXXX)
  chmod 755 "$NGINX_DIR"
  mkdir -p "$NGINX_DIR/html" "$NGINX_DIR/tmp"
  cp "$1" "$NGINX_DIR/html/static.json"
  chmod -R a+rX "$NGINX_DIR/html"
  local port
  port=$(free_port)
  cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR/tmp;
  proxy_temp_path $NGINX_DIR/tmp;
  fastcgi_temp_path $NGINX_DIR/tmp;
  uwsgi_temp_path $NGINX_DIR/tmp;
  scgi_temp_path $NGINX_DIR/tmp;
  types { application/json json; }
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$port;
    root $NGINX_DIR/html;
  }
}
CONF
  /usr/sbin/nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" 2>>"$NGINX_DIR/error.log" &
  NGINX_PID=$!
  NGINX_URL="http://127.0.0.1:$port/static.json"
  for _ in $(seq 1 50); do
    curl -sf -o /dev/null "$NGINX_URL" && return 0
    sleep 0.1
  done
  cat "$NGINX_DIR/error.log"
  return 1
}

stop_nginx() {
  [ -n "${NGINX_PID:-}" ] && { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
  [ -n "${NGINX_DIR:-}" ] && rm -rf "$NGINX_DIR"
  NGINX_PID=""
  NGINX_DIR=""
}

# wrk_result LABEL SECONDS URL [wrk options…]: wrk -t2 -c64 for SECONDS,
# its RESULT line (bench/load/report.lua) printed with LABEL and kept in
# $OUT/wrk-results.txt; the fields are then in WRK_RPS, WRK_P99,
# WRK_STATUS_ERRORS and WRK_SOCKET_ERRORS. With RSS_PID set, the process's
# resident set is sampled at the start, the middle and the end (RSS_MB).
wrk_result() {
  local label=$1 seconds=$2 url=$3
  shift 3
  local script="$OUT/wrk-script.lua"
  cat "$ROOT/bench/load/report.lua" >"$script"
  local extra=()
  for arg in "$@"; do
    if [ -f "$arg" ] && [[ "$arg" == *.lua ]]; then cat "$arg" >>"$script"; else extra+=("$arg"); fi
  done
  local rss_start="" rss_mid="" rss_end=""
  [ -n "${RSS_PID:-}" ] && rss_start=$(ps -o rss= -p "$RSS_PID" | tr -d ' ')
  wrk -t2 -c64 -d"${seconds}s" --timeout 10s -s "$script" ${extra[@]+"${extra[@]}"} "$url" >"$OUT/wrk-last.txt" 2>&1 &
  local wrk_pid=$!
  if [ -n "${RSS_PID:-}" ]; then
    sleep $(( seconds / 2 ))
    rss_mid=$(ps -o rss= -p "$RSS_PID" | tr -d ' ')
  fi
  wait "$wrk_pid"
  [ -n "${RSS_PID:-}" ] && rss_end=$(ps -o rss= -p "$RSS_PID" | tr -d ' ')
  local line
  line=$(grep '^RESULT' "$OUT/wrk-last.txt" || true)
  [ -n "$line" ] || { cat "$OUT/wrk-last.txt"; line="RESULT requests=0 rps=0 p50_ms=0 p99_ms=0 max_ms=0 status_errors=-1 socket_errors=-1"; }
  WRK_RPS=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
  WRK_P99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"$line")
  WRK_STATUS_ERRORS=$(sed -E 's/.* status_errors=(-?[0-9]+).*/\1/' <<<"$line")
  WRK_SOCKET_ERRORS=$(sed -E 's/.* socket_errors=(-?[0-9]+).*/\1/' <<<"$line")
  RSS_MB=""
  [ -n "$rss_start" ] && RSS_MB="$((rss_start / 1024))/$((rss_mid / 1024))/$((rss_end / 1024))"
  local shown="${line#RESULT }"
  [ -n "$RSS_MB" ] && shown="$shown rss_MB(start/mid/end)=$RSS_MB"
  echo "$label (${seconds} s, 64 connections): $shown" | tee -a "$OUT/wrk-results.txt"
}

# verdict OK: PASS or FAIL.
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }

# ge A B: 1 when A ≥ B (decimals).
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 >= b + 0) ? 1 : 0 }'; }
