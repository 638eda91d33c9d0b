# Sourced by bench/failover.sh and bench/rolling-upgrade.sh: two app nodes on loopback behind
# HAProxy (deploy/haproxy.cfg, plus a runtime socket to take a node out and back in), on the
# database named by HUOLTOPOLKU_DB_URL, _USER and _PASSWORD (exported by the caller).
#   start_node N PORT JAR [DEMO]   starts node N from JAR (DEMO true: it fills an empty database),
#                                  waits until it answers its health check; log in $dir/nodeN.log
#   stop_node N                    stops node N as an operator would (SIGTERM) and waits for it
#   start_balancer                 HAProxy at $HUOLTOPOLKU_FRONT_PORT, both nodes behind it
#   balancer "COMMAND"             a command to HAProxy's runtime API, e.g. "set server nodes/node1 state maint"
#   stop_all                       stops both nodes and HAProxy (for the caller's trap)
# Needs: $dir, HUOLTOPOLKU_FRONT_PORT, HUOLTOPOLKU_NODE1_PORT, HUOLTOPOLKU_NODE2_PORT, HUOLTOPOLKU_ADMIN_PORT.
export MICRONAUT_ENVIRONMENTS=postgres HUOLTOPOLKU_BEHIND_PROXY=true \
  HUOLTOPOLKU_PUBLIC_URL=http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT
declare -A node_pids=()
balancer_pid=""

if ! command -v haproxy >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  else
    echo "HAProxy is missing: run 'sudo apt-get install -y haproxy' and start again." >&2; exit 1
  fi
fi

start_node() {  # $1 number, $2 port, $3 jar, $4 demo
  local jvm=(@config/jvm.options)
  # The class-data archive belongs to target/huoltopolku.jar: another jar starts without it.
  [ "$3" = target/huoltopolku.jar ] || jvm=(-XX:MaxGCPauseMillis=50)
  HUOLTOPOLKU_PORT=$2 HUOLTOPOLKU_DATA_DIR="$dir/node$1" HUOLTOPOLKU_DEMO=${4:-false} \
    java "${jvm[@]}" -jar "$3" >>"$dir/node$1.log" 2>&1 &
  node_pids[$1]=$!
  echo "$!" >"$dir/node$1.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$2/api/health"; do
    kill -0 "${node_pids[$1]}" 2>/dev/null || { tail -30 "$dir/node$1.log" >&2; return 1; }
    sleep 0.5
  done
}

stop_node() {
  local pid=${node_pids[$1]:-}
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  node_pids[$1]=""
}

start_balancer() {
  # deploy/haproxy.cfg as it is, with an admin socket on loopback for the runtime API.
  sed "/^global/a\\    stats socket ipv4@127.0.0.1:$HUOLTOPOLKU_ADMIN_PORT level admin" deploy/haproxy.cfg >"$dir/haproxy.cfg"
  haproxy -f "$dir/haproxy.cfg" -db >"$dir/haproxy.log" 2>&1 &
  balancer_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$HUOLTOPOLKU_FRONT_PORT/api/health"; do sleep 0.2; done
}

balancer() {
  local answer
  exec 5<>"/dev/tcp/127.0.0.1/$HUOLTOPOLKU_ADMIN_PORT"
  echo "$1" >&5
  answer=$(cat <&5)
  exec 5<&-
  [ -z "$answer" ] || echo "$answer"
}

# The balancer's view of a node: UP, DOWN, MAINT...
node_state() {
  balancer "show stat" | awk -F, -v n="node$1" '$1 == "nodes" && $2 == n { print $18 }'
}

stop_all() {
  local n
  for n in "${!node_pids[@]}"; do stop_node "$n"; done
  [ -z "$balancer_pid" ] || { kill "$balancer_pid" 2>/dev/null || true; wait "$balancer_pid" 2>/dev/null || true; }
}
