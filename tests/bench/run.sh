#!/usr/bin/env bash
# Runs the benchmark harness against an existing build and prints one table of every target.
#
#   tests/bench/run.sh [--members N] [--sales M] [--seed S] [--today YYYY-MM-DD] [--backlog]
#                      [--out DIR] [--build DIR] [--reuse] [--check] [--no-gui] [--skip LIST]
#                      [--lookups N] [--commits N] [--costs K] [--fsyncs N] [--startup-runs N] [--startup-timeout S]
#                      [--settle-timeout S] [--report-runs N] [--searches N] [--quotes N]
#
# Builds nothing: configure and build first (docs/benchmarks.md), e.g.
#   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-bench
#   tests/bench/run.sh --build build-bench --backlog
# Defaults: 1,000,000 members / 10,000,000 sales ending yesterday (--today: the generator's clock),
# data in /tmp/loyalty-bench, the build in <repository>/build. The file's expired lots are settled as a
# till open every day would have settled them; --backlog generates them unsettled instead
# (bench-...-backlog.db) and first measures the GUI's start-up on that file and the background
# settling, with sales committed while it settles; every later benchmark then runs on the file it
# settled. --reuse keeps an existing file of the same size, seed and mode (a backlog file only until
# a run has opened it). --skip takes a comma list of: lookup,startup,gui,settle,commit,reports,search,
# quote (--no-gui = gui,settle). Nothing here asserts a timing: the table says which targets were met,
# the exit code only says whether every step ran (and, with --check, whether loyalty-cli check passed).
set -euo pipefail
export QT_QPA_PLATFORM=offscreen # the GUI steps and the on-screen search page, without a display

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
members=1000000
sales=10000000
seed=1
today=""
backlog=0
out=/tmp/loyalty-bench
build="$(cd "$here/../.." && pwd)/build"
lookups=100000
commits=2000
costs=500
fsyncs=1000
startup_runs=5
startup_timeout=30
settle_timeout=1800
report_runs=3
searches=1000
quotes=5000
reuse=0
check=0
skip=","

while [[ $# -gt 0 ]]; do
  case "$1" in
    --members) members="$2"; shift 2 ;;
    --sales) sales="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --today) today="$2"; shift 2 ;;
    --backlog) backlog=1; shift ;;
    --out) out="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --lookups) lookups="$2"; shift 2 ;;
    --commits) commits="$2"; shift 2 ;;
    --costs) costs="$2"; shift 2 ;;
    --fsyncs) fsyncs="$2"; shift 2 ;;
    --startup-runs) startup_runs="$2"; shift 2 ;;
    --startup-timeout) startup_timeout="$2"; shift 2 ;;
    --settle-timeout) settle_timeout="$2"; shift 2 ;;
    --report-runs) report_runs="$2"; shift 2 ;;
    --searches) searches="$2"; shift 2 ;;
    --quotes) quotes="$2"; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --check) check=1; shift ;;
    --no-gui) skip+="gui,settle,"; shift ;;
    --skip) skip+="$2,"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
wants() { [[ $skip != *",$1,"* ]]; }

bin="$(cd "$build" 2>/dev/null && pwd)/bin" || { echo "run.sh: no build directory $build" >&2; exit 2; }
for tool in loyalty-bench-generate loyalty-bench-lookup loyalty-bench-commit loyalty-bench-startup \
            loyalty-bench-startup-app; do
  [[ -x "$bin/$tool" ]] || { echo "run.sh: $bin/$tool is missing: build the project first" >&2; exit 2; }
done

mkdir -p "$out"
mode=""; [[ $backlog -eq 1 ]] && mode="-backlog"
db="$out/bench-$members-$sales-s$seed$mode.db"
results="$out/results-$members-$sales-s$seed$mode.txt"
: > "$results"
started=$(date +%s.%N)
log() { echo "== [$(awk -v t="$started" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f s", n - t }')] $*" >&2; }
# Runs a step, keeping its RESULT lines; the step's other output goes to stderr.
step() {
  local rc=0
  "$@" > "$out/step.out" || rc=$?
  grep '^RESULT ' "$out/step.out" >> "$results" || true
  grep -v '^RESULT ' "$out/step.out" >&2 || true
  return $rc
}
# A step whose failure is reported in the table rather than ending the run.
try_step() { step "$@" || { log "$1 failed (exit $?)"; echo "RESULT bench=failed tool=${1##*/}" >> "$results"; }; }
have() { [[ -x "$bin/$1" ]]; }
note() { echo "RESULT bench=$1 status=not_measured reason=\"$2\"" >> "$results"; }
# bench_tool NAME TOOL WHAT ARGS...: a benchmark this build may not have yet ("not measured" then).
bench_tool() {
  local name="$1" tool="$2" what="$3"
  shift 3
  if have "$tool"; then
    log "$what"
    try_step "$bin/$tool" "$@"
  else
    note "$name" "$tool is not built"
  fi
}

