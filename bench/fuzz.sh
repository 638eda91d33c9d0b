#!/usr/bin/env bash
# Fuzzes every endpoint and the survey form with generated malformed requests (ApiFuzzTest), and
# sends the hostile outsider's kinds of request of issue 27 (HostileFuzzTest: bodies in unknown
# charsets, ids that do not exist, dates far outside sense, chunked bodies past the forms' cap, the
# container's own answers, another site posing as this one). Loopback only, seeded, bounded in count.
# Prints the counts per status class and fails on any 5xx, stack trace, internal name, error body not
# in the documented shape, missing security header, wrong refusal, or database change by a refused request.
#   bench/fuzz.sh [cases] [hostile cases] [seed]   (default 7000 + 4000; the test suite runs 1500 + 300)
# The latest output is kept in bench/fuzz.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-7000}
HOSTILE=${2:-4000}
SEED=${3:-20261201}
log=$(mktemp)
start=$(date +%s)
mvn -B test -Dtest='ApiFuzzTest,HostileFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases="$CASES" \
  -Dfuzz.hostile.cases="$HOSTILE" -Dfuzz.seed="$SEED" >"$log" 2>&1 && ok=1 || ok=0
{
  echo "# Huoltopolku fuzz run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, seed $SEED, $(( $(date +%s) - start )) s with the build"
  grep -E "^Fuzz" "$log" || true
  echo "total: $((CASES + HOSTILE)) requests"
  grep -E "^\s+\"#[0-9]+ " "$log" | head -20 || true
  [ "$ok" = 1 ] && echo "result: PASS" || echo "result: FAIL (full log: $log)"
} | tee bench/fuzz.txt
[ "$ok" = 1 ]
