#!/usr/bin/env bash
# Losing the database server under load: a PostgreSQL primary and a streaming standby on loopback
# (synchronous replication: a commit is acknowledged only once the standby has it), two app nodes
# with both servers in their URL (targetServerType=primary) behind HAProxy, 4 writer threads through
# the balancer keeping a ledger of acknowledged writes (bench/write-load.sh), a board open on node 2.
# The primary and all its processes are killed with kill -9 and the standby is promoted as soon as
# the primary is gone (this script plays the failover manager: pg_ctl promote). Then every
# acknowledged write is read back, and a car checked in on node 1 must reach node 2's board
# (bench/failover.js). Prints
#   acknowledged N, lost 0, failed during failover F, writes again after S s
# and exits non-zero if an acknowledged write is lost or live updates do not come back.
#   bench/failover.sh [seconds of load before the kill, default 30] [after, default 30]
# Latest output: bench/failover.txt. Needs postgresql, haproxy, chromium and npm (Debian's; the
# first two are installed with apt when run as root). Everything runs in target/failover and is
# stopped and deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:-30}
AFTER=${2:-30}
THREADS=4
dir=$(realpath -m target/failover)
export HUOLTOPOLKU_FRONT_PORT=${HUOLTOPOLKU_FRONT_PORT:-18400} HUOLTOPOLKU_NODE1_PORT=${HUOLTOPOLKU_NODE1_PORT:-18401} \
  HUOLTOPOLKU_NODE2_PORT=${HUOLTOPOLKU_NODE2_PORT:-18402} HUOLTOPOLKU_ADMIN_PORT=${HUOLTOPOLKU_ADMIN_PORT:-18403}