# --- the file ----------------------------------------------------------------------------------
# Roughly 1.2 kB per sale with the backlog, 1.4 kB settled (2.4 and 2.8 GB at 200k / 2M), and a little
# more for the sales the benchmarks add; refuse to start what cannot finish.
need_mb=$(( (sales * 1500 + members * 600) / 1048576 + 64 ))
avail_mb=$(df -Pm "$out" | awk 'NR==2 {print $4}')
if [[ -f "$db" && $reuse -eq 1 && $backlog -eq 1 && -f "$db.opened" ]]; then
  log "$db was opened by an earlier run (its backlog is settled): generating it again"
  reuse=0
fi
if [[ ! -f "$db" || $reuse -eq 0 ]] && (( avail_mb < need_mb )); then
  echo "run.sh: $out has ${avail_mb} MB free, the data set needs about ${need_mb} MB" >&2
  exit 2
fi
if [[ -f "$db" && $reuse -eq 1 ]]; then
  log "reusing $db"
  [[ -f "$db.gen" ]] && cat "$db.gen" >> "$results"
else
  log "generating $members members / $sales sales (seed $seed${today:+, today $today}${mode:+, expiry backlog}) into $db"
  rm -f "$db.opened" "$db.gen"
  gen_args=(--db "$db" --members "$members" --sales "$sales" --seed "$seed" --force)
  [[ -n $today ]] && gen_args+=(--today "$today")
  [[ $backlog -eq 1 ]] && gen_args+=(--expiry-backlog)
  step "$bin/loyalty-bench-generate" "${gen_args[@]}"
  grep '^RESULT bench=generate ' "$results" > "$db.gen" || true
fi
touch "$db.opened"

# --- start-up and settling ---------------------------------------------------------------------
gui_launch() { # gui_launch LABEL: the GUI to its sale/login page, offscreen, startup_runs times
  step "$bin/loyalty-bench-startup" launch --label "$1" --runs "$startup_runs" \
    --timeout-s "$startup_timeout" -- "$bin/loyalty-terminal" --db "$db" || true
}

if [[ $backlog -eq 1 ]] && wants gui; then
  log "start-up: the GUI on the file with its whole expiry backlog"
  gui_launch gui-backlog
fi
if [[ $backlog -eq 1 ]] && wants settle; then
  log "settling the backlog in the background while sales commit"
  # shellcheck source=settle.sh
  source "$here/settle.sh"
  settle_bench
elif wants settle; then
  note settle "the file has no backlog (run with --backlog)"
fi

if wants lookup; then
  log "card lookup: $lookups lookups on each side"
  try_step "$bin/loyalty-bench-lookup" --db "$db" --iterations "$lookups" --seed "$seed"
fi

if wants startup; then
  card=2000000000015 # member 1's card, in every generated file
  log "start-up: raw open + one lookup"
  step "$bin/loyalty-bench-startup" launch --label raw --runs "$startup_runs" --timeout-s "$startup_timeout" -- \
    "$bin/loyalty-bench-startup" probe --db "$db" --card "$card" || true
  log "start-up: the app's layer (Database::open, terminal, program, findByCard)"
  step "$bin/loyalty-bench-startup" launch --label app-layer --runs "$startup_runs" --timeout-s "$startup_timeout" -- \
    "$bin/loyalty-bench-startup-app" --db "$db" --card "$card" || true
fi
if wants gui; then
  log "start-up: the GUI, offscreen, to the sale page"
  gui_launch gui
fi

if wants commit; then
  log "durable sale commit: $commits sales on each side; fsync: $fsyncs rounds"
  commit_args=(--db "$db" --iterations "$commits" --seed "$seed" --fsync-iterations "$fsyncs")
  # The cost of each trigger and index per sale, where this build's commit benchmark measures it.
  usage=$("$bin/loyalty-bench-commit" 2>&1 || true)
  if [[ $usage == *--costs* ]]; then
    commit_args+=(--costs "$costs")
  else
    note commit_cost "this loyalty-bench-commit has no --costs"
  fi
  try_step "$bin/loyalty-bench-commit" "${commit_args[@]}"
fi
if wants reports; then
  bench_tool reports loyalty-bench-reports "reports: every dashboard report, $report_runs runs each" \
    --db "$db" --runs "$report_runs"
fi
if wants search; then
  bench_tool search loyalty-bench-search "member search: $searches queries of each kind on each side" \
    --db "$db" --iterations "$searches" --seed "$seed"
  bench_tool search_page loyalty-bench-search-page "member search: the page of results on screen" \
    --db "$db" --iterations "$searches" --seed "$seed"
fi
# Last: the quote benchmark publishes a café program into the file.
if wants quote; then
  bench_tool quote loyalty-bench-quote "quote: a 50-line cart, $quotes times" \
    --db "$db" --iterations "$quotes" --seed "$seed"
fi

check_status="not run (--check)"
if [[ $check -eq 1 ]]; then
  log "loyalty-cli check"
  if [[ -x "$bin/loyalty-cli" ]] && "$bin/loyalty-cli" --db "$db" check >&2; then
    check_status="passed"
  else
    check_status="FAILED"
  fi
fi

# shellcheck source=table.sh
source "$here/table.sh"
print_table
echo
echo "raw results: $results"
[[ $check_status != FAILED ]] && ! grep -q '^RESULT bench=failed' "$results"
