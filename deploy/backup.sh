#!/usr/bin/env bash
# The nightly backup on PostgreSQL (README, "Backup and restore"), and its restore. The database is
# the app's own: HUOLTOPOLKU_DB_URL, HUOLTOPOLKU_DB_USER and HUOLTOPOLKU_DB_PASSWORD, as the app
# takes them (a multi-host URL of a primary and its standby works too: the dump is read from the
# first server that answers).
#   deploy/backup.sh dump FOLDER    a consistent copy of the whole database as of one moment, taken
#                                   while people work (pg_dump -Fc), to FOLDER/huoltopolku-YYYYMMDD-HHMMSS.dump
#                                   (written as .part, renamed when complete); keeps the newest
#                                   HUOLTOPOLKU_BACKUP_KEEP (14) dumps and deletes older ones
#   deploy/backup.sh restore FILE   restores a dump into the database named by the URL, which must be
#                                   new and empty (createdb it first); all or nothing
# Exits non-zero, saying why, when pg_dump or pg_restore fails; a failed dump leaves no file.
set -euo pipefail
command=${1:?dump FOLDER or restore FILE}
target=${2:?a folder (dump) or a dump file (restore)}
url=${HUOLTOPOLKU_DB_URL:?HUOLTOPOLKU_DB_URL: the database, jdbc:postgresql://host:port/name}
export PGUSER=${HUOLTOPOLKU_DB_USER:-huoltopolku} PGPASSWORD=${HUOLTOPOLKU_DB_PASSWORD:-}

# libpq's URI from the JDBC one: the same hosts and database, without the JDBC driver's parameters.
case "$url" in
  jdbc:postgresql://*) ;;
  *) echo "HUOLTOPOLKU_DB_URL is not a PostgreSQL URL (jdbc:postgresql://host:port/name): $url" >&2; exit 2 ;;
esac
uri="postgresql://${url#jdbc:postgresql://}"
uri=${uri%%\?*}

# Debian's newest PostgreSQL client (pg_dump must not be older than the server), else the PATH's.
tool() {
  local newest
  newest=$(ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -1 || true)
  echo "${newest:-$1}"
}

case "$command" in
dump)
  mkdir -p "$target"
  file="$target/huoltopolku-$(date -u +%Y%m%d-%H%M%S).dump"
  if ! "$(tool pg_dump)" -Fc --no-owner --file="$file.part" --dbname="$uri"; then
    rm -f "$file.part"
    echo "The backup failed (above); no dump was written." >&2
    exit 1
  fi
  mv "$file.part" "$file"
  ls -1t "$target"/huoltopolku-*.dump | tail -n +$((${HUOLTOPOLKU_BACKUP_KEEP:-14} + 1)) | xargs -r rm -f
  echo "$file"
  ;;
restore)
  [ -f "$target" ] || { echo "No such dump: $target" >&2; exit 2; }
  "$(tool pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$uri" "$target"
  ;;
*)
  echo "usage: backup.sh dump FOLDER | restore FILE" >&2; exit 2
  ;;
esac
