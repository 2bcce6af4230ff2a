#!/usr/bin/env bash
# The benchmark harness's smoke test (CTest label "bench"): every step of run.sh at a tiny size, with a
# handful of iterations, on a settled file and on one with its whole expiry backlog, plus the
# generator's determinism and the soundness of what it makes. It checks that the harness runs and that
# the data is sound; it never asserts a timing, and a benchmark a build does not have yet (a RESULT
# line missing) is "not measured" in the table, not a failure.
#   smoke.sh BUILD_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$1"
bin="$build/bin"
work="$(mktemp -d "${TMPDIR:-/tmp}/loyalty-bench-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke: $*" >&2; exit 1; }
q() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$@"; }

# The whole harness, both ways: 2,000 members / 10,000 sales, each benchmark a few times,
# loyalty-cli check at the end. The GUI steps run once each with short time limits. The settled file
# ends today, so that the app finds nothing to settle in it.
small=(--build "$build" --members 2000 --sales 10000 --seed 7 --lookups 200 --commits 10
       --costs 3 --fsyncs 10 --startup-runs 1 --startup-timeout 10 --settle-timeout 20 --report-runs 1
       --searches 10 --quotes 10 --check)
"$here/run.sh" "${small[@]}" --today "$(date -u +%F)" --out "$work/settled" > "$work/table.txt"
cat "$work/table.txt"
# The backlog path: the GUI on the backlog file, the settling with sales beside it, the check; what
# does not depend on the backlog ran above. Its data ends on 2025-01-01, so every lot has expired by
# the app's clock: the whole wall.
"$here/run.sh" "${small[@]}" --today 2025-01-01 --out "$work/backlog" --backlog \
  --skip lookup,startup,reports,search,quote \
  > "$work/table-backlog.txt"
cat "$work/table-backlog.txt"
for what in "bench=generate" "bench=lookup path=app" "bench=lookup path=raw" "bench=commit path=app" \
            "bench=commit path=raw" "bench=fsync path=overwrite" "bench=startup path=raw status=ok" \
            "bench=startup path=app-layer status=ok"; do
  grep -q "^RESULT $what" "$work/settled"/results-*.txt || fail "no '$what' result"
done
for what in "bench=generate" "bench=commit path=app" "bench=startup path=gui-backlog"; do
  grep -q "^RESULT $what" "$work/backlog"/results-*.txt || fail "no '$what' result (backlog)"
done
for tool in reports:"bench=reports report=" search:"bench=search-" quote:"bench=quote50 path=app"; do
  [[ -x "$bin/loyalty-bench-${tool%%:*}" ]] || continue
  grep -q "^RESULT ${tool#*:}" "$work/settled"/results-*.txt || fail "no '${tool#*:}' result"
done
grep -q "^RESULT bench=settle " "$work/backlog"/results-*.txt || fail "the backlog run has no settle line"
grep -q "settling the backlog" "$work/table-backlog.txt" || fail "the backlog table has no settling row"
grep -q "expiry settled" "$work/table.txt" || fail "the settled file does not say so"
grep -q "expiry backlog (" "$work/table-backlog.txt" || fail "the backlog file does not say so"
for t in table table-backlog; do
  grep -q "loyalty-cli check: passed" "$work/$t.txt" || fail "loyalty-cli check did not pass ($t)"
done

# Determinism: the same seed and day give the same content; another seed or another day another.
gen() { "$bin/loyalty-bench-generate" --members 2000 --sales 10000 "$@" > /dev/null 2>&1; }
sum() { "$bin/loyalty-bench-generate" --db "$1" --checksum | sed -n 's/^checksum=\([0-9a-f]*\).*/\1/p'; }
gen --db "$work/a.db" --seed 7 --today 2025-01-01
gen --db "$work/b.db" --seed 7 --today 2025-01-01
gen --db "$work/c.db" --seed 8 --today 2025-01-01
gen --db "$work/d.db" --seed 7 --today 2025-01-02
a=$(sum "$work/a.db"); b=$(sum "$work/b.db"); c=$(sum "$work/c.db"); d=$(sum "$work/d.db")
echo "checksums: seed 7 on 2025-01-01: $a, again: $b; seed 8: $c; seed 7 a day later: $d"
[[ -n "$a" && "$a" == "$b" ]] || fail "the same seed and day gave different content"
[[ "$a" != "$c" ]] || fail "different seeds gave the same content"
[[ "$a" != "$d" ]] || fail "different days gave the same content"
# The known card numbers: member i has card makeEan13("2", i); member 2000's is 2000000020006.
"$bin/loyalty-bench-startup" probe --db "$work/a.db" --card 2000000020006 > /dev/null

# The settled file is what the app's own expiry leaves: made for today, `loyalty-cli expire` finds
# nothing more to settle there, and settles the backlog file of the same seed and day into the same
# balances. Both pass `loyalty-cli check` as generated.
[[ $(date -u +%H%M) == 2359 ]] && sleep 61 # not across midnight
now=$(date -u +%F)
gen --db "$work/settled.db" --seed 7 --today "$now"
gen --db "$work/backlog.db" --seed 7 --today "$now" --expiry-backlog
for f in settled backlog; do
  "$bin/loyalty-cli" --db "$work/$f.db" check > /dev/null || fail "loyalty-cli check failed on the $f file"
done
[[ $(q "$work/settled.db" "SELECT value FROM settings WHERE key = 'expiry.done_through'") == "$now" ]] ||
  fail "the settled file's expiry.done_through is not $now"
[[ $(q "$work/backlog.db" "SELECT count(*) FROM settings WHERE key = 'expiry.done_through'") == 0 ]] ||
  fail "the backlog file has an expiry.done_through"
lots=$(q "$work/backlog.db" "SELECT count(*) FROM points_ledger WHERE kind = 'earn' AND expires_on < '$now'")
(( lots > 0 )) || fail "the backlog file has no expired lots"
[[ $(q "$work/backlog.db" "SELECT count(*) FROM points_allocations") == 0 ]] || fail "the backlog is settled"
[[ $(q "$work/settled.db" "SELECT count(*) FROM points_allocations") == "$lots" ]] ||
  fail "the settled file does not settle each of the $lots expired lots once"
before=$(q "$work/settled.db" "SELECT count(*) FROM points_ledger")
TZ=UTC "$bin/loyalty-cli" --db "$work/settled.db" expire > /dev/null 2>&1 || fail "loyalty-cli expire failed"
[[ $(q "$work/settled.db" "SELECT count(*) FROM points_ledger") == "$before" ]] ||
  fail "loyalty-cli expire found more to settle in the settled file"
TZ=UTC "$bin/loyalty-cli" --db "$work/backlog.db" expire > /dev/null 2>&1 || fail "loyalty-cli expire failed"
differ=$(python3 - "$work/settled.db" "$work/backlog.db" <<'EOF'
import sqlite3, sys
s = sqlite3.connect(sys.argv[1])
s.execute("ATTACH ? AS b", (sys.argv[2],))
print(s.execute("SELECT count(*) FROM members m JOIN b.members n USING (id) "
                "WHERE m.points_balance <> n.points_balance").fetchone()[0])
EOF
)
[[ $differ == 0 ]] || fail "$differ members' balances differ between the settled file and the backlog settled by the app"
"$bin/loyalty-cli" --db "$work/backlog.db" check > /dev/null || fail "loyalty-cli check failed after expire"
echo "smoke: ok"
