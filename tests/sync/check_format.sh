#!/usr/bin/env bash
# The documented batch format is what the terminal writes: a demo shop's batch (every table with rows)
# is checked against docs/sync-format.schema.json with python3-jsonschema.
#   check_format.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/loyalty-sync-format.XXXXXX")
trap 'rm -rf "$work"' EXIT
cli="$build/bin/loyalty-cli"
# Debian's python3 with Debian's python3-jsonschema (scripts/lib/packages.sh installs both).
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$cli" --db "$work/shop.sqlite" demo >/dev/null
# A refund, feedback-free: the demo has sales, stamps, adjustments; one refund adds its lines too.
"$cli" --db "$work/shop.sqlite" --staff Lee --pin 2468 refund --receipt 1 --reason "format check" >/dev/null
"$cli" --db "$work/shop.sqlite" --staff Lee --pin 2468 sync export --out "$work/batch" >/dev/null
"$py" "$src/tests/sync/validate_batch.py" "$src/docs/sync-format.schema.json" "$work/batch"
# A row that breaks the format is caught (the check can fail).
sed -i '1s/"points":[-0-9]*/"points":"many"/' "$work/batch/points_ledger.jsonl"
if "$py" "$src/tests/sync/validate_batch.py" "$src/docs/sync-format.schema.json" "$work/batch" 2>/dev/null; then
  echo "a broken row passed the schema" >&2
  exit 1
fi
echo "format check: ok"
