# The settle benchmark, sourced by run.sh (it uses run.sh's variables: bin, db, out, results, seed,
# commits, startup_timeout, settle_timeout).
#
# loyalty-terminal --db FILE with LOYALTY_EXIT_WHEN_SETTLED=1 (offscreen) prints its ready line, settles
# the expiry backlog (and the rest of its background work) in bounded steps, prints
#   settled_ms=<ms since start> expiry_ms=<ms of expiry alone> lots=<n> members=<n> steps=<n>
#   step_ms_max=<ms> rss_kb_max=<kB>
# and exits (or prints settle_failed=<reason> and exits 1). As soon as it is ready, a second process,
# loyalty-bench-commit, commits sales into the same file: their p99 while the settling steps hold the
# write lock between them. One line goes into the results:
#   RESULT bench=settle status=ok ready_ms=.. settled_ms=.. settle_s=.. lots=.. lots_per_s=.. members=..
#          steps=.. step_ms_max=.. rss_kb_max=.. overlap=full|partial
# (lots_per_s counts the time expiry took, expiry_ms, or from the ready line to the settled line
# with an app that does not print it; overlap=partial when the settling ended
# before the last sale), or status=not_measured reason="..." when the app cannot do it or fails:
# never a wait beyond the time limits.

settle_line() { echo "RESULT bench=settle $*" >> "$results"; }

# Waits (at most startup_timeout seconds) until FILE has a line starting with PREFIX or PID is gone.
wait_for_line() {
  local file="$1" prefix="$2" pid="$3" ticks=$(( startup_timeout * 20 ))
  while (( ticks-- > 0 )); do
    grep -q "^$prefix" "$file" && return 0
    kill -0 "$pid" 2>/dev/null || { grep -q "^$prefix" "$file"; return; }
    sleep 0.05
  done
  return 1
}

settle_bench() {
  local app="$bin/loyalty-terminal" sout="$out/settle.out" serr="$out/settle.err"
  if [[ ! -x $app ]]; then
    settle_line "status=not_measured reason=\"$app is missing\""
    return 0
  fi
  # An app without background settling would settle on its GUI thread and never print the line.
  if ! grep -qa LOYALTY_EXIT_WHEN_SETTLED "$app"; then
    settle_line "status=not_measured reason=\"this loyalty-terminal has no LOYALTY_EXIT_WHEN_SETTLED (background settling not built)\""
    return 0
  fi
  # First the till's own case: sales on the window's connection while a thread of the same process
  # settles (a sale of the process ends the step early), for --commits sales on each side. It
  # settles the first part of the backlog; the GUI below settles the rest.
  local usage
  usage=$("$bin/loyalty-bench-commit" 2>&1 || true)
  if [[ $usage == *--settle-in-process* ]]; then
    "$bin/loyalty-bench-commit" --db "$db" --iterations "$commits" --seed "$(( seed + 2 ))" --fsync-iterations 1 \
      --settle-in-process 1 > "$out/settle-inproc.out" 2> "$out/settle-inproc.err" \
      || log "the in-process commit benchmark while settling failed: $(tail -1 "$out/settle-inproc.err")"
    grep '^RESULT ' "$out/settle-inproc.out" >> "$results" || true
  else
    echo "RESULT bench=commit_settling_inproc status=not_measured reason=\"this loyalty-bench-commit has no --settle-in-process\"" >> "$results"
  fi
  : > "$sout"
  LOYALTY_EXIT_WHEN_SETTLED=1 QT_QPA_PLATFORM=offscreen \
    timeout -k 5 "$settle_timeout" "$app" --db "$db" > "$sout" 2> "$serr" &
  local pid=$!
  if ! wait_for_line "$sout" ready_ms= "$pid"; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    settle_line "status=not_measured reason=\"no ready line within ${startup_timeout} s\""
    return 0
  fi

  local overlap=full crc=0
  "$bin/loyalty-bench-commit" --db "$db" --iterations "$commits" --seed "$(( seed + 1 ))" --fsync-iterations 1 \
    > "$out/settle-commit.out" 2> "$out/settle-commit.err" || crc=$?
  grep -q '^settled_ms=' "$sout" && overlap=partial
  sed -n 's/^RESULT bench=commit /RESULT bench=commit_settling /p' "$out/settle-commit.out" >> "$results"
  (( crc == 0 )) || log "the commit benchmark while settling failed (exit $crc): $(tail -1 "$out/settle-commit.err")"

  local rc=0
  wait "$pid" || rc=$?
  cat "$serr" >&2
  local ready settled failed
  ready=$(sed -n 's/^ready_ms=\([0-9.]*\).*/\1/p' "$sout" | head -1)
  settled=$(grep '^settled_ms=' "$sout" | tail -1 || true)
  failed=$(sed -n 's/^settle_failed=//p' "$sout" | head -1)
  if [[ -n $settled ]]; then
    settle_line "status=ok ready_ms=$ready $(awk -v r="$ready" -v overlap="$overlap" '{
      for (i = 1; i <= NF; ++i) { split($i, kv, "="); v[kv[1]] = kv[2] }
      s = (v["settled_ms"] - r) / 1000.0
      # The rate is the lots over the time expiry itself took (expiry_ms, where the app prints it):
      # the level review, the search statistics and the quick check follow it in settle_s.
      e = ("expiry_ms" in v) ? v["expiry_ms"] / 1000.0 : s
      printf "%s settle_s=%.2f lots_per_s=%.0f overlap=%s", $0, s, (e > 0 ? v["lots"] / e : 0), overlap
    }' <<< "$settled")"
  elif [[ -n $failed ]]; then
    settle_line "status=not_measured reason=\"settle_failed=$failed\""
  elif (( rc == 124 || rc == 137 )); then
    settle_line "status=not_measured reason=\"not settled within ${settle_timeout} s (--settle-timeout)\""
  else
    settle_line "status=not_measured reason=\"the app exited ($rc) without a settled_ms= line\""
  fi
  return 0
}
