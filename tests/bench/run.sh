#!/usr/bin/env bash
# Runs the benchmark harness against an existing build and prints a results table.
#
#   tests/bench/run.sh [--members N] [--sales M] [--seed S] [--out DIR] [--build DIR]
#                      [--lookups N] [--commits N] [--fsyncs N] [--startup-runs N] [--startup-timeout S]
#                      [--reuse] [--check] [--no-gui]
#
# Builds nothing: configure and build first (docs/benchmarks.md), e.g.
#   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-bench
#   tests/bench/run.sh --build build-bench
# Defaults: 1,000,000 members / 10,000,000 sales, data in /tmp/loyalty-bench (about 8 GB at full size),
# the build in <repository>/build. --reuse keeps an existing generated file of the same size and seed
# (the commit benchmark adds a few thousand sales to it each run; they are consistent).
# Nothing here asserts a timing: the table says which targets were met, the exit code only says whether
# every step ran.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
members=1000000
sales=10000000
seed=1
out=/tmp/loyalty-bench
build="$(cd "$here/../.." && pwd)/build"
lookups=100000
commits=2000
fsyncs=1000
startup_runs=5
startup_timeout=30
reuse=0
check=0
gui=1

while [[ $# -gt 0 ]]; do
  case "$1" in
    --members) members="$2"; shift 2 ;;
    --sales) sales="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --lookups) lookups="$2"; shift 2 ;;
    --commits) commits="$2"; shift 2 ;;
    --fsyncs) fsyncs="$2"; shift 2 ;;
    --startup-runs) startup_runs="$2"; shift 2 ;;
    --startup-timeout) startup_timeout="$2"; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --check) check=1; shift ;;
    --no-gui) gui=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

bin="$(cd "$build" 2>/dev/null && pwd)/bin" || { echo "run.sh: no build directory $build" >&2; exit 2; }
for tool in loyalty-bench-generate loyalty-bench-lookup loyalty-bench-commit loyalty-bench-startup \
            loyalty-bench-startup-app; do
  [[ -x "$bin/$tool" ]] || { echo "run.sh: $bin/$tool is missing: build the project first" >&2; exit 2; }
done

mkdir -p "$out"
db="$out/bench-$members-$sales-s$seed.db"
results="$out/results-$members-$sales-s$seed.txt"
: > "$results"
log() { echo "== $*" >&2; }
# Runs a step, keeping its RESULT lines; the step's other output goes to stderr.
step() {
  local rc=0
  "$@" > "$out/step.out" || rc=$?
  grep '^RESULT ' "$out/step.out" >> "$results" || true
  grep -v '^RESULT ' "$out/step.out" >&2 || true
  return $rc
}

# Roughly 0.85 kB per sale at full size; refuse to start what cannot finish.
need_mb=$(( (sales * 850 + members * 600) / 1048576 + 64 ))
avail_mb=$(df -Pm "$out" | awk 'NR==2 {print $4}')
if [[ ! -f "$db" || $reuse -eq 0 ]] && (( avail_mb < need_mb )); then
  echo "run.sh: $out has ${avail_mb} MB free, the data set needs about ${need_mb} MB" >&2
  exit 2
fi

if [[ -f "$db" && $reuse -eq 1 ]]; then
  log "reusing $db"
else
  log "generating $members members / $sales sales (seed $seed) into $db"
  step "$bin/loyalty-bench-generate" --db "$db" --members "$members" --sales "$sales" --seed "$seed" --force
fi

log "card lookup: $lookups lookups on each side"
step "$bin/loyalty-bench-lookup" --db "$db" --iterations "$lookups" --seed "$seed"

# Start-up: a card that exists in any generated file (member 1).
card=$("$bin/loyalty-bench-startup" probe --db "$db" --card 2000000000015 >/dev/null && echo 2000000000015)
gui_status="not run (--no-gui)"
log "start-up: raw open + one lookup"
step "$bin/loyalty-bench-startup" launch --label raw --runs "$startup_runs" --timeout-s "$startup_timeout" -- \
  "$bin/loyalty-bench-startup" probe --db "$db" --card "$card"
log "start-up: the app's layer (Database::open, terminal, program, findByCard)"
step "$bin/loyalty-bench-startup" launch --label app-layer --runs "$startup_runs" --timeout-s "$startup_timeout" -- \
  "$bin/loyalty-bench-startup-app" --db "$db" --card "$card"
if [[ $gui -eq 1 ]]; then
  log "start-up: the GUI, offscreen, to the sale page"
  if QT_QPA_PLATFORM=offscreen step "$bin/loyalty-bench-startup" launch --label gui --runs "$startup_runs" \
       --timeout-s "$startup_timeout" -- "$bin/loyalty-terminal" --db "$db"; then
    gui_status="ok"
  else
    gui_status="not measured: $bin/loyalty-terminal is missing or did not report ready (see above)"
  fi
fi

log "durable sale commit: $commits sales on each side; fsync: $fsyncs rounds"
step "$bin/loyalty-bench-commit" --db "$db" --iterations "$commits" --seed "$seed" --fsync-iterations "$fsyncs"

