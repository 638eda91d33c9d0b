#!/usr/bin/env bash
# Load through real Vaadin round trips (bench/load.js says what it measures): technicians' tablets
# working cars through My jobs and advisors opening the board, each a signed-in headless Chromium
# session, at 10, 25, 50 and 100 sessions on one node: server time per action from the app's own
# metrics (p50/p95/p99), the time the user waited, errors, and heap per session after GC.
# Starts the fat jar with demo data on loopback (-Xmx1g); takes about 30 min.
# Needs Debian's chromium and npm.      bench/load.sh [levels, default 10,25,50,100]
# The latest output is kept in bench/load.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=${1:-10,25,50,100}
PORT=${BENCH_PORT:-18400}
source bench/demo-app.sh
demo_app "$PORT" --huoltopolku.demo-extra-technicians=100
{
  echo "# Huoltopolku load, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $JAR, -Xmx1g, demo data with 100 more technicians (a badge for every tablet)"
  echo "# (every session is a headless Chromium page on this same 2-core machine, beside the app)"
  # The browsers only on processor time the app leaves (Linux's SCHED_IDLE, which Chromium keeps for
  # every process it starts, unlike a nice value): they share the 2 cores with the app, and the app's
  # requests should wait for the app, not for 100 pages rendering. The user-waited times include the
  # pages' own work on what is left.
  echo "# (the browsers run under SCHED_IDLE: on the processor time the app leaves)"
  chrt --idle 0 node bench/load.js "http://127.0.0.1:$PORT" "$pid" "$token" "$LEVELS"
} | tee "${LOAD_OUT:-bench/load.txt}"
