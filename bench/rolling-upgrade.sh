#!/usr/bin/env bash
# A new release rolled over two nodes under load, one node at a time, without a failed request:
# two nodes of target/huoltopolku.jar on one PostgreSQL behind HAProxy, 4 writer threads through the
# balancer keeping a ledger of acknowledged writes (bench/write-load.sh). For each node in turn the
# balancer takes it out (maintenance), the node is stopped (SIGTERM) once its requests are done and
# started again from the next release, then put back. The next release is the same jar with one
# more migration, db/migration/V900__rolling_upgrade_probe.sql, adding a nullable column (built
# here in target/; nothing in the real migrations changes). While node 1 runs the next release on
# the migrated schema, node 2 still runs the old one: each is asked to book a car directly.
# Prints one line and exits non-zero if a request failed or an acknowledged write was lost.
#   bench/rolling-upgrade.sh [seconds of load between steps, default 20]
# Latest output: bench/rolling-upgrade.txt. Needs postgresql and haproxy (installed with apt when
# run as root). Everything runs in target/rolling-upgrade and is stopped and deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
PAUSE=${1:-20}
THREADS=4
dir=$(realpath -m target/rolling-upgrade)
export HUOLTOPOLKU_FRONT_PORT=${HUOLTOPOLKU_FRONT_PORT:-18420} HUOLTOPOLKU_NODE1_PORT=${HUOLTOPOLKU_NODE1_PORT:-18421} \
  HUOLTOPOLKU_NODE2_PORT=${HUOLTOPOLKU_NODE2_PORT:-18422} HUOLTOPOLKU_ADMIN_PORT=${HUOLTOPOLKU_ADMIN_PORT:-18423}
BASE="http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT"
JAR=target/huoltopolku.jar
NEXT=$dir/huoltopolku-next.jar
if ! { [ -f "$JAR" ] && unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q Main-Class; }; then
  mvn -B -q -Pproduction -DskipTests package
fi

