#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: created in a temporary folder, owned by an unprivileged
# user, listening on 127.0.0.1 only, trusting local logins. Never a shared server.
#   . releng/test-postgres.sh start   sets LEERKRING_TEST_PG (and LEERKRING_TEST_PG_DIR) when it can
#   . releng/test-postgres.sh stop    stops the cluster and removes its folder
# Sourced by ./leerkring test; without PostgreSQL's programs it says so and the team-database tests skip.

lk_pg_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "!! PostgreSQL is not installed (apt-get install postgresql): the team-database tests will be SKIPPED." >&2
    return 0
  fi
  local dir port as=()
  dir=$(mktemp -d /tmp/leerkring-pg.XXXXXX)
  # initdb refuses to run as root: run the cluster as the postgres user the package created.
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir"
    as=(runuser -u postgres --)
  fi
  port=$(( 55000 + RANDOM % 5000 ))
  "${as[@]}" "$bin/initdb" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$dir/data" >"$dir/initdb.log" 2>&1 \
    || { echo "!! initdb failed (see $dir/initdb.log): the team-database tests will be SKIPPED." >&2; return 0; }
  # One login that needs a password (the tests of asking for it), before the trust lines.
  "${as[@]}" sed -i '0,/^host/s//host    all             leerkring_pw    127.0.0.1\/32            scram-sha-256\nhost/' \
    "$dir/data/pg_hba.conf"
  # TLS with a self-signed certificate, so sslmode=require is tested for real.
  local tls=()
  if command -v openssl >/dev/null 2>&1 && "${as[@]}" openssl req -x509 -newkey rsa:2048 -nodes -days 2 \
      -subj /CN=127.0.0.1 -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1; then
    tls=(-c ssl=on)
  fi
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off ${tls[*]}" start >/dev/null \
    || { echo "!! PostgreSQL did not start (see $dir/server.log): the team-database tests will be SKIPPED." >&2; return 0; }
  export LEERKRING_TEST_PG="postgresql://127.0.0.1:$port/postgres?user=postgres"
  export LEERKRING_TEST_PG_DIR="$dir"
  echo "Throwaway PostgreSQL for the tests: $LEERKRING_TEST_PG (in $dir)" >&2
}

lk_pg_stop() {
  [ -n "${LEERKRING_TEST_PG_DIR:-}" ] || return 0
  local bin as=()
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/pg_ctl" -D "$LEERKRING_TEST_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$LEERKRING_TEST_PG_DIR"
  unset LEERKRING_TEST_PG LEERKRING_TEST_PG_DIR
}

case "${1:-}" in
  start) lk_pg_start ;;
  stop) lk_pg_stop ;;
esac
