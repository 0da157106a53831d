#!/usr/bin/env bash
# Runs the save-under-failure and kill-during-save tests (the "files" Check
# suite) many times in a row, as issue 6 asks: 100 by default, each with
# CCHC_KILL_ROUNDS kills (default 20). Stops at the first failure.
#
#   tests/files/run-save-tests.sh BUILD_DIR [RUNS] [KILLS_PER_RUN]
#
# BUILD_DIR is a build folder with tests (e.g. build/test after
# `cmake --workflow --preset test`).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:?usage: run-save-tests.sh BUILD_DIR [RUNS] [KILLS_PER_RUN]}
RUNS=${2:-100}
KILLS=${3:-20}
export CCHC_DATA_DIR=$PWD/examples/data CCHC_TEST_DATA_DIR=$PWD/tests/data G_SLICE=always-malloc
export CCHC_SAVE_LOOP=$BUILD/tests/save_loop CCHC_KILL_ROUNDS=$KILLS
old=0 new=0 left=0
for run in $(seq 1 "$RUNS"); do
    if ! out=$("$BUILD/tests/check_files" 2>&1); then
        echo "$out"
        echo "run $run of $RUNS FAILED"
        exit 1
    fi
    line=$(grep "^files: " <<<"$out")
    read -r o n l < <(sed -E 's/.* ([0-9]+) times, the new ([0-9]+) times, .* left ([0-9]+) times/\1 \2 \3/; s/.*old document //' <<<"$line")
    old=$((old + o)) new=$((new + n)) left=$((left + l))
done
echo "run-save-tests: $RUNS runs passed in a row, each with the 8 save tests (7 failed" \
     "saves, 1 replacement) and $KILLS kills: $((RUNS * KILLS)) kills left the old document" \
     "$old times, the new $new times, never anything else (a temporary file beside it $left times)"