. bench/two-nodes.sh
. bench/write-load.sh
loaders=()
cleanup() {
  trap - EXIT INT TERM
  for l in "${loaders[@]}"; do kill "$l" 2>/dev/null || true; wait "$l" 2>/dev/null || true; done
  stop_all
  bash deploy/postgres.sh stop "$dir/postgres"
  if ! grep -q "result: PASS" "$dir/out.txt" 2>/dev/null; then
    rm -rf target/rolling-upgrade-logs && mkdir -p target/rolling-upgrade-logs && cp "$dir"/*.log target/rolling-upgrade-logs/ 2>/dev/null || true
  fi
  rm -rf "$dir"
}
rm -rf "$dir"
mkdir -p "$dir/next/db/migration"
trap cleanup EXIT INT TERM
out="$dir/out.txt"
log() { echo "$*" | tee -a "$out"; }

# The next release: the jar with one backward-compatible migration more.
cp "$JAR" "$NEXT"
cat >"$dir/next/db/migration/V900__rolling_upgrade_probe.sql" <<'EOF'
-- The next release's migration (bench/rolling-upgrade.sh): a nullable column, so the release
-- before it keeps reading and writing visits while both run.
ALTER TABLE visit ADD COLUMN rolling_upgrade_probe VARCHAR(40);
EOF
(cd "$dir/next" && jar uf "$NEXT" db/migration/V900__rolling_upgrade_probe.sql)

bash deploy/postgres.sh start "$dir/postgres"
prop() { sed -n "s/^datasources.default.$1=//p" "$dir/postgres/datasource.properties"; }
export HUOLTOPOLKU_DB_URL=$(prop url) HUOLTOPOLKU_DB_USER=$(prop username) HUOLTOPOLKU_DB_PASSWORD=$(prop password)
sql() { PGPASSWORD=$HUOLTOPOLKU_DB_PASSWORD psql -h 127.0.0.1 -p "$(cat "$dir/postgres/port")" -U huoltopolku -d huoltopolku -tA -c "$1"; }

# A booking made directly on one node (not through the balancer): its id, or nothing.
book_on() {  # $1 port, $2 label
  curl -s -m 10 -X POST "http://127.0.0.1:$1/api/v1/visits" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"customer\":{\"name\":\"$2\",\"phone\":\"+358401112233\"},
     \"vehicle\":{\"plate\":\"RU-$((RANDOM % 900 + 100))\",\"make\":\"Skoda\",\"model\":\"Octavia\"},\"requestedWork\":\"$2\",
     \"bookedAt\":\"2026-06-10T08:00:00Z\",\"promisedAt\":\"2026-06-10T13:00:00Z\",\"allowOverbooking\":true}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}

# One node to the next release: out of the balancer, its requests finished, stopped, started from
# the next jar, back in once the balancer sees it healthy.
upgrade() {  # $1 node number, $2 port
  local started
  balancer "set server nodes/node$1 state maint"
  sleep 2
  stop_node "$1"
  started=$(date +%s)
  start_node "$1" "$2" "$NEXT"
  balancer "set server nodes/node$1 state ready"
  until [ "$(node_state "$1")" = UP ]; do sleep 0.5; done
  log "node $1: out of the balancer, stopped, started from the next release in $(( $(date +%s) - started )) s, back in; its log: $(grep -o 'Successfully applied [0-9]* migration[^)]*)\|Schema "public" is up to date[^.]*' "$dir/node$1.log" | tail -1)"
}

start_node 1 "$HUOLTOPOLKU_NODE1_PORT" "$JAR" true
start_node 2 "$HUOLTOPOLKU_NODE2_PORT" "$JAR" true
start_balancer
token=$(grep -o 'Demo API token (manager): hp_[A-Za-z0-9_-]*' "$dir/node1.log" | sed 's/.*: //')
acks="$dir/acks"
: >"$acks"

log "# Huoltopolku: a rolling upgrade under load, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL, 2 nodes behind HAProxy, $THREADS writer threads through the balancer; the next release adds V900 (a nullable column)"
for t in $(seq 1 "$THREADS"); do load "$t" "$acks" "$token" Upgrade >/dev/null 2>&1 & loaders+=($!); done
sleep "$PAUSE"
upgrade 1 "$HUOLTOPOLKU_NODE1_PORT"
# Both releases side by side on the migrated schema.
old=$(book_on "$HUOLTOPOLKU_NODE2_PORT" "Old release")
new=$(book_on "$HUOLTOPOLKU_NODE1_PORT" "Next release")
mixed="the old release (node 2) booked visit ${old:-NOTHING}, the next (node 1) ${new:-NOTHING} on the migrated schema"
[ -n "$old" ] && [ "$(sql "SELECT COUNT(*) FROM visit WHERE id = $old AND rolling_upgrade_probe IS NULL")" = 1 ] || mixed="$mixed: FAILED"
log "$mixed"
sleep "$PAUSE"
upgrade 2 "$HUOLTOPOLKU_NODE2_PORT"
sleep "$PAUSE"
for l in "${loaders[@]}"; do kill "$l" 2>/dev/null || true; wait "$l" 2>/dev/null || true; done
loaders=()

failed=$(grep -c '^refused\|^unanswered' "$acks" || true)
check_acks "$acks" "$token"
history=$(sql "SELECT COUNT(*) || ' applied, ' || COUNT(*) FILTER (WHERE NOT success) || ' failed, version 900 recorded ' || COUNT(*) FILTER (WHERE version = '900') || ' time(s)' FROM flyway_schema_history")
log "Flyway's history: $history; nodes' logs: $(grep -c 'Successfully applied' "$dir/node1.log" "$dir/node2.log" | tr '\n' ' ')starts applied migrations (the others found the schema up to date)"
log "ledger: $books bookings and $closes cancellations acknowledged through the balancer; $failed requests failed; lost $lost, holding another visit $wrong"
log "rolling upgrade of 2 nodes under load: acknowledged $((books + closes)), failed $failed, lost $lost"
if [ "$failed" = 0 ] && [ "$lost" = 0 ] && [ "$wrong" = 0 ] && [[ "$mixed" != *FAILED* ]] && [[ "$history" == *"0 failed, version 900 recorded 1 time(s)" ]]; then
  log "result: PASS (no request failed, nothing acknowledged was lost, the old release worked on the new schema)"
else
  log "result: FAIL"
fi
cp "$out" bench/rolling-upgrade.txt
grep -q "result: PASS" bench/rolling-upgrade.txt
