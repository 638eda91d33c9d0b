#!/usr/bin/env bash
# Fuzzes every endpoint and the survey form with generated malformed requests (loopback only,
# seeded): prints the counts per status class and fails on any 5xx, stack trace, internal name,
# error body not in the documented shape, or database change by a refused request.
#   bench/fuzz.sh [cases] [seed]     (default 10000 cases; the test suite runs 1500)
# The latest output is kept in bench/fuzz.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-10000}
SEED=${2:-20261201}
log=$(mktemp)
mvn -B test -Dtest=ApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases="$CASES" -Dfuzz.seed="$SEED" \
  >"$log" 2>&1 && ok=1 || ok=0
{
  echo "# Huoltopolku fuzz run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, seed $SEED"
  grep -E "^Fuzz:" "$log" || true
  grep -E "^\s+\"#[0-9]+ " "$log" | head -20 || true
  [ "$ok" = 1 ] && echo "result: PASS" || echo "result: FAIL (full log: $log)"
} | tee bench/fuzz.txt
[ "$ok" = 1 ]
