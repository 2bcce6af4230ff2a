#!/usr/bin/env bash
# Installs what the build and every test need (Debian 12), builds everything into build/ with tests
# on, and runs the whole CTest suite. Exits non-zero when anything fails. This is what CI runs.
#   sudo bash scripts/run-tests.sh [CTEST ARGUMENTS...]   e.g. -R tst_money, or -L unit
# Environment: LOYALTY_BUILD_DIR (default build), LOYALTY_CMAKE_ARGS (extra, word-split, e.g.
# "-DLOYALTY_ASAN=ON" together with LOYALTY_BUILD_DIR=build-asan), CTEST_PARALLEL_LEVEL (default 2).
# Needs no display and no stdin: GUI tests run on Qt's offscreen platform (tests/CMakeLists.txt).
set -euo pipefail

LOYALTY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$LOYALTY_ROOT/scripts/lib/packages.sh"
cd "$LOYALTY_ROOT"

BUILD_DIR=${LOYALTY_BUILD_DIR:-build}
read -r -a EXTRA_CMAKE_ARGS <<<"${LOYALTY_CMAKE_ARGS:-}"

loyalty_ensure_packages test

# CI builds with warnings as errors: a warning that lands stays for every later build.
[ "${CI:-}" = true ] && EXTRA_CMAKE_ARGS+=(-DLOYALTY_WERROR=ON)

BUILD_TYPE=()
[ -f "$BUILD_DIR/CMakeCache.txt" ] || BUILD_TYPE=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
loyalty_configure "$BUILD_DIR" "${BUILD_TYPE[@]}" -DBUILD_TESTING=ON "${EXTRA_CMAKE_ARGS[@]}"

echo "==> Checking the format (clang-format, no changes allowed)"
loyalty_as_invoker cmake --build "$BUILD_DIR" --target format-check

echo "==> Building everything"
loyalty_as_invoker cmake --build "$BUILD_DIR"

echo "==> Running the tests"
# stdin from /dev/null: no test may wait for a person, on CI or off it.
loyalty_as_invoker ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error \
  -j "${CTEST_PARALLEL_LEVEL:-2}" "$@" </dev/null
