#!/bin/bash
# Brings resources/translations/*.ts up to date with the strings in the sources (lupdate), keeping
# what is translated. English is the source language: its file holds only the plural forms.
#   scripts/update-translations.sh [--check]
# --check writes to a temporary copy and fails when any language has an unfinished entry there,
# that is, a string in the sources that is not translated yet (tests/i18n runs it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
languages=(ru bg uk zh_CN)
sources=("$root/app" "$root/ui" "$root/db")
out=$root/resources/translations
if [[ ${1:-} == --check ]]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  cp "$root"/resources/translations/*.ts "$out"/
fi
common=(-extensions cpp,h -locations none -no-obsolete -silent)
for lang in "${languages[@]}"; do
  "$lupdate" "${common[@]}" "${sources[@]}" -target-language "$lang" -ts "$out/loyalty_$lang.ts"
done
"$lupdate" "${common[@]}" -pluralonly "${sources[@]}" -target-language en -ts "$out/loyalty_en.ts"
if [[ ${1:-} == --check ]]; then
  python3 "$root/tests/i18n/check_ts.py" "$out"/loyalty_*.ts
fi
