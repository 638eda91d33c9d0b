#!/usr/bin/env bash
# Several nodes on loopback, for a newcomer to try (README, "Several nodes"): a throw-away
# PostgreSQL cluster, two app nodes of the same jar on it (the first fills it with demo data) and
# HAProxy in front with cookie-sticky sessions. Runs until Ctrl-C, then stops everything and deletes
# the database.
#   deploy/cluster.sh            front at http://127.0.0.1:8090, nodes at :8091 and :8092
# Ports: HUOLTOPOLKU_FRONT_PORT, HUOLTOPOLKU_NODE1_PORT, HUOLTOPOLKU_NODE2_PORT. Installs Debian's
# haproxy and postgresql with apt when missing and run as root. Logs in target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."
export HUOLTOPOLKU_FRONT_PORT=${HUOLTOPOLKU_FRONT_PORT:-8090}
export HUOLTOPOLKU_NODE1_PORT=${HUOLTOPOLKU_NODE1_PORT:-8091}
export HUOLTOPOLKU_NODE2_PORT=${HUOLTOPOLKU_NODE2_PORT:-8092}
dir=${HUOLTOPOLKU_CLUSTER_DIR:-target/cluster}
JAR=target/huoltopolku.jar

if ! command -v haproxy >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's haproxy (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  else
    echo "HAProxy is missing: run 'sudo apt-get install -y haproxy' and start again." >&2; exit 1
  fi
fi
# The fat jar and its archive (mvn verify leaves a thin jar of the same name: build again then).
if ! { [ -f "$JAR" ] && [ -f target/huoltopolku.jsa ] && unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q Main-Class; }; then
  mvn -B -q -Pproduction -DskipTests package
fi

mkdir -p "$dir"
pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash deploy/postgres.sh stop "$dir/postgres"
}
trap stop EXIT INT TERM

bash deploy/postgres.sh start "$dir/postgres"
prop() { sed -n "s/^datasources.default.$1=//p" "$dir/postgres/datasource.properties"; }
export MICRONAUT_ENVIRONMENTS=postgres HUOLTOPOLKU_DB_URL=$(prop url) HUOLTOPOLKU_DB_USER=$(prop username) \
  HUOLTOPOLKU_DB_PASSWORD=$(prop password) HUOLTOPOLKU_BEHIND_PROXY=true HUOLTOPOLKU_DEMO=true \
  HUOLTOPOLKU_PUBLIC_URL=http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT

node() {  # $1 number, $2 port
  HUOLTOPOLKU_PORT=$2 HUOLTOPOLKU_DATA_DIR="$dir/node$1" java @config/jvm.options -jar "$JAR" >"$dir/node$1.log" 2>&1 &
  pids+=($!)
  echo "$!" >"$dir/node$1.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$2/api/health"; do
    kill -0 "$!" 2>/dev/null || { tail -20 "$dir/node$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "node $1 up at http://127.0.0.1:$2 (log $dir/node$1.log)"
}
# The first node fills the empty database with the demo; the second starts on it.
node 1 "$HUOLTOPOLKU_NODE1_PORT"
node 2 "$HUOLTOPOLKU_NODE2_PORT"
haproxy -f deploy/haproxy.cfg -db >"$dir/haproxy.log" 2>&1 &
pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT/api/health"; do sleep 0.2; done
grep -o 'Demo API token (manager): hp_[A-Za-z0-9_-]*' "$dir/node1.log" | sed 's/.*: //' >"$dir/token" || true
echo "Huoltopolku on two nodes: open http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT (demo users as in the README)."
echo "A board open on one node shows moves made on the other. Ctrl-C stops everything."
wait
