#!/usr/bin/env bash
# Start-time benchmark (budget 3 s to the first page on this 2-core machine, idle). Prints medians;
# the latest output is kept in bench/results.txt.
#   - the fat jar as the README runs it (java @config/jvm.options: its class-data-sharing archive and
#     the compiler thresholds), 5 starts each on an empty database and on one that exists (a restart:
#     the case a crashed or restarted node hits), and beside them the archive alone, and neither
#   - a start that generates the demo data first
# Run it on an idle machine: other work on the 2 cores shows up directly in these times.
# The live-update and memory figures are bench/live-updates.sh; the report's bench/comparison.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
JAR=target/huoltopolku.jar
CDS=target/huoltopolku.jsa
# The fat jar and its archive (mvn verify leaves a thin jar of the same name: build again then).
if ! { [ -f "$JAR" ] && [ -f target/huoltopolku.jsa ] && unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q Main-Class; }; then
  mvn -B -q -Pproduction -DskipTests package
fi
if curl -sf -o /dev/null "http://localhost:$PORT/"; then
  echo "Port $PORT is already in use: stop what runs there or set BENCH_PORT" >&2; exit 1
fi
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

first_page() {  # $1 data folder, $2 JVM options; sets ms (until GET / answers 200) and cpu (CPU-seconds by then)
  local data=$1 jvm=$2; shift 2
  local t0=$(date +%s%N)
  # shellcheck disable=SC2086
  HUOLTOPOLKU_DATA_DIR="$data" java $jvm -jar "$JAR" --micronaut.server.port=$PORT "$@" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/"; do sleep 0.05; done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$pid/stat)
}

stop() {
  kill $pid; wait $pid 2>/dev/null || true; pid=""
}

starts() {  # $1 label, $2 JVM options, $3 "empty" or "existing"
  local runs=() cpus=()
  if [ "$3" = existing ]; then
    first_page "$work/kept" "$2"; stop
  fi
  for i in 1 2 3 4 5; do
    if [ "$3" = existing ]; then first_page "$work/kept" "$2"; else first_page "$work/empty-$RANDOM$i" "$2"; fi
    runs+=("$ms"); cpus+=("$cpu"); stop
  done
  echo "$1: runs $(printf '%s\n' "${runs[@]}" | sort -n | tr '\n' ' ')ms, median $(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p) ms; CPU median $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 3p) s"
  rm -rf "$work/kept"
}

{
  echo "# Huoltopolku start times, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  starts "start -> first page, as the README runs it (@config/jvm.options), empty database (budget 3000 ms)" "@config/jvm.options" empty
  starts "start -> first page, as the README runs it (@config/jvm.options), existing database (budget 3000 ms)" "@config/jvm.options" existing
  starts "start -> first page with the archive alone (the usual compiler thresholds), empty database" "-XX:SharedArchiveFile=$CDS" empty
  starts "start -> first page with the archive alone (the usual compiler thresholds), existing database" "-XX:SharedArchiveFile=$CDS" existing
  starts "start -> first page without the archive, empty database" "" empty
  starts "start -> first page without the archive, existing database" "" existing
  first_page "$work/demo" "@config/jvm.options" --huoltopolku.demo=true
  echo "start -> first page, generating the demo data first: ${ms} ms"
  stop
} > >(tee bench/results.txt)
