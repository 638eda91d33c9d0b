#!/usr/bin/env bash
# Live updates with many screens: a board move's latency to a watching board and to the mover's
# own screen with 2 and 20 screens open, and with 20 open after 20 more browsers were killed.
# Starts the fat jar with demo data on loopback. Needs Debian's chromium and npm.
#   bench/live-updates.sh [moves per case, default 10]      (JAR=... to measure another build)
# The latest output is kept in bench/live-updates.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
MOVES=${1:-10}
PORT=${BENCH_PORT:-18300}
JAR=${JAR:-target/huoltopolku.jar}
[ -f "$JAR" ] || mvn -B -q -Pproduction -DskipTests package
(cd bench && npm install --silent --no-audit --no-fund >/dev/null)
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
run() {  # fresh demo data for every case, so each has cars to move
  HUOLTOPOLKU_DATA_DIR="$work/data$1" java -jar "$JAR" --micronaut.server.port=$PORT --huoltopolku.demo=true \
    >"$work/app$1.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done
  node bench/live-updates.js "http://127.0.0.1:$PORT" "$2" "$MOVES" "$3"
  kill $pid; wait $pid 2>/dev/null || true; pid=""
}
{
  echo "# Huoltopolku live updates, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $JAR"
  run 1 2 0
  run 2 20 0
  run 3 20 20
} | tee bench/live-updates.txt
