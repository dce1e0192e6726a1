# Sourced by scripts/bench: issue 16 item 7 — wrk -t2 -c64 for SECONDS
# against the analysis API, a public strategy page, a register list and a
# yearly report (signed in as Kalmar's demo strategist), and POST /logga-in
# with the right password; then nginx's static file for comparison. Zero
# errors (non-2xx/3xx answers and socket errors) and the server's resident
# memory sampled at the start, middle and end of each run: PASS when it ends
# no more than 10 % + 8 MB above where the run's middle was.
# Needs the demo server (start_jamt_demo).

bench_load() {  # SECONDS
  local seconds=$1
  local email password strategy births cookie
  email="strateg.kalmar@jamt.local"
  password=$(grep -oE "Demo login \([a-z_]+\): $email / [^ ]+" "$OUT/server.log" | awk '{ print $NF }')
  [ -n "$password" ] || { echo "load: no demo password for $email in $OUT/server.log"; return 1; }
  strategy=$(curl -s "$JAMT_BASE/api/v1/strategies" | tr '{' '\n' | grep '"county_code":"08"' | grep -oE '"id":[0-9]+' | head -1 | grep -oE '[0-9]+')
  births=$(measure_id BE0101D1)
  local body
  body=$(/usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.urlencode({"email": sys.argv[1], "password": sys.argv[2]}))' "$email" "$password")
  cookie=$(curl -s -o /dev/null -D - -H "Cookie: jamt_login=bench-load" --data "login_token=bench-load&$body" \
             "$JAMT_BASE/logga-in" | grep -ioE 'jamt_session=[^;]+' | head -1)
  [ -n "$cookie" ] || { echo "load: could not sign in as $email"; return 1; }
  echo "== load: ${seconds} s per target, 64 connections, server pid $JAMT_PID"
  local failed=0
  run() {  # LABEL URL [wrk options]
    RSS_PID=$JAMT_PID wrk_result "$@"
    local errors=$((WRK_STATUS_ERRORS + WRK_SOCKET_ERRORS))
    local mid end
    mid=$(cut -d/ -f2 <<<"$RSS_MB"); end=$(cut -d/ -f3 <<<"$RSS_MB")
    local flat
    flat=$(awk -v m="$mid" -v e="$end" 'BEGIN { print (e <= m * 1.1 + 8) ? 1 : 0 }')
    echo "  $1: $errors errors, target 0: $(verdict "$([ "$errors" = 0 ] && echo 1 || echo 0)"); memory ${RSS_MB} MB, flat: $(verdict "$flat")"
    [ "$errors" = 0 ] && [ "$flat" = 1 ] || failed=1
  }
  run "load: analysis API" "$seconds" "$JAMT_BASE/api/v1/measures/$births/analysis?region=08&period=2003&base=2002"
  run "load: strategy page" "$seconds" "$JAMT_BASE/strategier/$strategy"
  run "load: register list (signed in)" "$seconds" "$JAMT_BASE/organisationer" -H "Cookie: $cookie"
  export JAMT_BENCH_LOGIN_BODY="$body"
  run "load: login (POST)" "$seconds" "$JAMT_BASE/logga-in" "$ROOT/bench/load/login.lua"
  unset JAMT_BENCH_LOGIN_BODY
  run "load: yearly report (signed in)" "$seconds" "$JAMT_BASE/strategier/$strategy/uppfoljning/2025" -H "Cookie: $cookie"
  curl -sf "$JAMT_BASE/strategier/$strategy" >"$OUT/strategy-page.html"
  start_nginx "$OUT/strategy-page.html"
  RSS_PID="" wrk_result "load: nginx, static copy of the strategy page" "$seconds" "$NGINX_URL"
  stop_nginx
  echo "load: every target without errors and with flat memory: $(verdict "$([ "$failed" = 0 ] && echo 1 || echo 0)")"
}
