#!/usr/bin/env bash
# A node killed with kill -9 under load, behind HAProxy on one PostgreSQL (deploy/cluster.sh):
# writers book and cancel visits through the balancer from several threads while a browser's board
# is open on node 1; node 1 is killed; the browser signs in again on node 2 (bench/node-kill.js);
# then every acknowledged write is checked through the balancer, and every visit's stage against the
# last stage change on its timeline in the database. Needs chromium, haproxy, postgresql and npm.
#   bench/node-kill.sh [threads, default 4]        latest output: bench/node-kill.txt
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${1:-4}
export HUOLTOPOLKU_CLUSTER_DIR=${HUOLTOPOLKU_CLUSTER_DIR:-target/cluster-kill}
export HUOLTOPOLKU_FRONT_PORT=${HUOLTOPOLKU_FRONT_PORT:-18395} HUOLTOPOLKU_NODE1_PORT=${HUOLTOPOLKU_NODE1_PORT:-18396} \
  HUOLTOPOLKU_NODE2_PORT=${HUOLTOPOLKU_NODE2_PORT:-18397}
BASE="http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT"
dir=$HUOLTOPOLKU_CLUSTER_DIR
(cd bench && npm install --silent --no-audit --no-fund >/dev/null)
rm -f "$dir/token"
log=$(mktemp)
acks=$(mktemp)
deploy/cluster.sh >"$log" 2>&1 &
cluster=$!
loaders=()
trap 'for l in "${loaders[@]}"; do kill $l 2>/dev/null || true; done; kill $cluster 2>/dev/null; wait $cluster 2>/dev/null || true; rm -f "$log" "$acks"' EXIT
until [ -s "$dir/token" ]; do kill -0 $cluster 2>/dev/null || { cat "$log" >&2; exit 1; }; sleep 1; done
token=$(cat "$dir/token")

. bench/write-load.sh

{
  echo "# Huoltopolku: a node killed under load, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL, 2 nodes behind HAProxy, $THREADS writer threads through the balancer"
  for t in $(seq 1 "$THREADS"); do load "$t" "$acks" "$token" Kill >/dev/null 2>&1 & loaders+=($!); done
  node bench/node-kill.js "$BASE" "$(cat "$dir/node1.pid")" || echo "the browser's part failed (above)"
  sleep 5
  for l in "${loaders[@]}"; do kill $l 2>/dev/null || true; wait $l 2>/dev/null || true; done
  loaders=()
  refused=$(grep -c '^refused' "$acks" || true)
  check_acks "$acks" "$token"
  port=$(cat "$dir/postgres/port")
  password=$(sed -n 's/^datasources.default.password=//p' "$dir/postgres/datasource.properties")
  mismatched=$(PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U huoltopolku -d huoltopolku -tA -c "$STAGE_MISMATCH")
  echo "writes through the balancer: acknowledged $books bookings and $closes cancellations ($refused answered with an error while the balancer noticed, not acknowledged); lost $lost, holding another visit $wrong; stage different from the timeline's last change: $mismatched"
  [ "$lost" = 0 ] && [ "$wrong" = 0 ] && [ "$mismatched" = 0 ] && echo "result: PASS (nothing acknowledged was lost)" || echo "result: FAIL"
} | tee bench/node-kill.txt
grep -q "result: PASS" bench/node-kill.txt
