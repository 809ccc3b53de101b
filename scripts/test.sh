#!/usr/bin/env bash
# The README's second command and what CI runs: installs what is missing, then builds and runs
# the whole test suite twice, optimized and under AddressSanitizer + UndefinedBehaviorSanitizer.
# KG_TEST_PRESETS="release" runs only the optimized build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs="${KG_BUILD_JOBS:-$(nproc)}"
status=0
for preset in ${KG_TEST_PRESETS:-release asan}; do
    echo "== build ($preset)"
    bash scripts/build.sh "$preset"
    echo "== test ($preset)"
    if ! ctest --preset "$preset" -j "$jobs"; then status=1; fi
done
exit $status
