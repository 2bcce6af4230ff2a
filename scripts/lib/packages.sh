# shellcheck shell=bash
# The Debian 12 packages the loyalty terminal needs, and how they get installed: the one place
# that knows either. Sourced by scripts/run-app.sh and scripts/run-tests.sh; sets no shell options.
#
#   loyalty_packages app|test      print the packages for running the app / for building and testing
#   loyalty_ensure_packages app|test
#                                  install whatever of them is missing (as root); when dpkg already
#                                  has every one of them, apt-get is not run at all
#
# Checked against Debian 12 (bookworm): Qt 6.4.2, CMake 3.25.1, g++ 12.2, SQLite 3.40.1.

LOYALTY_ROOT=${LOYALTY_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

# To build anything: the compiler, CMake + Ninja, Qt (Core, Gui, Widgets, Sql, Test, PrintSupport are
# all in qt6-base-dev), and the system SQLite (the benchmarks and the db layer link it directly).
# The SQLite driver of QtSql is a plugin loaded at run time, so nothing else would pull it in.
LOYALTY_BUILD_PACKAGES=(g++ cmake ninja-build qt6-base-dev libqt6sql6-sqlite libsqlite3-dev)
# The format check that run-tests.sh runs before the tests (clang-format 14 in Debian 12), and
# python3 for the size check of the sources (scripts/check-sizes.py, CTest's tst_sizes).
LOYALTY_TEST_TOOL_PACKAGES=(clang-format python3)

# To show the demo shop on a screen: a Latin/Cyrillic font (fontconfig pulls it too, named for clarity)
# and a small CJK font, or the demo member 王芳 is drawn as empty boxes.
# Qt's own translations: OK, Cancel and the file dialogs in the terminal's languages.
LOYALTY_APP_PACKAGES=(fonts-dejavu-core fonts-wqy-microhei qt6-translations-l10n)

# Groups that count only once the source tree uses them, so that a fresh machine gets what the
# current tree needs and no more. Each entry: WHERE|PACKAGES|REGEX, the REGEX (grep -E, may itself
# contain |) searched in WHERE (see _loyalty_group_used).
#   Qt Charts' CMake config fails without the OpenGL dev package.
#   qt_add_translations needs Qt6LinguistTools (qt6-tools-dev) and lrelease/lupdate (qt6-l10n-tools).
#   The PostgreSQL driver of QtSql is a run-time plugin, like the SQLite one.
LOYALTY_OPTIONAL_BUILD_GROUPS=(
  'cmake|qt6-charts-dev libqt6opengl6-dev|(^|[^[:alnum:]_])Charts([^[:alnum:]_]|$)'
  'cmake|qt6-tools-dev qt6-l10n-tools|LinguistTools|qt_add_translations|qt6_add_translations|qt_add_lupdate|qt_add_lrelease'
  'sources|libqt6sql6-psql|QPSQL'
)
# Tools that only tests call: a real X server for screenshots, PDF rendering, a throwaway
# PostgreSQL server, the sqlite3 shell, a JSON Schema validator for the sync format, and what
# builds and checks the .deb (dpkg-shlibdeps, appstreamcli, desktop-file-validate).
LOYALTY_OPTIONAL_TEST_GROUPS=(
  'tests|xvfb xauth xdotool imagemagick|xvfb-run|Xvfb|xdotool'
  'tests|poppler-utils|pdftoppm|pdftotext|pdfinfo'
  'tests|postgresql libqt6sql6-psql|initdb|pg_ctl|postgresql/15'
  'test-scripts|sqlite3|(^|[^[:alnum:]_:])sqlite3([^[:alnum:]_.]|$)'
  'test-scripts|python3 python3-jsonschema|import jsonschema'
  'tests|dpkg-dev appstream desktop-file-utils|appstreamcli|desktop-file-validate|cpack -G DEB'
)

# _loyalty_group_used REGEX WHERE: does the tree use this group?
_loyalty_group_used() {
  local regex=$1 where=$2
  case $where in
    cmake)
      grep -rEqs --include=CMakeLists.txt --include='*.cmake' -- "$regex" \
        "$LOYALTY_ROOT/CMakeLists.txt" "$LOYALTY_ROOT/app" "$LOYALTY_ROOT/ui" "$LOYALTY_ROOT/db" \
        "$LOYALTY_ROOT/resources" "$LOYALTY_ROOT/packaging" "$LOYALTY_ROOT/tests" ;;
    sources)
      grep -rEqs --include=CMakeLists.txt --include='*.cmake' --include='*.cpp' --include='*.h' -- "$regex" \
        "$LOYALTY_ROOT/CMakeLists.txt" "$LOYALTY_ROOT/app" "$LOYALTY_ROOT/ui" "$LOYALTY_ROOT/db" ;;
    tests)
      grep -rEqs --exclude-dir=data -- "$regex" "$LOYALTY_ROOT/tests" ;;
    test-scripts)
      # Programs run by CMake or a script, not C++ sources (those use the sqlite3 library).
      grep -rEqs --include=CMakeLists.txt --include='*.cmake' --include='*.sh' --include='*.py' -- "$regex" \
        "$LOYALTY_ROOT/tests" ;;
    *) return 1 ;;
  esac
}

