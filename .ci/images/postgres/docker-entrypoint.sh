#!/usr/bin/env bash
# A small version of the official postgres entrypoint: create the cluster
# and database from the POSTGRES_* variables on first start, then run the
# server as the postgres user.
set -euo pipefail

# Prefix for running as postgres; a container started with --user already is.
as_postgres=()
if [ "$(id -u)" = 0 ]; then
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

init_cluster() {
  local user=${POSTGRES_USER:-postgres}
  local db=${POSTGRES_DB:-$user}
  local auth=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$auth" != trust ]; then
    echo 'POSTGRES_PASSWORD is not set (or set POSTGRES_HOST_AUTH_METHOD=trust)' >&2
    exit 1
  fi

  # A file keeps the password out of the process list.
  local pwfile
  pwfile=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:-}" >"$pwfile"
  chown postgres "$pwfile" 2>/dev/null || true
  "${as_postgres[@]}" initdb --username="$user" --pwfile="$pwfile" \
    --encoding=UTF8 >/dev/null
  rm -f "$pwfile"
  echo "host all all all $auth" >>"$PGDATA/pg_hba.conf"

  # Socket-only server, so clients cannot connect before setup is done.
  "${as_postgres[@]}" pg_ctl -D "$PGDATA" -w -o "-c listen_addresses=''" start
  local psql=(psql -v ON_ERROR_STOP=1 -U "$user" --no-password -d postgres)
  if [ "$db" != postgres ]; then
    "${as_postgres[@]}" "${psql[@]}" --set db="$db" <<<'CREATE DATABASE :"db";'
  fi
  local f
  for f in /docker-entrypoint-initdb.d/*; do
    case $f in
      *.sql) "${as_postgres[@]}" "${psql[@]}" -d "$db" -f "$f" ;;
      *.sh) "${as_postgres[@]}" bash "$f" ;;
    esac
  done
  "${as_postgres[@]}" pg_ctl -D "$PGDATA" -m fast -w stop
}

if [ $# -eq 0 ] || [ "${1:0:1}" = - ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"
fi
shift

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  init_cluster
fi
exec "${as_postgres[@]}" postgres -D "$PGDATA" -c listen_addresses='*' "$@"
