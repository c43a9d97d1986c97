#!/usr/bin/env bash
# End-to-end browser tests: the whole review loop through lcreview's pages, in headless Chromium
# (Debian's) driven by playwright-core (tests/browser/flow.mjs).
#
# Starts the server binary (LCREVIEW_BIN, default target/debug/lcreview: build it first) in a fresh
# temporary directory on a free loopback port, with dev sign-in on. On SQLite by default (the
# server's own data/lcreview.db in that directory); with TEST_DATABASE_URL=postgres://… on a fresh
# PostgreSQL database, dropped afterwards. Full-page screenshots of each step, and the server's log,
# go to target/browser-screenshots/<sqlite|postgres>/.
#
#   bash tests/browser/run.sh
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bash tests/browser/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
started=$(date +%s)

bin="${LCREVIEW_BIN:-target/debug/lcreview}"
case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac
[ -x "$bin" ] || { echo "tests/browser/run.sh: no server binary at $bin (cargo build, or set LCREVIEW_BIN)" >&2; exit 1; }

# What the tests need: Node.js, Debian's Chromium, playwright-core (pinned by the lock file; it
# downloads no browser of its own).
command -v node >/dev/null || { echo "tests/browser/run.sh: Node.js (20 or later) is needed" >&2; exit 1; }
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "tests/browser/run.sh: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  chromium_path=/usr/bin/chromium
fi
if [ ! -d tests/browser/node_modules/playwright-core ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/lcreview-browser.XXXXXX")
server=""
pg_admin=""
pg_db=""
cleanup() {
  local rc=$?
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ -n "$pg_db" ]; then
    psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null ||
      echo "tests/browser/run.sh: could not drop the database $pg_db" >&2
  fi
  rm -rf "$workdir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The database.
if [[ "${TEST_DATABASE_URL:-}" == postgres* ]]; then
  db_kind=postgres
  command -v psql >/dev/null || { echo "tests/browser/run.sh: psql is needed with TEST_DATABASE_URL" >&2; exit 1; }
  pg_admin="$TEST_DATABASE_URL"
  pg_db="lcreview_browser_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
  psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $pg_db" >/dev/null
  # postgres://u@host:5432/postgres?x → postgres://u@host:5432/NAME?x
  base="${TEST_DATABASE_URL%%\?*}"
  query=""
  [[ "$TEST_DATABASE_URL" == *\?* ]] && query="?${TEST_DATABASE_URL#*\?}"
  rest="${base#*://}"
  export DATABASE_URL="${base%%://*}://${rest%%/*}/$pg_db$query"
else
  db_kind=sqlite
  unset DATABASE_URL # the server's default: data/lcreview.db in its working directory
fi
shots="$repo/target/browser-screenshots/$db_kind"
rm -rf "$shots"
mkdir -p "$shots"

# The server, on a free loopback port, with dev sign-in.
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
url="http://127.0.0.1:$port"
export LCREVIEW_AUTH__DEV_LOGIN=true LCREVIEW_SERVER__BIND="127.0.0.1:$port" LCREVIEW_AUTH__PUBLIC_URL="$url" NO_COLOR=1
log="$workdir/serve.log"
(cd "$workdir" && exec "$bin" serve) >"$log" 2>&1 &
server=$!
for _ in $(seq 1 150); do
  curl -sf "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.2
done
if ! curl -sf "$url/healthz" >/dev/null 2>&1; then
  echo "tests/browser/run.sh: the server did not start; its log:" >&2
  cat "$log" >&2
  exit 1
fi

# The secretariat's account and API token, from the CLI, on the same database.
admin() {
  local out
  if ! out=$(cd "$workdir" && "$bin" admin "$@" 2>"$workdir/cli.log"); then
    echo "tests/browser/run.sh: lcreview admin $1 failed:" >&2
    cat "$workdir/cli.log" >&2
    exit 1
  fi
  printf '%s\n' "$out" | tail -n 1
}
admin create-user --email secretariat@browser.example.org --name "Sasha Secretariat" --role secretariat >/dev/null
token=$(admin issue-token --email secretariat@browser.example.org)

echo "browser tests on $db_kind: server $url ($bin)"
status=0
LCREVIEW_URL="$url" LCREVIEW_TOKEN="$token" SCREENSHOT_DIR="$shots" CHROMIUM_PATH="$chromium_path" \
  node tests/browser/flow.mjs || status=$?

# The server must not have answered any request with a 5xx, nor panicked.
if grep -nE 'status=5[0-9]{2}|panicked' "$log" >&2; then
  echo "tests/browser/run.sh: the server answered 5xx or panicked (lines above)" >&2
  status=1
fi
cp "$log" "$shots/server.log"
if [ "$status" -ne 0 ]; then
  echo "--- the server's log (last 60 lines; all of it in $shots/server.log) ---" >&2
  tail -n 60 "$log" >&2
fi
echo "browser tests on $db_kind: $( [ "$status" -eq 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - started ))s; screenshots in ${shots#"$repo"/}"
exit "$status"
