# The results table, sourced by run.sh: print_table reads the RESULT lines in $results and prints one
# row per target (measured, target, met / MISSED, app / raw where a raw side exists), then the
# sub-tables (every search kind, every report, the cost of each trigger and index per sale).
# A figure whose RESULT line is absent is "not measured", with the reason when the step gave one.

kv() { # kv KEY LINE -> value ("" if absent); quoted values keep their spaces
  local key="$1" line="$2"
  if [[ " $line" == *" $key=\""* ]]; then
    sed -n "s/.* $key=\"\([^\"]*\)\".*/\1/p" <<< " $line"
  else
    sed -n "s/.* $key=\([^ ]*\).*/\1/p" <<< " $line"
  fi
}
# The last RESULT line of a bench (and path, if given).
line_of() {
  if [[ -n ${2:-} ]]; then grep -E "^RESULT bench=$1 path=$2( |$)" "$results" | tail -1 || true
  else grep -E "^RESULT bench=$1( |$)" "$results" | tail -1 || true; fi
}
num() { awk -v a="$1" -v d="$2" -v s="${3:-1}" 'BEGIN { if (a == "") print ""; else printf "%." d "f", a / s }'; }
ms() { awk -v a="$1" 'BEGIN { if (a == "") print "-"; else printf "%.2f ms", a / 1000 }'; } # from us
quotient() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print ""; else printf "%.2fx", a / b }'; }
verdict() { # verdict VALUE OP LIMIT
  awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { if (a == "") { print "not measured"; exit }
    ok = op == "<" ? a + 0 < b + 0 : op == "<=" ? a + 0 <= b + 0 : a + 0 >= b + 0
    print (ok ? "met" : "MISSED") }'
}
# row WHAT VALUE UNIT OP LIMIT [RATIO] [WHY-NOT]: one target.
row() {
  local what="$1" value="$2" unit="$3" op="$4" limit="$5" r="${6:-}" why="${7:-}"
  local shown="$value $unit" status
  status=$(verdict "$value" "$op" "$limit")
  if [[ -z $value ]]; then
    shown="-"
    [[ -n $why ]] && status="not measured: $why"
  fi
  printf '  %-44s %14s  %-16s %-8s %s\n' "$what" "$shown" "$op $limit $unit" "${r:--}" "$status"
}
# why_not STEP BENCH: why BENCH has no figure (skipped, the step's own reason, or no RESULT line).
why_not() {
  local r
  r=$(kv reason "$(line_of "$2")")
  if ! wants "$1"; then echo "skipped (--skip)"; elif [[ -n $r ]]; then echo "$r"; else echo "no $2 result"; fi
}
x_of() { [[ -n $1 ]] && echo "${1}x"; return 0; }

startup_rows() { # startup_rows LABEL WHAT
  local l why=""
  l=$(line_of startup "$1")
  if [[ -z $l ]]; then why=$(why_not gui startup); elif [[ $(kv status "$l") != ok ]]; then
    why="$(kv status "$l") $(kv reason "$l")$(kv program "$l")"; l=""; fi
  row "$2 (ready, p50 of runs)" "$(kv ready_ms_p50 "$l")" ms '<' 1000 \
    "$(ratio "$(kv ready_ms_p50 "$l")" "$(kv ready_ms_p50 "$(line_of startup raw)")")" "$why"
  row "$2 RSS (max of runs)" "$(num "$(kv rss_kb_max "$l")" 1 1024)" MB '<' 150 "" "$why"
}

settle_rows() {
  local s ca cr why=""
  s=$(line_of settle)
  [[ -n $s && $(kv status "$s") != ok ]] && { why=$(kv reason "$s"); s=""; }
  [[ -z $s && -z $why ]] && why="not run"
  ca=$(line_of commit_settling app); cr=$(line_of commit_settling raw)
  [[ -z $s ]] && ca="" # sales beside a settling that did not run or failed measure nothing
  row "settling the backlog: lots/s" "$(kv lots_per_s "$s")" "lots/s" '>=' 50000 "" "$why"
  row "settling: longest step's write transaction" "$(kv step_ms_max "$s")" ms '<=' 50 "" "$why"
  row "settling: RSS max" "$(num "$(kv rss_kb_max "$s")" 1 1024)" MB '<' 150 "" "$why"
  row "sale commit p99 while settling (another process)" "$(num "$(kv p99_us "$ca")" 2 1000)" ms '<' 10 \
    "$(ratio "$(kv p99_us "$ca")" "$(kv p99_us "$cr")")" "${why:-no commit_settling result}"
  local ia ir iwhy=""
  ia=$(line_of commit_settling_inproc app); ir=$(line_of commit_settling_inproc raw)
  [[ -z $ia ]] && iwhy=$(kv reason "$(line_of commit_settling_inproc)")
  row "sale commit p99 while settling (the till's own worker)" "$(num "$(kv p99_us "$ia")" 2 1000)" ms '<' 10 \
    "$(ratio "$(kv p99_us "$ia")" "$(kv p99_us "$ir")")" "${iwhy:-no commit_settling_inproc result}"
  [[ -n $s ]] && echo "    (settled $(kv lots "$s") lots of $(kv members "$s") members in $(kv settle_s "$s") s," \
    "$(kv steps "$s") steps; ready at $(kv ready_ms "$s") ms; sales overlapped the settling: $(kv overlap "$s"))"
  return 0
}

