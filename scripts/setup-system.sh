#!/usr/bin/env bash
# Installs and starts what the tests need from Debian: Chromium (browser tests) and PostgreSQL
# (the shared-database backend). Starts PostgreSQL on loopback only and creates the test role and
# database. Safe to run again: it only does what is missing. Reports what it did on stderr.
# Run as root (CI does): npm run setup:system
set -euo pipefail

# The test database (tests/helpers/postgres.ts uses the same defaults).
PG_TEST_USER="${PG_TEST_USER:-send_navigator}"
PG_TEST_PASSWORD="${PG_TEST_PASSWORD:-send_navigator}"
PG_TEST_DB="${PG_TEST_DB:-send_navigator_test}"

say() { echo "setup:system: $*" >&2; }

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Debian's postgresql package brings the server, pg_ctlcluster and a "main" cluster.
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)

if [ "$(id -u)" -ne 0 ]; then
  if [ ${#need[@]} -ne 0 ]; then
    say "needs root to install: ${need[*]} (try: sudo npm run setup:system)"
    exit 1
  fi
  # Nothing to install: fine without root if the test database already answers.
  if PGPASSWORD="$PG_TEST_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -q -h 127.0.0.1 -U "$PG_TEST_USER" -d "$PG_TEST_DB" -c 'SELECT 1' >/dev/null 2>&1; then
    say "everything is installed and the test database answers."
    exit 0
  fi
  say "not root: cannot start PostgreSQL or create the test database (try: sudo npm run setup:system)"
  exit 1
fi

if [ ${#need[@]} -ne 0 ]; then
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  say "installed ${need[*]}"
else
  say "chromium and postgresql are already installed"
fi

# The newest installed PostgreSQL, and its cluster (created if the package did not make one).
pg_version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
cluster="main"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$pg_version $cluster"; then
  say "creating PostgreSQL $pg_version cluster \"$cluster\""
  pg_createcluster "$pg_version" "$cluster" >/dev/null
fi

# Loopback only: the tests connect to 127.0.0.1 and nothing else should.
conf="/etc/postgresql/$pg_version/$cluster/postgresql.conf"
if ! grep -Eq "^listen_addresses *= *'(localhost|127\.0\.0\.1)'" "$conf"; then
  echo "listen_addresses = 'localhost'  # set by scripts/setup-system.sh" >> "$conf"
  say "PostgreSQL set to listen on loopback only"
fi

status="$(pg_lsclusters -h | awk -v v="$pg_version" -v c="$cluster" '$1==v && $2==c {print $4}')"
if [ "$status" != "online" ]; then
  say "starting PostgreSQL $pg_version/$cluster"
  pg_ctlcluster "$pg_version" "$cluster" start
else
  say "PostgreSQL $pg_version/$cluster is already running"
fi
port="$(pg_lsclusters -h | awk -v v="$pg_version" -v c="$cluster" '$1==v && $2==c {print $3}')"

as_postgres() { runuser -u postgres -- psql --port "$port" -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

# Wait (briefly) until it takes connections.
for _ in $(seq 1 30); do
  as_postgres -c 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.5
done

if [ "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_TEST_USER'")" != "1" ]; then
  as_postgres -c "CREATE ROLE \"$PG_TEST_USER\" LOGIN PASSWORD '$PG_TEST_PASSWORD'"
  say "created role $PG_TEST_USER"
else
  # Keep the password the tests expect, even if someone changed it.
  as_postgres -c "ALTER ROLE \"$PG_TEST_USER\" LOGIN PASSWORD '$PG_TEST_PASSWORD'"
  say "role $PG_TEST_USER already exists"
fi
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PG_TEST_DB'")" != "1" ]; then
  as_postgres -c "CREATE DATABASE \"$PG_TEST_DB\" OWNER \"$PG_TEST_USER\""
  say "created database $PG_TEST_DB"
else
  say "database $PG_TEST_DB already exists"
fi

say "done. Tests use postgres://$PG_TEST_USER:***@127.0.0.1:$port/$PG_TEST_DB (or TEST_DATABASE_URL)."
