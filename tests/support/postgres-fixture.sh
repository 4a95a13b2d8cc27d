#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the `postgres` test label.
#   postgres-fixture.sh start DIR PORT   initdb in DIR, listen on 127.0.0.1:PORT, user "kaishu" (trust)
#   postgres-fixture.sh stop DIR
# Run as root (CI), the server runs as the "postgres" system user, since PostgreSQL refuses root.
set -euo pipefail
action=$1
dir=$2
port=${3:-55432}

bindir=""
if command -v pg_config >/dev/null 2>&1; then bindir=$(pg_config --bindir); fi
if [ ! -x "$bindir/initdb" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ ! -x "$bindir/initdb" ]; then
  echo "postgres-fixture: no PostgreSQL server found (install the postgresql package)" >&2
  exit 1
fi

as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$bindir/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_server_user "$bindir/initdb" -D "$dir/data" -U kaishu -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres-fixture: server on 127.0.0.1:$port ($("$bindir/postgres" --version))"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$bindir/pg_ctl" -D "$dir/data" stop -m fast -w >/dev/null
  fi
  rm -rf "$dir"
  echo "postgres-fixture: stopped"
  ;;
*)
  echo "usage: $0 start|stop DIR [PORT]" >&2
  exit 2
  ;;
esac
