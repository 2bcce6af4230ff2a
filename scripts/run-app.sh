#!/usr/bin/env bash
# Installs what the loyalty terminal needs (Debian 12), builds it into build/ and starts it.
#   sudo bash scripts/run-app.sh [APP ARGUMENTS...]     e.g. --db /tmp/shop.sqlite
# The app creates a demo shop on first run in ~/.local/share/loyalty-terminal/loyalty.sqlite.
# Environment: LOYALTY_BUILD_DIR (default build), LOYALTY_CMAKE_ARGS (extra, word-split).
set -euo pipefail

LOYALTY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$LOYALTY_ROOT/scripts/lib/packages.sh"
cd "$LOYALTY_ROOT"

BUILD_DIR=${LOYALTY_BUILD_DIR:-build}
read -r -a EXTRA_CMAKE_ARGS <<<"${LOYALTY_CMAKE_ARGS:-}"

loyalty_ensure_packages app

# Tests off: a test that does not compile this minute must not keep the terminal from starting.
# The build type is chosen only the first time, so a directory you configured yourself keeps its own.
BUILD_TYPE=()
[ -f "$BUILD_DIR/CMakeCache.txt" ] || BUILD_TYPE=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
loyalty_configure "$BUILD_DIR" "${BUILD_TYPE[@]}" -DBUILD_TESTING=OFF "${EXTRA_CMAKE_ARGS[@]}"

echo "==> Building loyalty-terminal and loyalty-cli"
loyalty_as_invoker cmake --build "$BUILD_DIR" --target loyalty-terminal loyalty-cli

APP="$BUILD_DIR/bin/loyalty-terminal"
if [ ! -x "$APP" ]; then
  echo "error: the build did not produce $APP" >&2
  exit 1
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<EOF

The terminal is built ($APP), but there is no screen to show it on:
neither DISPLAY nor WAYLAND_DISPLAY is set (an ssh session, a container, a CI job).
  - On a desktop, run this script from a terminal window of your session.
  - Over ssh, forward X:               ssh -X host, then run this script again.
  - In a virtual X server:             apt-get install -y xvfb xauth
                                       xvfb-run -a -s "-screen 0 1366x768x24" bash scripts/run-app.sh
  - Without any window (smoke test):   QT_QPA_PLATFORM=offscreen bash scripts/run-app.sh
  - The same shop, headless:           $BUILD_DIR/bin/loyalty-cli --help
EOF
  exit 2
fi

echo "==> Starting $APP $*"
loyalty_invoker_prefix
if [ "$(id -u)" -eq 0 ] && [ ${#LOYALTY_AS_INVOKER[@]} -eq 0 ] && [[ " $* " != *" --db"* ]]; then
  echo "    (running as root: the database is /root/.local/share/loyalty-terminal/loyalty.sqlite)"
fi
exec "${LOYALTY_AS_INVOKER[@]}" "$APP" --demo "$@"