# _loyalty_groups GROUP...: print the packages of every group the tree uses, one a line.
_loyalty_groups() {
  local group rest where regex
  local -a packages
  for group in "$@"; do
    where=${group%%|*}
    rest=${group#*|}
    read -r -a packages <<<"${rest%%|*}"
    regex=${rest#*|}
    if _loyalty_group_used "$regex" "$where"; then
      printf '%s\n' "${packages[@]}"
    fi
  done
}

# loyalty_packages app|test: the packages, one a line, sorted and unique.
loyalty_packages() {
  local purpose=${1:?loyalty_packages: app or test}
  {
    printf '%s\n' "${LOYALTY_BUILD_PACKAGES[@]}"
    _loyalty_groups "${LOYALTY_OPTIONAL_BUILD_GROUPS[@]}"
    case $purpose in
      app) printf '%s\n' "${LOYALTY_APP_PACKAGES[@]}" ;;
      test)
        printf '%s\n' "${LOYALTY_TEST_TOOL_PACKAGES[@]}"
        _loyalty_groups "${LOYALTY_OPTIONAL_TEST_GROUPS[@]}" ;;
      *) echo "loyalty_packages: unknown purpose '$purpose' (app or test)" >&2; return 2 ;;
    esac
  } | sort -u
}

# loyalty_missing_packages PACKAGE...: those dpkg does not show as installed.
loyalty_missing_packages() {
  local p
  for p in "$@"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != installed ]; then
      printf '%s\n' "$p"
    fi
  done
}

# loyalty_ensure_packages app|test: install what is missing; no apt-get when nothing is.
loyalty_ensure_packages() {
  local purpose=${1:?loyalty_ensure_packages: app or test}
  local -a wanted missing
  mapfile -t wanted < <(loyalty_packages "$purpose")
  mapfile -t missing < <(loyalty_missing_packages "${wanted[@]}")
  if [ ${#missing[@]} -eq 0 ]; then
    echo "==> Debian packages: all ${#wanted[@]} already installed"
    return 0
  fi
  echo "==> Debian packages to install: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: installing packages needs root. Run this script as root (sudo bash $0), or install them yourself:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get -q update
  apt-get -q install -y --no-install-recommends "${missing[@]}"
  mapfile -t missing < <(loyalty_missing_packages "${wanted[@]}")
  if [ ${#missing[@]} -ne 0 ]; then
    echo "error: still not installed after apt-get: ${missing[*]}" >&2
    return 1
  fi
}

# loyalty_as_invoker COMMAND...: run a command as the user who called sudo, so that build/ and the
# demo database in ~/.local/share belong to them rather than to root. Run as root directly (a CI
# machine, a container), or when that user cannot write the checkout, the command runs as is.
# loyalty_invoker_prefix sets LOYALTY_AS_INVOKER to the prefix (runuser -u USER --, or nothing),
# for callers that want to exec.
loyalty_invoker_prefix() {
  local build=${LOYALTY_BUILD_DIR:-build}
  [[ $build == /* ]] || build=$LOYALTY_ROOT/$build
  LOYALTY_AS_INVOKER=()
  if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ] \
     && command -v runuser >/dev/null \
     && runuser -u "$SUDO_USER" -- test -w "$LOYALTY_ROOT" \
     && { [ ! -e "$build" ] || runuser -u "$SUDO_USER" -- test -w "$build"; }; then
    LOYALTY_AS_INVOKER=(runuser -u "$SUDO_USER" --)
  fi
}

loyalty_as_invoker() {
  loyalty_invoker_prefix
  "${LOYALTY_AS_INVOKER[@]}" "$@"
}

# loyalty_configure BUILD_DIR CMAKE_ARGS...: configure with Ninja the first time; later runs keep
# the generator the directory was made with (CMake refuses to switch) and apply the arguments.
loyalty_configure() {
  local dir=$1
  shift
  local -a generator=()
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    generator=(-G Ninja)
  fi
  echo "==> Configuring $dir/"
  loyalty_as_invoker cmake -S "$LOYALTY_ROOT" -B "$dir" "${generator[@]}" "$@"
}
