#!/usr/bin/env bash
# The .deb as `cpack -G DEB` builds it: its dependencies, its files, a desktop entry
# and AppStream metainfo that validate, dpkg installs it (into a root of its own), apt can resolve its
# dependencies, and the installed programs run (in Russian too).
#   check_deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/loyalty-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/loyalty-terminal_*.deb)
fail() { echo "check_deb: $*" >&2; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libqt6widgets6 libqt6charts6 libsqlite3-0; do
  [[ $depends == *"$d"* ]] || fail "Depends lacks $d: $depends"
done
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/loyalty-terminal ./usr/bin/loyalty-cli \
         ./usr/share/applications/org.loyaltyterminal.LoyaltyTerminal.desktop \
         ./usr/share/metainfo/org.loyaltyterminal.LoyaltyTerminal.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/loyalty-terminal.svg \
         ./usr/share/icons/hicolor/48x48/apps/loyalty-terminal.png \
         ./usr/share/icons/hicolor/256x256/apps/loyalty-terminal.png; do
  grep -qxF "$f" <<<"$files" || fail "the package lacks $f"
done
# Installed by dpkg itself, into a root of its own (the machine's packages stay as they are), and
# its dependencies resolved by apt against Debian's archive as an install would (a simulation).
mkdir -p "$work/root/var/lib/dpkg/info" "$work/root/var/lib/dpkg/updates"
touch "$work/root/var/lib/dpkg/status"
dpkg --root="$work/root" --force-depends --force-not-root --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 \
  || { cat "$work/dpkg.log" >&2; fail "dpkg could not install the package"; }
dpkg --root="$work/root" -s loyalty-terminal | grep -qx 'Status: install ok installed' \
  || fail "dpkg does not list the package as installed"
if apt-cache policy libqt6core6 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  apt-get install -s "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt cannot install it"; }
fi
desktop-file-validate "$work/root/usr/share/applications/org.loyaltyterminal.LoyaltyTerminal.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.loyaltyterminal.LoyaltyTerminal.metainfo.xml"
version=$("$work/root/usr/bin/loyalty-cli" --version)
[[ $version == "loyalty-cli "* ]] || fail "loyalty-cli --version printed: $version"
# The translations travel inside the program: a Russian system gets Russian, plural forms and all.
"$work/root/usr/bin/loyalty-cli" --db "$work/demo.sqlite" demo >/dev/null
balance=$(LANG=ru_RU.UTF-8 LC_ALL= LANGUAGE= "$work/root/usr/bin/loyalty-cli" --db "$work/demo.sqlite" \
  balance --card 2000000000015)
[[ $balance == *"90 баллов"* ]] || fail "loyalty-cli in Russian printed: $balance"
echo "check_deb: $(basename "$deb") ok ($version; $balance)"
