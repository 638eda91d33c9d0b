#!/usr/bin/env bash
# Live updates across two nodes behind HAProxy on one PostgreSQL (bench/cross-node.js says what it
# measures). Starts deploy/cluster.sh, measures, stops it. Needs Debian's chromium, haproxy,
# postgresql and npm.        bench/cross-node.sh [moves each way, default 20]
# The latest output is kept in bench/cross-node.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
MOVES=${1:-20}
export HUOLTOPOLKU_CLUSTER_DIR=${HUOLTOPOLKU_CLUSTER_DIR:-target/cluster-bench}
export HUOLTOPOLKU_FRONT_PORT=${HUOLTOPOLKU_FRONT_PORT:-18390} HUOLTOPOLKU_NODE1_PORT=${HUOLTOPOLKU_NODE1_PORT:-18391} \
  HUOLTOPOLKU_NODE2_PORT=${HUOLTOPOLKU_NODE2_PORT:-18392}
(cd bench && npm install --silent --no-audit --no-fund >/dev/null)
rm -f "$HUOLTOPOLKU_CLUSTER_DIR/token"
deploy/cluster.sh >"${TMPDIR:-/tmp}/cross-node-cluster.log" 2>&1 &
cluster=$!
trap 'kill $cluster 2>/dev/null; wait $cluster 2>/dev/null || true' EXIT
until [ -s "$HUOLTOPOLKU_CLUSTER_DIR/token" ]; do
  kill -0 $cluster 2>/dev/null || { cat "${TMPDIR:-/tmp}/cross-node-cluster.log" >&2; exit 1; }
  sleep 1
done
{
  echo "# Huoltopolku live updates across nodes, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores: PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -1), 2 nodes of target/huoltopolku.jar, $(haproxy -v | head -1 | cut -d' ' -f1-3), headless Chromium, all on this machine"
  node bench/cross-node.js "http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT" "$(cat "$HUOLTOPOLKU_CLUSTER_DIR/token")" "$MOVES"
} | tee bench/cross-node.txt
