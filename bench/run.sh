#!/usr/bin/env bash
# Benchmarks with budgets from the issues. Prints medians; the latest output is kept in bench/results.txt.
#   - start of the fat jar to its first page (budget 5 s), 5 runs on an empty database
#   - a board move reaching a second open board (budget 1 s), on demo data
# Needs Debian's chromium (apt-get install -y chromium) and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
JAR=target/huoltopolku.jar
[ -f "$JAR" ] || mvn -B -q -Pproduction -DskipTests package
if curl -sf -o /dev/null "http://localhost:$PORT/"; then
  echo "Port $PORT is already in use: stop what runs there or set BENCH_PORT" >&2; exit 1
fi
(cd bench && npm install --silent --no-audit --no-fund >/dev/null)
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

first_page() {  # starts the jar on a fresh data folder; sets ms to the time until GET / answers 200
  local data=$1; shift
  local t0=$(date +%s%N)
  HUOLTOPOLKU_DATA_DIR="$data" java -jar "$JAR" --micronaut.server.port=$PORT "$@" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/"; do sleep 0.05; done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop() {
  kill $pid; wait $pid 2>/dev/null || true; pid=""
}

{
  echo "# Huoltopolku benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  starts=()
  for i in 1 2 3 4 5; do
    first_page "$work/empty$i"
    starts+=("$ms"); stop
  done
  sorted=$(printf '%s\n' "${starts[@]}" | sort -n | tr '\n' ' ')
  echo "start -> first page (empty database): runs ${sorted}ms, median $(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p) ms (budget 5000 ms)"
  first_page "$work/demo" --huoltopolku.demo=true
  echo "start -> first page (generating demo data first): ${ms} ms"
  node bench/live-updates.js "http://localhost:$PORT" 2 10
  stop
} > >(tee bench/results.txt)