print_table() {
  local file_mb gen l la lr why
  file_mb=$(du -m "$db" | awk '{print $1}')
  echo
  echo "Loyalty terminal benchmarks: $members members, $sales sales, seed $seed; $(nproc) CPUs; $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "database: $db (${file_mb} MB)"
  gen=$(line_of generate)
  if [[ -n $gen ]]; then
    echo "generated in $(kv seconds "$gen") s: $(kv members "$gen") members, $(kv cards "$gen") cards, $(kv sales "$gen") sales," \
      "$(kv lines "$gen") lines, $(kv ledger "$gen") ledger entries; today $(kv today "$gen"), expiry $(kv expiry "$gen")" \
      "($(kv expired_lots "$gen") expired lots, $(kv expire_entries "$gen") expire entries)"
  fi
  echo
  printf '  %-44s %14s  %-16s %-8s %s\n' "target (measured, never asserted)" "measured" "target" "app/raw" "status"
  if [[ $backlog -eq 1 ]]; then
    startup_rows gui-backlog "GUI start-up, backlog file"
    settle_rows
  fi
  startup_rows gui "GUI start-up"
  la=$(line_of lookup app); lr=$(line_of lookup ratio)
  why=$(why_not lookup lookup)
  row "card lookup app/raw p50" "$(kv ratio_p50 "$lr")" x '<=' 1.5 "$(x_of "$(kv ratio_p50 "$lr")")" "$why"
  row "card lookup p99" "$(kv p99_us "$la")" us '<' 100 "$(x_of "$(kv ratio_p99 "$lr")")" "$why"
  la=$(line_of commit app); lr=$(line_of commit raw)
  why=$(why_not commit commit)
  row "sale commit p50" "$(num "$(kv p50_us "$la")" 2 1000)" ms '<' 2 "$(ratio "$(kv p50_us "$la")" "$(kv p50_us "$lr")")" "$why"
  row "sale commit p99" "$(num "$(kv p99_us "$la")" 2 1000)" ms '<' 10 "$(ratio "$(kv p99_us "$la")" "$(kv p99_us "$lr")")" "$why"
  row "sale commit app/raw p50" "$(quotient "$(kv p50_us "$la")" "$(kv p50_us "$lr")")" x '<=' 1.3 "" "$why"
  row "sale commit app/raw p99" "$(quotient "$(kv p99_us "$la")" "$(kv p99_us "$lr")")" x '<=' 1.3 "" "$why"
  report_rows
  search_rows
  la=$(line_of quote50 app); lr=$(line_of quote50 raw)
  row "quote, 50-line cart, p99" "$(num "$(kv p99_us "$la")" 3 1000)" ms '<' 1 \
    "$(ratio "$(kv p99_us "$la")" "$(kv p99_us "$lr")")" "$(why_not quote quote)"
  echo "  loyalty-cli check: $check_status"
  grep -q '^RESULT bench=failed' "$results" && echo "  FAILED steps: $(sed -n 's/^RESULT bench=failed tool=//p' "$results" | tr '\n' ' ')"
  detail_tables
}

report_rows() {
  local worst="" rss="" why
  why=$(why_not reports reports)
  worst=$(sed -n '/^RESULT bench=reports report=/s/.* max_ms=\([0-9.]*\).*/\1/p' "$results" | sort -g | tail -1)
  rss=$(sed -n '/^RESULT bench=reports /s/.* rss_kb_max=\([0-9]*\).*/\1/p' "$results" | sort -n | tail -1)
  row "slowest dashboard report (each < 200 ms)" "$worst" ms '<' 200 "" "$why"
  [[ -n $worst ]] && why="the reports benchmark prints no rss_kb_max="
  row "reports: RSS max" "$(num "$rss" 1 1024)" MB '<' 150 "" "$why"
}