check_status="not run (--check)"
if [[ $check -eq 1 ]]; then
  log "loyalty-cli check"
  if [[ -x "$bin/loyalty-cli" ]] && "$bin/loyalty-cli" --db "$db" check >&2; then
    check_status="passed"
  else
    check_status="FAILED"
  fi
fi

# --- the table -------------------------------------------------------------------------------
kv() { # kv KEY LINE -> value
  local key="$1" line="$2"
  sed -n "s/.* $key=\([^ ]*\).*/\1/p" <<< " $line"
}
line_of() { grep -E "^RESULT bench=$1 path=$2( |$)" "$results" | tail -1 || true; }
met() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { if (a == "") { print "?"; exit }
  ok = (op == "<" ? a + 0 < b + 0 : a + 0 <= b + 0); print (ok ? "met" : "MISSED") }'; }

file_mb=$(du -m "$db" | awk '{print $1}')
echo
echo "Loyalty terminal benchmarks: $members members, $sales sales, seed $seed; $(nproc) CPUs; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "database: $db (${file_mb} MB)"
gen=$(line_of generate -)
if [[ -n "$gen" ]]; then
  echo "generated in $(kv seconds "$gen") s: $(kv members "$gen") members, $(kv cards "$gen") cards, $(kv sales "$gen") sales, $(kv lines "$gen") lines, $(kv ledger "$gen") ledger entries"
fi
echo
printf '%-26s %9s %10s %10s %10s  %-22s\n' "benchmark" "n" "p50 (us)" "p99 (us)" "mean (us)" "app / raw (p50, p99)"
for bench in lookup commit; do
  ratio=$(line_of "$bench" ratio)
  for path in app raw; do
    l=$(line_of "$bench" "$path")
    [[ -n "$l" ]] || continue
    r=""
    [[ $path == app ]] && r="$(kv ratio_p50 "$ratio")x, $(kv ratio_p99 "$ratio")x"
    printf '%-26s %9s %10s %10s %10s  %-22s\n' "$bench ($path)" "$(kv n "$l")" "$(kv p50_us "$l")" \
      "$(kv p99_us "$l")" "$(kv mean_us "$l")" "$r"
  done
done
for path in overwrite append; do
  l=$(line_of fsync "$path")
  [[ -n "$l" ]] && printf '%-26s %9s %10s %10s %10s\n' "fsync 4 KiB ($path)" "$(kv n "$l")" "$(kv p50_us "$l")" \
    "$(kv p99_us "$l")" "$(kv mean_us "$l")"
done
echo
printf '%-26s %12s %12s %14s %12s\n' "start-up (external)" "ready p50" "ready max" "self-reported" "RSS p50"
for path in raw app-layer gui; do
  l=$(line_of startup "$path")
  [[ -n "$l" ]] || continue
  if [[ $(kv status "$l") == ok ]]; then
    printf '%-26s %9s ms %9s ms %11s ms %9s MB\n' "$path" "$(kv ready_ms_p50 "$l")" "$(kv ready_ms_max "$l")" \
      "$(kv self_ready_ms_p50 "$l")" "$(awk -v k="$(kv rss_kb_p50 "$l")" 'BEGIN { printf "%.1f", k / 1024 }')"
  else
    printf '%-26s %s\n' "$path" "$(kv status "$l") $(sed -n 's/.*\(reason=.*\|program=.*\)/\1/p' <<< "$l")"
  fi
done
echo "GUI start-up: $gui_status"
echo "loyalty-cli check: $check_status"

lk=$(line_of lookup app); lr=$(line_of lookup ratio); ca=$(line_of commit app); gu=$(line_of startup gui)
echo
echo "targets (measured, not asserted):"
echo "  card lookup app/raw p50 <= 1.5x ......... $(met "$(kv ratio_p50 "$lr")" '<=' 1.5) ($(kv ratio_p50 "$lr")x)"
echo "  card lookup app p99 < 100 us ............ $(met "$(kv p99_us "$lk")" '<' 100) ($(kv p99_us "$lk") us)"
echo "  sale commit app p50 < 2 ms .............. $(met "$(kv p50_us "$ca")" '<' 2000) ($(kv p50_us "$ca") us)"
echo "  sale commit app p99 < 10 ms ............. $(met "$(kv p99_us "$ca")" '<' 10000) ($(kv p99_us "$ca") us)"
if [[ $(kv status "$gu") == ok ]]; then
  echo "  GUI start-up < 1000 ms .................. $(met "$(kv ready_ms_p50 "$gu")" '<' 1000) ($(kv ready_ms_p50 "$gu") ms)"
  echo "  GUI RSS < 150 MB ........................ $(met "$(kv rss_kb_max "$gu")" '<' 153600) ($(kv rss_kb_max "$gu") kB)"
else
  echo "  GUI start-up < 1000 ms, RSS < 150 MB .... not measured"
fi
echo
echo "raw results: $results"
[[ $check_status != FAILED ]]
