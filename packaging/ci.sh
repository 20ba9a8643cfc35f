#!/usr/bin/env bash
# The packaging stage of CI, one line for .ci/run:   bash packaging/ci.sh
#   1. Windows build through Wine (packages, downloads, PyInstaller, NSIS)   packaging/windows/build.sh
#   2. its smoke test under Wine (CLI, PDF, import, window PNG, install/uninstall)   packaging/windows/smoke.sh
#   3. Linux frozen build with the same spec, and its smoke test   packaging/linux/build.sh
# The whole stage is held to IKRAR_PACKAGING_BUDGET_S seconds (default 1500 = 25 min; measured: about
# 3.5 min with a cold cache on 2 cores). Prints each stage's time; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${IKRAR_PACKAGING_BUDGET_S:-1500}
START=$SECONDS

stage() {  # stage NAME SCRIPT: run it within what is left of the budget
  local name=$1 script=$2 left=$((BUDGET - (SECONDS - START))) t=$SECONDS rc=0
  [ "$left" -gt 0 ] || { echo "=== $name: no time left of the ${BUDGET}s budget"; exit 1; }
  echo "=== $name"
  timeout --kill-after=30 "$left" bash "$script" || rc=$?
  [ "$rc" = 124 ] && echo "=== $name: stopped, over the ${BUDGET}s packaging budget"
  echo "=== $name: $((SECONDS - t)) s (exit $rc)"
  [ "$rc" = 0 ] || exit "$rc"
}

stage "windows build" packaging/windows/build.sh
stage "windows smoke (wine)" packaging/windows/smoke.sh
stage "linux frozen build + smoke" packaging/linux/build.sh
echo "=== packaging: $((SECONDS - START)) s"