PRIMARY_PORT=${PRIMARY_PORT:-18410}
STANDBY_PORT=${STANDBY_PORT:-18411}
BASE="http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT"
JAR=target/huoltopolku.jar

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  [ "$(id -u)" = "0" ] || { echo "PostgreSQL is missing: run 'sudo apt-get install -y postgresql'." >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
as_owner() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! { [ -f "$JAR" ] && unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q Main-Class; }; then
  mvn -B -q -Pproduction -DskipTests package
fi
(cd bench && npm install --silent --no-audit --no-fund >/dev/null)

. bench/two-nodes.sh
. bench/write-load.sh
loaders=()
browser=""
cleanup() {
  trap - EXIT INT TERM
  for l in "${loaders[@]}" $browser; do kill "$l" 2>/dev/null || true; wait "$l" 2>/dev/null || true; done
  stop_all
  for server in primary standby; do
    [ -f "$dir/pg/$server/postmaster.pid" ] && as_owner "$pg/pg_ctl" -D "$dir/pg/$server" -m immediate stop >/dev/null 2>&1 || true
  done
  # The logs are kept when something failed (target/failover-logs), everything else goes.
  if ! grep -q "result: PASS" "$dir/out.txt" 2>/dev/null; then
    rm -rf target/failover-logs && mkdir -p target/failover-logs && cp "$dir"/*.log "$dir"/pg/*.log "$dir/browser.out" target/failover-logs/ 2>/dev/null || true
  fi
  rm -rf "$dir"
}
rm -rf "$dir"
mkdir -p "$dir/pg"
trap cleanup EXIT INT TERM
[ "$(id -u)" = "0" ] && chown postgres "$dir/pg"

# The primary: synchronous_commit on and (below) the standby named as synchronous, so an
# acknowledged commit is on both servers. fsync off only because processes are killed here, not the machine.
password=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
echo "$password" >"$dir/pg/pwfile"
[ "$(id -u)" = "0" ] && chown postgres "$dir/pg/pwfile"
as_owner "$pg/initdb" -D "$dir/pg/primary" -U huoltopolku --pwfile="$dir/pg/pwfile" -A scram-sha-256 -E UTF8 \
  --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1
rm -f "$dir/pg/pwfile"
common="-c listen_addresses=127.0.0.1 -k $dir/pg -c fsync=off -c max_connections=100 -c synchronous_commit=on"
as_owner "$pg/pg_ctl" -D "$dir/pg/primary" -l "$dir/pg/primary.log" -w \
  -o "-p $PRIMARY_PORT $common" start >/dev/null
PGPASSWORD=$password "$pg/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U huoltopolku -d postgres -q -c 'CREATE DATABASE huoltopolku'

# The standby: a base backup of the primary, streaming from it. Its own synchronous_standby_names
# is empty: once promoted it has no standby, and commits must not wait for one.
as_owner env PGPASSWORD="$password" "$pg/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U huoltopolku \
  -D "$dir/pg/standby" -R -X stream -c fast
echo "primary_conninfo = 'host=127.0.0.1 port=$PRIMARY_PORT user=huoltopolku password=$password application_name=standby'" \
  | as_owner tee -a "$dir/pg/standby/postgresql.auto.conf" >/dev/null
as_owner "$pg/pg_ctl" -D "$dir/pg/standby" -l "$dir/pg/standby.log" -w \
  -o "-p $STANDBY_PORT $common -c synchronous_standby_names=" start >/dev/null
sql() { PGPASSWORD=$password "$pg/psql" -h 127.0.0.1 -p "$1" -U huoltopolku -d huoltopolku -tA -c "$2"; }
# Synchronous from now on (named once the standby exists: until then a commit would wait for it).
sql "$PRIMARY_PORT" "ALTER SYSTEM SET synchronous_standby_names = 'standby'" >/dev/null
sql "$PRIMARY_PORT" "SELECT pg_reload_conf()" >/dev/null
until [ "$(sql "$PRIMARY_PORT" "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby'")" = sync ]; do
  sleep 0.5
done

export HUOLTOPOLKU_DB_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT/huoltopolku?targetServerType=primary&hostRecheckSeconds=2&connectTimeout=5"
export HUOLTOPOLKU_DB_USER=huoltopolku HUOLTOPOLKU_DB_PASSWORD=$password
start_node 1 "$HUOLTOPOLKU_NODE1_PORT" "$JAR" true
start_node 2 "$HUOLTOPOLKU_NODE2_PORT" "$JAR" true
start_balancer
token=$(grep -o 'Demo API token (manager): hp_[A-Za-z0-9_-]*' "$dir/node1.log" | sed 's/.*: //')
acks="$dir/acks"
: >"$acks"

out="$dir/out.txt"
log() { echo "$*" | tee -a "$out"; }
log "# Huoltopolku: the database server lost under load, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL $(basename "$(dirname "$pg")") primary + synchronous streaming standby, 2 nodes behind HAProxy, $THREADS writer threads through the balancer"
node bench/failover.js "http://127.0.0.1:$HUOLTOPOLKU_NODE1_PORT" "http://127.0.0.1:$HUOLTOPOLKU_NODE2_PORT" \
  "$token" "$dir/board-ready" "$dir/promoted" >"$dir/browser.out" 2>&1 &
browser=$!
until [ -f "$dir/board-ready" ]; do kill -0 "$browser" 2>/dev/null || break; sleep 0.5; done
for t in $(seq 1 "$THREADS"); do load "$t" "$acks" "$token" Failover >/dev/null 2>&1 & loaders+=($!); done
sleep "$BEFORE"
acked_before=$(grep -c '^book\|^close' "$acks" || true)
log "replication before the kill: $(sql "$PRIMARY_PORT" "SELECT application_name || ' ' || state || ', ' || sync_state FROM pg_stat_replication")"

# The primary lost: its postmaster and every process it started, at once.
primary_pid=$(head -1 "$dir/pg/primary/postmaster.pid")
at_kill=$(wc -l <"$acks")
killed_ns=$(date +%s%N)
kill -9 "$primary_pid" $(ps -o pid= --ppid "$primary_pid") 2>/dev/null || true
while kill -0 "$primary_pid" 2>/dev/null; do sleep 0.05; done
as_owner "$pg/pg_ctl" -D "$dir/pg/standby" -w promote >/dev/null
promoted_ns=$(date +%s%N)
touch "$dir/promoted"
log "primary killed (kill -9, $acked_before writes acknowledged until then); standby promoted $(( (promoted_ns - killed_ns) / 1000000 )) ms later; synchronous_standby_names there: '$(sql "$STANDBY_PORT" "SHOW synchronous_standby_names")', in recovery: $(sql "$STANDBY_PORT" "SELECT pg_is_in_recovery()")"

# The first booking through the balancer answered 201 after the kill: writes are back.
again=""
while [ -z "$again" ]; do
  body=$(curl -s -m 5 -w '\n%{http_code}' -X POST "$BASE/api/v1/visits" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"customer":{"name":"Failover probe","phone":"+358401234567"},
     "vehicle":{"plate":"FOP-1","make":"Skoda","model":"Octavia"},"requestedWork":"Probe",
     "bookedAt":"2026-06-10T08:00:00Z","promisedAt":"2026-06-10T13:00:00Z","allowOverbooking":true}') || true
  if [ "$(tail -1 <<<"$body")" = 201 ]; then
    again=$(( ($(date +%s%N) - killed_ns) / 1000000 ))
    echo "book $(head -1 <<<"$body" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2) $(head -1 <<<"$body" \
      | grep -o '"plate":"[^"]*"' | head -1 | cut -d'"' -f4)" >>"$acks"
  elif [ $(( ($(date +%s%N) - killed_ns) / 1000000000 )) -gt 120 ]; then
    log "no write accepted within 120 s of the kill"; break
  else
    sleep 0.2
  fi
done
sleep "$AFTER"
for l in "${loaders[@]}"; do kill "$l" 2>/dev/null || true; wait "$l" 2>/dev/null || true; done
loaders=()
live=0
wait "$browser" || live=$?
browser=""
tee -a "$out" <"$dir/browser.out"
failed_before=$(head -n "$at_kill" "$acks" | grep -c '^refused\|^unanswered' || true)
failed=$(tail -n +"$((at_kill + 1))" "$acks" | grep -c '^refused\|^unanswered' || true)
check_acks "$acks" "$token"
mismatched=$(sql "$STANDBY_PORT" "$STAGE_MISMATCH")
log "ledger: $failed_before requests failed before the kill; $books bookings and $closes cancellations acknowledged, read back through the balancer from the promoted standby: lost $lost, holding another visit $wrong; stage different from the timeline's last change: $mismatched"
log "live-update listeners reconnected and caught up: node 1 $(grep -c 'Listening again for other nodes' "$dir/node1.log"), node 2 $(grep -c 'Listening again for other nodes' "$dir/node2.log") time(s); listening on the new primary: $(sql "$STANDBY_PORT" "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'huoltopolku-listener'")"
log "acknowledged $((books + closes)), lost $lost, failed during failover $failed, writes again after $([ -n "$again" ] && awk -v ms="$again" 'BEGIN { printf "%.1f", ms / 1000 }' || echo never) s"
if [ "$failed_before" = 0 ] && [ "$lost" = 0 ] && [ "$wrong" = 0 ] && [ "$mismatched" = 0 ] && [ -n "$again" ] && [ "$live" = 0 ]; then
  log "result: PASS (nothing acknowledged was lost; writes and live updates came back on the promoted standby)"
else
  log "result: FAIL"
fi
cp "$dir/out.txt" bench/failover.txt
grep -q "result: PASS" bench/failover.txt
