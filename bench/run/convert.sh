# Sourced by scripts/bench: issue 16 items 1.2 and 1.3 — `jamt convert` of a
# 57 MB / 10.2 M-cell PX file to CSV and to JSON-stat, and reading the
# JSON-stat, each against its alternative in the same run:
# bench/compare/px_pandas.py (pyaxis's approach with Debian's pandas; pyaxis
# itself is not installable here) and the JSON-stat Toolkit in Node.
# Needs BUILD, OUT and ROOT set.

# timed FILE COMMAND…: runs COMMAND under /usr/bin/time; FILE gets
# "seconds max_rss_kB".
timed() {
  local file=$1
  shift
  /usr/bin/time -f "%e %M" -o "$file" "$@" >"$file.out" 2>"$file.err" || { cat "$file.err"; return 1; }
}

# median of the numbers given.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

bench_convert() {
  local dir
  dir=$(mktemp -d /tmp/jamt-bench-convert.XXXXXX)
  /usr/bin/python3 "$ROOT/bench/compare/make_big_px.py" "$ROOT/tests/data/px/Population/BE0101A1.px" "$dir/big.px"
  local px_mb
  px_mb=$(awk -v b="$(stat -c %s "$dir/big.px")" 'BEGIN { printf "%.1f", b / 1e6 }')
  echo "== convert: $dir/big.px, $px_mb MB, 10 180 800 cells (BE0101A1 expanded, bench/compare/make_big_px.py)"

  local csv_s=() csv_kb=() js_s=() js_kb=()
  for _ in 1 2 3; do
    timed "$dir/t" "$BUILD/jamt" convert "$dir/big.px" --to csv -o "$dir/big.csv"
    read -r s kb <"$dir/t"; csv_s+=("$s"); csv_kb+=("$kb")
    timed "$dir/t" "$BUILD/jamt" convert "$dir/big.px" --to jsonstat -o "$dir/big.json"
    read -r s kb <"$dir/t"; js_s+=("$s"); js_kb+=("$kb")
  done
  local jamt_csv jamt_csv_mb jamt_js jamt_js_mb
  jamt_csv=$(median "${csv_s[@]}")
  jamt_csv_mb=$(( $(printf '%s\n' "${csv_kb[@]}" | sort -n | tail -1) / 1024 ))
  jamt_js=$(median "${js_s[@]}")
  jamt_js_mb=$(( $(printf '%s\n' "${js_kb[@]}" | sort -n | tail -1) / 1024 ))
  echo "jamt convert PX → CSV: median ${jamt_csv} s of 3 (${csv_s[*]}), peak RSS ${jamt_csv_mb} MB, $(( $(stat -c %s "$dir/big.csv") / 1000000 )) MB written"
  echo "jamt convert PX → JSON-stat: median ${jamt_js} s of 3 (${js_s[*]}), peak RSS ${jamt_js_mb} MB, $(( $(stat -c %s "$dir/big.json") / 1000000 )) MB written"
  rm -f "$dir/big.csv"

  # The alternative, once (about 35 s): its own parse and parse + to_csv times.
  timed "$dir/t" /usr/bin/python3 "$ROOT/bench/compare/px_pandas.py" "$dir/big.px" "$dir/big-py.csv"
  local py_line py_parse py_csv py_kb
  py_line=$(cat "$dir/t.out")
  py_parse=$(sed -E 's/.*parse_s ([0-9.]+).*/\1/' <<<"$py_line")
  py_csv=$(sed -E 's/.*csv_s ([0-9.]+).*/\1/' <<<"$py_line")
  py_kb=$(awk '{ print $2 }' "$dir/t")
  rm -f "$dir/big-py.csv"
  echo "python3 + pandas (pyaxis's approach): parse ${py_parse} s, parse + to_csv ${py_csv} s, peak RSS $(( py_kb / 1024 )) MB"

  local r
  r=$(awk -v a="$py_csv" -v b="$jamt_csv" 'BEGIN { printf "%.1f", a / b }')
  echo "convert PX → CSV: ${r}× python + pandas, target ≥ 40×: $(verdict "$(ge "$r" 40)")"
  echo "convert PX → CSV peak memory: ${jamt_csv_mb} MB, target < 200 MB: $(verdict "$(ge 199.999 "$jamt_csv_mb")")"
  r=$(awk -v a="$py_parse" -v b="$jamt_js" 'BEGIN { printf "%.1f", a / b }')
  echo "convert PX → JSON-stat: ${r}× python + pandas's parse, target ≥ 60×: $(verdict "$(ge "$r" 60)")"

  # Reading the JSON-stat: Jämt's reader (jamt_bench, file → dataset) and the Toolkit.
  local js_mb
  js_mb=$(awk -v b="$(stat -c %s "$dir/big.json")" 'BEGIN { printf "%.1f", b / 1e6 }')
  JAMT_BENCH_JSONSTAT_FILE="$dir/big.json" "$BUILD/jamt_bench" --benchmark_filter=JsonstatFileRead \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_out="$OUT/JsonstatFileRead.json" --benchmark_out_format=json >/dev/null 2>&1
  local jamt_read jamt_read_mb
  read -r jamt_read jamt_read_mb < <(/usr/bin/python3 - "$OUT/JsonstatFileRead.json" <<'PY'
import json, sys
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    if b.get("aggregate_name") == "median":
        print(f'{b["real_time"] / 1000:.3f} {b.get("peak_rss_MB", 0):.0f}')
PY
)
  local node_line node_s node_kb
  if timed "$dir/t" node --max-old-space-size=8192 "$ROOT/bench/compare/jsonstat_toolkit_read.mjs" "$dir/big.json"; then
    node_line=$(cat "$dir/t.out")
    node_s=$(sed -E 's/.*read_s ([0-9.]+).*/\1/' <<<"$node_line")
    node_kb=$(awk '{ print $2 }' "$dir/t")
    echo "jamt read JSON-stat ($js_mb MB): median ${jamt_read} s, peak RSS ${jamt_read_mb} MB; JSON-stat Toolkit: ${node_s} s, peak RSS $(( node_kb / 1024 )) MB ($node_line)"
    r=$(awk -v a="$node_s" -v b="$jamt_read" 'BEGIN { printf "%.1f", a / b }')
    echo "read JSON-stat: ${r}× the JSON-stat Toolkit, target ≥ 20×: $(verdict "$(ge "$r" 20)")"
  else
    echo "read JSON-stat: the JSON-stat Toolkit did not run (scripts/bootstrap installs it in bench/compare): MISSING"
  fi
  rm -rf "$dir"
}
