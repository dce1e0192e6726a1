# Sourced by scripts/bench: issue 16 item 1.1 — the analysis API against
# nginx serving a static file of the same bytes, wrk -t2 -c64 for SECONDS
# each, one after the other. Needs the demo server (start_jamt_demo).
# Targets: at least 50 % of nginx's requests per second, p99 under 10 ms.

# The id of the demo measure with code $1.
measure_id() {
  curl -s "$JAMT_BASE/api/v1/measures" | tr '{' '\n' | grep "\"code\":\"$1\"" | grep -oE '"id":[0-9]+' | grep -oE '[0-9]+'
}

bench_analysis() {  # SECONDS
  local seconds=$1 births url
  births=$(measure_id BE0101D1)
  url="$JAMT_BASE/api/v1/measures/$births/analysis?region=08&period=2003&base=2002"
  curl -sf "$url" >"$OUT/analysis.json"
  start_nginx "$OUT/analysis.json"
  echo "== analysis: $url ($(stat -c %s "$OUT/analysis.json") bytes) against nginx serving the same bytes"
  RSS_PID="" wrk_result "nginx static file" "$seconds" "$NGINX_URL"
  local nginx_rps=$WRK_RPS nginx_p99=$WRK_P99
  stop_nginx
  RSS_PID="" wrk_result "jamt analysis" "$seconds" "$url"
  local ratio
  ratio=$(awk -v a="$WRK_RPS" -v b="$nginx_rps" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }')
  echo "analysis endpoint: $WRK_RPS req/s = ${ratio} % of nginx's $nginx_rps (nginx p99 $nginx_p99 ms), target ≥ 50 %: $(verdict "$(ge "$ratio" 50)")"
  echo "analysis endpoint: p99 $WRK_P99 ms at 64 connections, target < 10 ms: $(verdict "$(ge 9.999 "$WRK_P99")")"
  local errors=$((WRK_STATUS_ERRORS + WRK_SOCKET_ERRORS))
  echo "analysis endpoint: $errors errors, target 0: $(verdict "$([ "$errors" = 0 ] && echo 1 || echo 0)")"
}
