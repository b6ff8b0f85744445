#!/usr/bin/env bash
# Installs (if missing) and starts a PostgreSQL server on loopback, creates a database and a user
# for the server tests, and prints `export DATABASE_URL=…` on stdout (progress goes to stderr):
#
#   eval "$(bash tools/ci-postgres.sh)"
#
# Debian's `postgresql` package; idempotent (a second run reuses the cluster, the user and the
# database). Listens on 127.0.0.1 only. Needs root (CI and developer machines here are root).
set -euo pipefail

DB_NAME="${PG_TEST_DB:-booking_elements_test}"
DB_USER="${PG_TEST_USER:-booking}"
DB_PASSWORD="${PG_TEST_PASSWORD:-booking-test-password}"
PORT="${PG_TEST_PORT:-5432}"

log() { echo "ci-postgres: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${VERSION} main$"; then
  log "creating cluster ${VERSION}/main"
  pg_createcluster "${VERSION}" main --port "${PORT}" >&2
fi
CONF="/etc/postgresql/${VERSION}/main/postgresql.conf"
# Loopback only, and enough connections for two server processes and the tests.
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "${CONF}"
sed -i "s/^#\?max_connections.*/max_connections = 200/" "${CONF}"

if ! pg_lsclusters -h | grep -q "^${VERSION} *main .* online"; then
  log "starting cluster ${VERSION}/main"
  pg_ctlcluster "${VERSION}" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="${VERSION}" '$1==v && $2=="main" {print $3}')"

for _ in $(seq 1 50); do
  if su postgres -c "psql -p ${PORT} -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 0.2
done

psql_admin() { su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -p ${PORT} -v ON_ERROR_STOP=1 -qAt $*"; }
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname = '${DB_USER}'\"")" != "1" ]; then
  log "creating user ${DB_USER}"
  psql_admin "-c \"create role ${DB_USER} login password '${DB_PASSWORD}'\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname = '${DB_NAME}'\"")" != "1" ]; then
  log "creating database ${DB_NAME}"
  psql_admin "-c \"create database ${DB_NAME} owner ${DB_USER}\"" >&2
fi
# The extension lives in public, created once by the superuser, so test schemas share it.
psql_admin "-d ${DB_NAME} -c \"create extension if not exists btree_gist\"" >&2

echo "export DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${PORT}/${DB_NAME}"
