#!/usr/bin/env bash
# The installed-package test: install the build tree to two temporary
# prefixes of different depth (the .pc and CMake files must be relocatable),
# then build a consumer with pkg-config and another with find_package(cchc),
# and run both on the bundled plan installed under share/cchc.
#
# usage: run-install-test.sh BUILD_DIR CONSUMER_SOURCE_DIR GENERATOR [C_FLAGS]
# C_FLAGS are the library's own build flags (sanitizers, coverage), which a
# consumer of an instrumented library must share.
set -euo pipefail
build_dir=$1
consumer_src=$2
generator=$3
cflags=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for prefix in "$work/p1" "$work/deeper/prefix/p2"; do
  echo "== install to $prefix"
  cmake --install "$build_dir" --prefix "$prefix" >/dev/null
  pc=$(find "$prefix" -name cchc.pc | head -n1)
  [ -n "$pc" ] || { echo "no cchc.pc installed"; exit 1; }
  libdir=$(dirname "$(dirname "$pc")")
  plan="$prefix/share/cchc/plan-2023-hai-duong-sldtbxh.json"
  [ -f "$plan" ] || { echo "bundled plan not installed at $plan"; exit 1; }

  echo "== pkg-config consumer"
  export PKG_CONFIG_PATH="$(dirname "$pc")"
  [ "$(pkg-config --variable=prefix cchc | xargs realpath)" = "$(realpath "$prefix")" ] ||
    { echo "pkg-config prefix $(pkg-config --variable=prefix cchc) is not $prefix"; exit 1; }
  # shellcheck disable=SC2046
  # shellcheck disable=SC2086
  cc -std=c11 -Wall -Wextra -Werror $cflags "$consumer_src/consumer.c" -o "$work/consumer-pc" \
     $(pkg-config --cflags --libs cchc)
  LD_LIBRARY_PATH="$libdir" "$work/consumer-pc" "$plan" | tee "$work/out-pc"
  grep -q ": 50 tasks" "$work/out-pc"
  datadir=$(pkg-config --variable=datadir cchc)
  [ -f "$datadir/plan-2023-hai-duong-sldtbxh.json" ] ||
    { echo "pkg-config datadir $datadir has no bundled plan"; exit 1; }
  unset PKG_CONFIG_PATH

  echo "== find_package consumer"
  rm -rf "$work/cb"
  cmake -S "$consumer_src" -B "$work/cb" -G "$generator" -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_C_FLAGS="$cflags" -DCMAKE_EXE_LINKER_FLAGS="$cflags" >/dev/null
  cmake --build "$work/cb" >/dev/null
  LD_LIBRARY_PATH="$libdir" "$work/cb/consumer" "$plan" | tee "$work/out-cmake"
  grep -q ": 50 tasks" "$work/out-cmake"

  if [ -n "${CCHC_TEST_PYTHON:-}" ]; then
    echo "== installed Python package"
    case $CCHC_TEST_PYTHONDIR in /*) pydir=$CCHC_TEST_PYTHONDIR ;; *) pydir=$prefix/$CCHC_TEST_PYTHONDIR ;; esac
    [ -f "$pydir/cchc/__init__.py" ] && [ -f "$pydir/cchc/_installed.py" ] ||
      { echo "Python package not installed in $pydir"; exit 1; }
    # Nothing set but PYTHONPATH: the package must find the library of this
    # prefix by itself (not the build tree's, not another install).
    env -u CCHC_LIBRARY -u CCHC_DATA_DIR -u LD_LIBRARY_PATH PYTHONPATH="$pydir" \
        PYTHONDONTWRITEBYTECODE=1 \
        ${CCHC_TEST_PYTHON_PRELOAD:+LD_PRELOAD=$CCHC_TEST_PYTHON_PRELOAD ASAN_OPTIONS=detect_leaks=0} \
        "$CCHC_TEST_PYTHON" - "$plan" "$libdir" <<'PY' | tee "$work/out-py"
import os, sys
import cchc
plan = cchc.Plan.load(sys.argv[1])
library = os.path.realpath(cchc.library_path())
expected = os.path.realpath(sys.argv[2])
assert os.path.dirname(library) == expected, (library, expected)
print("python: %d tasks, library %s" % (len(plan.tasks), library))
PY
    grep -q "python: 50 tasks" "$work/out-py"
  fi
done
echo "install test passed"
