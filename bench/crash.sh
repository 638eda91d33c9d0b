#!/usr/bin/env bash
# Crash test: a write load from several threads against the fat jar on loopback, killed with
# kill -9 again and again; after each kill the app restarts on the same data. At the end every
# acknowledged write must be there (each booked visit with its plate, each acknowledged
# cancellation), and every visit's stage must equal the last stage change on its timeline.
# Runs twice: with the data folder (HUOLTOPOLKU_DATA_DIR) and with the JDBC URL given directly
# (datasources.default.url, no WRITE_DELAY in it). Prints restart times (kill -> API answering).
#   bench/crash.sh [kills per mode, default 20] [threads, default 4]
# The latest output is kept in bench/crash.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=${1:-20}
THREADS=${2:-4}
PORT=${CRASH_PORT:-18090}
JAR=$PWD/target/huoltopolku.jar
[ -f "$JAR" ] || mvn -B -q -Pproduction -DskipTests package
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "Port $PORT is in use: stop what runs there or set CRASH_PORT" >&2; exit 1
fi
work=$(mktemp -d)
pid=""
loaders=()
trap 'for l in "${loaders[@]}"; do kill $l 2>/dev/null || true; done; [ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$work"' EXIT
BASE="http://127.0.0.1:$PORT"

start() {  # $1 data folder, $2 mode, rest: extra args; sets pid and ms (start -> API answering)
  local data=$1 mode=$2; shift 2
  local t0=$(date +%s%N)
  if [ "$mode" = folder ]; then
    HUOLTOPOLKU_DATA_DIR="$data" java -Xmx512m -jar "$JAR" --micronaut.server.port=$PORT "$@" >>"$data.log" 2>&1 &
  else
    java -Xmx512m -jar "$JAR" --micronaut.server.port=$PORT \
      "--datasources.default.url=jdbc:h2:file:$data/huoltopolku" "$@" >>"$data.log" 2>&1 &
  fi
  pid=$!
  until curl -sf -o /dev/null "$BASE/api/health"; do
    kill -0 $pid 2>/dev/null || { echo "the app did not start; see $data.log" >&2; tail -20 "$data.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}

. bench/write-load.sh

sql() {  # $1 data folder, $2 query: runs on the stopped database with H2's shell from the jar
  java -cp "$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/huoltopolku" -user sa -password '' -sql "$2" 2>&1
}

run() {  # $1 mode
  local mode=$1 data="$work/$1" acks="$work/$1.acks" restarts=()
  mkdir -p "$data"; : >"$acks"
  start "$data" "$mode" --huoltopolku.demo=true --huoltopolku.demo-history-days=5
  token=$(grep -o 'hp_[A-Za-z0-9_-]*' "$data.log" | head -1)
  [ -n "$token" ] || { echo "no demo API token in the log" >&2; exit 1; }
  for k in $(seq 1 "$KILLS"); do
    loaders=()
    for t in $(seq 1 "$THREADS"); do load "$t" "$acks" "$token" Crash & loaders+=($!); done
    sleep "$(( 1 + RANDOM % 3 )).$(( RANDOM % 10 ))"
    kill -9 $pid; wait $pid 2>/dev/null || true; pid=""
    for l in "${loaders[@]}"; do kill $l 2>/dev/null || true; wait $l 2>/dev/null || true; done
    loaders=()
    start "$data" "$mode"
    restarts+=("$ms")
  done
  # Every acknowledged write is there.
  local lost wrong books closes
  check_acks "$acks" "$token"
  kill $pid; wait $pid 2>/dev/null || true; pid=""
  # Every visit's stage is the last stage change on its timeline.
  mismatched=$(sql "$data" "$STAGE_MISMATCH" | sed -n 2p | tr -d ' ')
  sorted=$(printf '%s\n' "${restarts[@]}" | sort -n)
  median=$(sed -n "$(( (${#restarts[@]} + 1) / 2 ))p" <<<"$sorted")
  echo "$mode: $KILLS kill -9 under load ($THREADS threads); acknowledged $books bookings and $closes cancellations;" \
    "lost $lost, holding another visit $wrong; stage different from the timeline's last change: $mismatched;" \
    "restart to API answering: median $median ms, max $(tail -1 <<<"$sorted") ms"
  [ "$lost" = 0 ] && [ "$wrong" = 0 ] && [ "$mismatched" = 0 ]
}

{
  echo "# Huoltopolku crash test, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  status=0
  run folder || status=1
  run url || status=1
  [ $status = 0 ] && echo "result: PASS (nothing acknowledged was lost)" || echo "result: FAIL"
} | tee bench/crash.txt
grep -q "result: PASS" bench/crash.txt
