#!/usr/bin/env bash
# Static analysis of libcchc: cppcheck and clang-tidy over lib/ and examples/,
# with the checked-in configurations (tests/static/cppcheck-suppressions.txt,
# .clang-tidy). Independent of CTest; .ci/run calls it. Exit status 0 when
# both are clean, 1 otherwise.
#
#   tests/static/run-static-analysis.sh [BUILD_DIR]
#
# BUILD_DIR (default build/static) is configured here for its
# compile_commands.json (the compiler flags and include folders of every
# source) and the generated version.h; nothing is compiled.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BUILD=${1:-build/static}
JOBS=$(nproc 2>/dev/null || echo 2)

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF \
      -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
BUILD=$(cd "$BUILD" && pwd) # cppcheck matches its file filters only with an absolute project

# The sources of lib/ and examples/ that the build compiles.
mapfile -t SOURCES < <(python3 - "$BUILD/compile_commands.json" "$ROOT" <<'PY'
import json, os, sys
root = sys.argv[2]
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.startswith(("lib/", "examples/")) and rel.endswith(".c"):
        print(rel)
PY
)
echo "static analysis: ${#SOURCES[@]} sources of lib/ and examples/"

status=0
echo "== cppcheck $(cppcheck --version | cut -d' ' -f2)"
if ! cppcheck --project="$BUILD/compile_commands.json" --library=gtk \
        --enable=warning,performance,portability --inline-suppr \
        --suppressions-list=tests/static/cppcheck-suppressions.txt \
        --file-filter="$ROOT/lib/*" --file-filter="$ROOT/examples/*" \
        --error-exitcode=1 --quiet -j "$JOBS" --template=gcc; then
    status=1
fi

echo "== clang-tidy $(clang-tidy --version | sed -n 's/.*version \([0-9.]*\).*/\1/p' | head -1)"
if ! printf '%s\n' "${SOURCES[@]}" |
        xargs -P "$JOBS" -n 4 clang-tidy -p "$BUILD" --quiet 2> >(grep -v "warnings generated" >&2); then
    status=1
fi

if [ "$status" -eq 0 ]; then
    echo "static analysis: clean"
else
    echo "static analysis: findings above"
fi
exit "$status"
