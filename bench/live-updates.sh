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
JAR=${JAR:-target/huoltopolku.jar}
# The fat jar and its archive (mvn verify leaves a thin jar of the same name: build again then).
if ! { [ -f "$JAR" ] && [ -f target/huoltopolku.jsa ] && unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q Main-Class; }; then
  mvn -B -q -Pproduction -DskipTests package
fi
(cd bench && npm install --silent --no-audit --no-fund >/dev/null)
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
HUOLTOPOLKU_DATA_DIR="$work/data" java -Xmx1g @config/jvm.options -jar "$JAR" --micronaut.server.port=$PORT --huoltopolku.demo=true \
  >"$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done
token=$(grep -o 'Demo API token (manager): hp_[A-Za-z0-9_-]*' "$work/app.log" | sed 's/.*: //')
{
  echo "# Huoltopolku live updates, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $JAR, -Xmx1g"
  echo "# (every screen is a headless Chromium page on this same 2-core machine, beside the app)"
  node bench/live-updates.js "http://127.0.0.1:$PORT" "$pid" "$token" "$MOVES"
} | tee bench/live-updates.txt
