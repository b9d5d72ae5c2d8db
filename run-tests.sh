#!/usr/bin/env bash
# Installs what is missing, builds Comptoir with its tests and benchmarks, and runs them all:
# first the unit and GUI tests, then the benchmarks (ctest label "bench"), which assert the
# performance targets, then a short libFuzzer run of each fuzz target. Exits non-zero on any
# failure.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/install-build-deps.sh
comptoir_install_missing_packages

cmake --preset ci >/dev/null
cmake --build --preset ci

status=0
ctest --preset ci --label-exclude bench || status=$?
ctest --preset ci --label-regex bench --parallel 1 --verbose || status=$?
# The benchmarks' figures beside their baselines, in one table (tests/bench/bench_report.py).
python3 tests/bench/bench_report.py build/ci/bench-data/report || status=$?

# The parsers of outside files under libFuzzer, for a short run each (clang builds them apart).
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz || status=$?
exit $status
