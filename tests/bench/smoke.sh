#!/usr/bin/env bash
# The benchmark harness's smoke test (CTest label "bench"): every step of run.sh at a tiny size, with a
# handful of iterations, plus the generator's determinism. It checks that the harness runs and that the
# data it makes is sound; it never asserts a timing.
#   smoke.sh BUILD_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$1"
bin="$build/bin"
work="$(mktemp -d "${TMPDIR:-/tmp}/loyalty-bench-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The whole harness: generate 2,000 members / 10,000 sales, each benchmark a few times, loyalty-cli check.
# The GUI start-up step runs once if the app is built, with a short time limit; its absence is reported,
# not failed.
"$here/run.sh" --build "$build" --out "$work" --members 2000 --sales 10000 --seed 7 \
  --lookups 200 --commits 10 --fsyncs 10 --startup-runs 1 --startup-timeout 10 --check > "$work/table.txt"
cat "$work/table.txt"
for what in "bench=generate" "bench=lookup path=app" "bench=lookup path=raw" "bench=commit path=app" \
            "bench=commit path=raw" "bench=fsync path=overwrite" "bench=startup path=raw status=ok" \
            "bench=startup path=app-layer status=ok"; do
  grep -q "^RESULT $what" "$work"/results-*.txt || { echo "smoke: no '$what' result" >&2; exit 1; }
done
grep -q "loyalty-cli check: passed" "$work/table.txt" || { echo "smoke: loyalty-cli check did not pass" >&2; exit 1; }

# Determinism: the same seed gives the same content, another seed another.
sum() { "$bin/loyalty-bench-generate" --db "$1" --checksum | sed -n 's/^checksum=\([0-9a-f]*\).*/\1/p'; }
"$bin/loyalty-bench-generate" --db "$work/a.db" --members 2000 --sales 10000 --seed 7 > /dev/null 2>&1
"$bin/loyalty-bench-generate" --db "$work/b.db" --members 2000 --sales 10000 --seed 7 > /dev/null 2>&1
"$bin/loyalty-bench-generate" --db "$work/c.db" --members 2000 --sales 10000 --seed 8 > /dev/null 2>&1
a=$(sum "$work/a.db"); b=$(sum "$work/b.db"); c=$(sum "$work/c.db")
echo "checksums: seed 7: $a, again: $b; seed 8: $c"
[[ -n "$a" && "$a" == "$b" ]] || { echo "smoke: the same seed gave different content" >&2; exit 1; }
[[ "$a" != "$c" ]] || { echo "smoke: different seeds gave the same content" >&2; exit 1; }
# The known card numbers: member i has card makeEan13("2", i); member 2000's is 2000000020006.
"$bin/loyalty-bench-startup" probe --db "$work/a.db" --card 2000000020006 > /dev/null
echo "smoke: ok"
