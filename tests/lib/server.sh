# Shared by the scripts that drive the real server from outside (tests/browser, tests/schemathesis):
# the binary, a fresh database, the CLI on it, the server on a free loopback port, and cleanup.
# Source it from the repository root with `me` (the caller's name, for messages) set, then call:
#   server_binary                 sets `bin` (LCREVIEW_BIN, default target/debug/lcreview)
#   server_database PREFIX        sets `workdir`, `db_kind` (sqlite|postgres) and DATABASE_URL: SQLite
#                                 in `workdir` by default, a new PostgreSQL database PREFIX_<random> with
#                                 TEST_DATABASE_URL=postgres://…; both removed on exit
#   server_cli ARGS…              runs `lcreview ARGS…` on that database; prints its last line
#   server_start                  starts `lcreview serve`; sets `server` (pid), `url` and `log`
#   server_log_clean              fails (listing the lines) if the log shows a 5xx or a panic

repo=$(pwd)
server=""
pg_admin=""
pg_db=""
workdir=""

server_binary() {
  bin="${LCREVIEW_BIN:-target/debug/lcreview}"
  case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac
  [ -x "$bin" ] || { echo "$me: no server binary at $bin (cargo build, or set LCREVIEW_BIN)" >&2; exit 1; }
}

server_cleanup() {
  local rc=$?
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ -n "$pg_db" ]; then
    psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null ||
      echo "$me: could not drop the database $pg_db" >&2
  fi
  [ -n "$workdir" ] && rm -rf "$workdir"
  exit "$rc"
}

server_database() {
  local prefix=$1
  workdir=$(mktemp -d "${TMPDIR:-/tmp}/$prefix.XXXXXX")
  trap server_cleanup EXIT
  trap 'exit 130' INT TERM
  if [[ "${TEST_DATABASE_URL:-}" == postgres* ]]; then
    db_kind=postgres
    command -v psql >/dev/null || { echo "$me: psql is needed with TEST_DATABASE_URL" >&2; exit 1; }
    pg_admin="$TEST_DATABASE_URL"
    pg_db="${prefix//-/_}_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $pg_db" >/dev/null
    # postgres://u@host:5432/postgres?x → postgres://u@host:5432/NAME?x
    local base="${TEST_DATABASE_URL%%\?*}" query="" rest
    [[ "$TEST_DATABASE_URL" == *\?* ]] && query="?${TEST_DATABASE_URL#*\?}"
    rest="${base#*://}"
    export DATABASE_URL="${base%%://*}://${rest%%/*}/$pg_db$query"
  else
    db_kind=sqlite
    unset DATABASE_URL # the server's default: data/lcreview.db in its working directory
  fi
}

server_cli() {
  local output
  if ! output=$(cd "$workdir" && "$bin" "$@" 2>"$workdir/cli.log"); then
    echo "$me: lcreview $* failed:" >&2
    cat "$workdir/cli.log" >&2
    exit 1
  fi
  printf '%s\n' "$output" | tail -n 1
}

server_start() {
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  url="http://127.0.0.1:$port"
  export LCREVIEW_SERVER__BIND="127.0.0.1:$port" LCREVIEW_AUTH__PUBLIC_URL="$url" NO_COLOR=1
  log="$workdir/serve.log"
  (cd "$workdir" && exec "$bin" serve) >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 150); do
    curl -sf "$url/healthz" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
  done
  if ! curl -sf "$url/healthz" >/dev/null 2>&1; then
    echo "$me: the server did not start; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
}

server_log_clean() {
  if grep -nE 'status=5[0-9]{2}|panicked' "$log" >&2; then
    echo "$me: the server answered 5xx or panicked (lines above)" >&2
    return 1
  fi
}
