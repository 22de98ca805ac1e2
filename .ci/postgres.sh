# A private PostgreSQL server for Parley's tests: `source .ci/postgres.sh; parley_pg_start [PORT]`
# initialises a throw-away cluster in a temp dir (as the `postgres` user when run as root), starts it on
# PORT (default 54329) with its unix socket in that dir and no TCP, creates the database `parley_test`,
# and exports PARLEY_PG_URL. `parley_pg_stop` stops it and removes the dir. Needs Debian's `postgresql`
# (or any PostgreSQL ≥ 13 whose initdb/pg_ctl are on PATH or in /usr/lib/postgresql/*/bin).

parley_pg_bin() {
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/createdb" ]]; then pg_config --bindir; return; fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$dir" ]] || { echo "parley_pg_start: no PostgreSQL binaries (apt-get install postgresql)" >&2; return 1; }
  echo "$dir"
}

parley_pg_start() {
  local port="${1:-54329}" bin
  bin="$(parley_pg_bin)" || return 1
  PARLEY_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/parley-pg.XXXXXX")"
  export PARLEY_PG_DIR
  local as=()
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres: "$PARLEY_PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PARLEY_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C \
    >"$PARLEY_PG_DIR/initdb.log" 2>&1 || { cat "$PARLEY_PG_DIR/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$PARLEY_PG_DIR/data" -l "$PARLEY_PG_DIR/server.log" -w -s \
    -o "-p $port -k $PARLEY_PG_DIR -c listen_addresses=''" start \
    || { cat "$PARLEY_PG_DIR/server.log" >&2; return 1; }
  "${as[@]}" "$bin/createdb" -h "$PARLEY_PG_DIR" -p "$port" -U postgres parley_test || return 1
  export PARLEY_PG_URL="postgresql://postgres@localhost/parley_test?host=$PARLEY_PG_DIR&port=$port"
  echo "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on $PARLEY_PG_DIR port $port: PARLEY_PG_URL=$PARLEY_PG_URL"
}

parley_pg_stop() {
  [[ -n "${PARLEY_PG_DIR:-}" && -d "$PARLEY_PG_DIR/data" ]] || return 0
  local bin as=()
  bin="$(parley_pg_bin)" || return 0
  [[ "$(id -u)" == 0 ]] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$PARLEY_PG_DIR/data" -m fast -w -s stop || true
  rm -rf "$PARLEY_PG_DIR"
  unset PARLEY_PG_DIR PARLEY_PG_URL
}
