#!/usr/bin/env bash
# Live updates with many screens, and what screens cost in memory (bench/live-updates.js says what
# it measures): board-move latency with 2, 20 and 50 screens open and with 20 browsers killed, heap
# per screen, heap through 200 changes with orphaned screens, and back to where it started once
# every browser is gone. Starts the fat jar with demo data on loopback (-Xmx1g); takes about 20 min.
# Needs Debian's chromium and npm.      bench/live-updates.sh [moves per case, default 8]
# The latest output is kept in bench/live-updates.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
MOVES=${1:-8}
PORT=${BENCH_PORT:-18300}
source bench/demo-app.sh
demo_app "$PORT"
{
  echo "# Huoltopolku live updates, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $JAR, -Xmx1g"
  echo "# (every screen is a headless Chromium page on this same 2-core machine, beside the app)"
  node bench/live-updates.js "http://127.0.0.1:$PORT" "$pid" "$token" "$MOVES"
} | tee bench/live-updates.txt
