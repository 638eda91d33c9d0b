#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback: for the PostgreSQL test tier (run by `mvn verify`
# around the integration-test phase) and for the scripts in deploy/ and bench/.
#   postgres.sh start DIR   creates and starts a cluster in DIR on a free port, as an unprivileged
#                           user; writes DIR/datasource.properties (JDBC URL, user, password) and
#                           DIR/port
#   postgres.sh resume DIR  starts a cluster made by start again, on its port (a kept benchmark database)
#   postgres.sh stop DIR    stops it and removes DIR
# Uses Debian's PostgreSQL (/usr/lib/postgresql/<version>/bin). When it is missing and this runs as
# root it is installed with apt; otherwise the message says how. The cluster trades durability for
# speed (fsync off): it holds test data only, and is deleted afterwards.
set -euo pipefail
command=${1:?start or stop}
dir=$(realpath -m "${2:?a folder for the cluster}")

bin() {
  local initdb
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$initdb" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      echo "Installing Debian's postgresql for the PostgreSQL tests (apt-get)..." >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      initdb=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)
    else
      echo "PostgreSQL is missing: run 'sudo apt-get install -y postgresql' and test again." >&2
      exit 1
    fi
  fi
  dirname "$initdb"
}

# PostgreSQL refuses to run as root: as root the cluster belongs to Debian's 'postgres' user.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A port nobody listens on (the start is retried on another if it is taken meanwhile).
serve() {  # $1 bin folder, $2 port
  as_owner "$1/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $2 -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
}

free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

case "$command" in
start)
  pg=$(bin)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$pg/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = "0" ] && chown postgres "$dir"
  password=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  echo "$password" >"$dir/pwfile"
  [ "$(id -u)" = "0" ] && chown postgres "$dir/pwfile"
  as_owner "$pg/initdb" -D "$dir/data" -U huoltopolku --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  port=""
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if serve "$pg" "$port"; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=$password "$pg/psql" -h 127.0.0.1 -p "$port" -U huoltopolku -d postgres -q -c 'CREATE DATABASE huoltopolku'
  echo "$port" >"$dir/port"
  cat >"$dir/datasource.properties" <<EOF
datasources.default.url=jdbc:postgresql://127.0.0.1:$port/huoltopolku
datasources.default.username=huoltopolku
datasources.default.password=$password
datasources.default.driver-class-name=org.postgresql.Driver
datasources.default.dialect=POSTGRES
EOF
  echo "PostgreSQL $(basename "$(dirname "$pg")") on 127.0.0.1:$port ($dir)" >&2
  ;;
resume)
  pg=$(bin)
  as_owner "$pg/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 || serve "$pg" "$(cat "$dir/port")"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$(bin)/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: postgres.sh start|resume|stop DIR" >&2; exit 2
  ;;
esac