search_rows() {
  local worst="" kinds k a why
  why=$(why_not search search)
  kinds=$(sed -n 's/^RESULT bench=search-\([^ ]*\) path=app .*/\1/p' "$results" | sort -u)
  for k in $kinds; do
    a=$(kv p99_us "$(line_of "search-$k" app)")
    worst=$(awk -v a="$a" -v w="$worst" 'BEGIN { print (w == "" || a + 0 > w + 0 ? a : w) }')
  done
  row "slowest search kind p99 (each < 5 ms)" "$(num "$worst" 2 1000)" ms '<' 5 "" "$why"
  # loyalty-bench-search-page: one line per kind; the slowest kind's p99 against the target.
  why=$(why_not search search_page)
  worst=$(sed -n '/^RESULT bench=search_page kind=/s/.* p99_us=\([0-9.]*\).*/\1/p' "$results" | sort -g | tail -1)
  row "search page on screen p99 (slowest kind)" "$(num "$worst" 2 1000)" ms '<' 10 "" "$why"
}

# Every latency line as measured, and every start-up, for the record.
latency_table() {
  local b p l
  echo
  printf '  %-26s %9s %10s %10s %10s %10s\n' "latency" "n" "p50" "p90" "p99" "mean"
  for b in lookup:app lookup:raw commit:app commit:raw commit_settling:app commit_settling:raw \
           commit_settling_inproc:app commit_settling_inproc:raw \
           fsync:overwrite fsync:append quote50:rules quote50:app quote50:raw; do
    l=$(line_of "${b%%:*}" "${b#*:}")
    [[ -n $l ]] || continue
    printf '  %-26s %9s %10s %10s %10s %10s\n' "${b%%:*} (${b#*:})" "$(kv n "$l")" "$(ms "$(kv p50_us "$l")")" \
      "$(ms "$(kv p90_us "$l")")" "$(ms "$(kv p99_us "$l")")" "$(ms "$(kv mean_us "$l")")"
  done
  echo
  printf '  %-26s %12s %12s %14s %10s\n' "start-up (external)" "ready p50" "ready max" "self-reported" "RSS max"
  for p in raw app-layer gui gui-backlog; do
    l=$(line_of startup "$p")
    [[ -n $l ]] || continue
    if [[ $(kv status "$l") == ok ]]; then
      printf '  %-26s %9s ms %9s ms %11s ms %7s MB\n' "$p" "$(kv ready_ms_p50 "$l")" "$(kv ready_ms_max "$l")" \
        "$(kv self_ready_ms_p50 "$l")" "$(num "$(kv rss_kb_max "$l")" 1 1024)"
    else
      printf '  %-26s %s\n' "$p" "$(kv status "$l") $(kv reason "$l")$(kv program "$l")"
    fi
  done
}

detail_tables() {
  local k a p r l
  latency_table
  if grep -q '^RESULT bench=search-' "$results"; then
    echo
    printf '  %-16s %10s %10s %10s %10s %12s %11s\n' "search kind" "app p50" "app p99" "page p99" "raw p99" \
      "app/raw p99" "screen p99"
    for k in $(sed -n 's/^RESULT bench=search-\([^ ]*\) path=app .*/\1/p' "$results" | sort -u); do
      a=$(line_of "search-$k" app); p=$(line_of "search-$k" page); r=$(line_of "search-$k" raw)
      l=$(grep "^RESULT bench=search_page kind=$k " "$results" | tail -1 || true)
      printf '  %-16s %10s %10s %10s %10s %12s %11s  %s\n' "$k" "$(ms "$(kv p50_us "$a")")" \
        "$(ms "$(kv p99_us "$a")")" "$(ms "$(kv p99_us "$p")")" "$(ms "$(kv p99_us "$r")")" \
        "$(ratio "$(kv p99_us "$a")" "$(kv p99_us "$r")")" "$(ms "$(kv p99_us "$l")")" \
        "$(verdict "$(kv p99_us "$a")" '<' 5000)"
    done
    echo "  (app and page: loyalty-bench-search, each < 5 ms p99; screen: loyalty-bench-search-page, < 10 ms p99)"
  fi
  if grep -q '^RESULT bench=reports report=' "$results"; then
    echo
    printf '  %-24s %12s %12s  %s\n' "report" "median" "slowest" "< 200 ms"
    grep '^RESULT bench=reports report=' "$results" | while read -r l; do
      printf '  %-24s %9s ms %9s ms  %s\n' "$(kv report "$l")" "$(kv median_ms "$l")" "$(kv max_ms "$l")" \
        "$(verdict "$(kv max_ms "$l")" '<' 200)"
    done
  fi
  echo
  if grep -q '^RESULT bench=commit_cost kind=' "$results"; then
    printf '  %-8s %-36s %-16s %12s\n' "cost of" "name" "table" "us per sale"
    grep '^RESULT bench=commit_cost kind=' "$results" | while read -r l; do
      printf '  %-8s %-36s %-16s %12s\n' "$(kv kind "$l")" "$(kv name "$l")" "$(kv table "$l")" "$(kv us_per_sale "$l")"
    done
  else
    echo "  cost of each trigger and index per sale: not measured: $(why_not commit commit_cost)"
  fi
  return 0
}
