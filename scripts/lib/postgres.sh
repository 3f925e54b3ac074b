# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests: start_test_postgres sets
# TREMPLIN_TEST_PG to its URL; stop_test_postgres removes it. Source this file.

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -z $bin ]]; then
    echo "postgres: not installed; PostgreSQL tests are skipped" >&2
    return 1
  fi
  TEST_PG_DIR=$(mktemp -d /tmp/tremplin-pg.XXXXXX)
  local port=$((20000 + RANDOM % 20000))
  local run=()
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$TEST_PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$TEST_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/log" -w \
    -o "-k $TEST_PG_DIR -p $port -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  TEST_PG_BIN=$bin
  TEST_PG_RUN=("${run[@]}")
  export TREMPLIN_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "postgres: throwaway cluster on 127.0.0.1:$port"
}

stop_test_postgres() {
  [[ -n ${TEST_PG_DIR:-} ]] || return 0
  "${TEST_PG_RUN[@]}" "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
  unset TEST_PG_DIR
}
