#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on a loopback port and prints the URL for FRONTLINE_TEST_POSTGRES.
# Usage: source .ci/postgres.sh   (defines stop_postgres; installs the Debian package when missing)
set -euo pipefail
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$pg_bin" ]; then
  apt-get update && apt-get install -y --no-install-recommends postgresql
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
pg_data="$(mktemp -d /tmp/frontline-pg.XXXXXX)"
pg_port="${FRONTLINE_PG_PORT:-55432}"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pg_data"
as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U frontline >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" \
  -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
export FRONTLINE_TEST_POSTGRES="postgres://frontline@127.0.0.1:$pg_port/postgres"
stop_postgres() { as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_data"; }
echo "postgres: $FRONTLINE_TEST_POSTGRES"
