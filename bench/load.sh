#!/usr/bin/env bash
# Load through real Vaadin round trips (bench/load.js says what it measures): technicians' tablets
# working cars through My jobs and advisors opening the board, each a signed-in headless Chromium
# session, at 10, 25, 50 and 100 sessions on one node: server time per action from the app's own
# metrics (p50/p95/p99), the time the user waited, errors, and heap per session after GC.
# Starts the fat jar with demo data on loopback (-Xmx1g); takes about 30 min.
# Needs Debian's chromium and npm.      bench/load.sh [levels, default 10,25,50,100]
# The latest output is kept in bench/load.txt. LOAD_HEAP_DUMP=file writes a heap dump with every session
# open; HEAP_HISTOGRAMS=folder keeps the class histogram of each heap reading (compare two with
# bench/histogram-diff.py).
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=${1:-10,25,50,100}
PORT=${BENCH_PORT:-18400}
source bench/demo-app.sh
# The collector's pauses are part of every request's time: logged, and summed up at the end.
gclog=$(mktemp)
APP_JVM_OPTS="-Xlog:gc:file=$gclog" demo_app "$PORT" --huoltopolku.demo-extra-technicians=100
{
  echo "# Huoltopolku load, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $JAR, -Xmx1g, demo data with 100 more technicians (a badge for every tablet)"
  echo "# (every session is a headless Chromium page on this same 2-core machine, beside the app)"
  # The browsers only on processor time the app leaves: they share the 2 cores with the app, and the
  # app's requests should wait for the app, not for 100 pages rendering. SCHED_IDLE (chrt, which
  # Chromium keeps for every process it starts) ranks them below the app's threads only within one
  # session group; Playwright starts each browser in a session of its own, so bench/common.js's launch
  # also gives the browser's session group the lowest weight (autogroup nice 19). Each phase prints the
  # app's processor time and how long its threads waited for a processor. The user-waited times
  # include the pages' own work on what is left.
  echo "# (the browsers run on the processor time the app leaves: SCHED_IDLE, their session groups at nice 19)"
  echo "# (heap: the live objects after a full GC, from the class histogram)"
  chrt --idle 0 node bench/load.js "http://127.0.0.1:$PORT" "$pid" "$token" "$LEVELS"
  # Young-generation pauses while the sessions worked (G1's "Pause Young" lines; the full GCs the
  # heap readings ask for are left out).
  grep 'Pause Young' "$gclog" | sed -E 's/.* ([0-9.]+)ms$/\1/' | sort -n | awk '{ a[NR] = $1 } END {
    if (NR) printf "collector: %d young pauses during the run, median %.1f ms, p95 %.1f ms, longest %.1f ms\n",
      NR, a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.999)], a[NR] }'
} | tee "${LOAD_OUT:-bench/load.txt}"
rm -f "$gclog"
