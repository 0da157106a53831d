#!/usr/bin/env bash
# Line and branch coverage of lib/ by the whole test suite (C suites,
# program and Python tests), with gcovr: builds the coverage preset from
# scratch, runs every test, and writes the report (docs/reliability.md
# records the figures).
#
#   tests/coverage/run-coverage.sh
#
# Reports: build/coverage/coverage/{lines.txt,branches.txt,summary.json}.
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -rf build/coverage
cmake --workflow --preset coverage
cmake --build --preset coverage --target coverage_report
