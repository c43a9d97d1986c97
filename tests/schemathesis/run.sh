#!/usr/bin/env bash
# Property-based fuzzing of the JSON API with schemathesis (PyPI), against the OpenAPI document the
# server itself serves at /api/openapi.json.
#
# Starts the server binary (LCREVIEW_BIN, default target/debug/lcreview: build it first) in a fresh
# temporary directory on a free loopback port, after filling its database with the demo network
# (`lcreview demo`: 24 cities, 30 experts, two published cycles and one in review). On SQLite by
# default (the server's own data/lcreview.db in that directory); with TEST_DATABASE_URL=postgres://…
# on a fresh PostgreSQL database, dropped afterwards. Then runs schemathesis twice, once as the demo
# secretariat and once as the demo city coordinator of Cork, each with its own API token from
# `lcreview admin issue-token`: every phase (examples, coverage, fuzzing, stateful) and every check
# (`--checks all`, none excluded), with the settings of tests/schemathesis/schemathesis.toml (which
# statuses count as accepting a schema-valid request, and realistic values for the generator; the
# reasons are there). object_level_authorization, part of `all`, needs several identities in one run
# and so checks nothing here; each run has one caller.
#
# Fails if schemathesis reports any failure or error, or if the server's log shows a 5xx or a panic.
# The server's log and schemathesis' JUnit/NDJSON reports go to target/schemathesis/<sqlite|postgres>/.
#
#   bash tests/schemathesis/run.sh
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bash tests/schemathesis/run.sh
#
# About a minute on SQLite and a minute and a half on PostgreSQL, some 2,500 requests per caller.
# Tuning: ST_MAX_EXAMPLES (test cases per operation and phase, default 30); ST_SEED (default a fixed
# one, so that CI is repeatable and a failure stays until it is fixed; ST_SEED=random explores with a
# new seed, printed so that its failures can be replayed); ST_WORKERS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
started=$(date +%s)
me=tests/schemathesis/run.sh

SCHEMATHESIS_VERSION=4.32.5
max_examples="${ST_MAX_EXAMPLES:-30}"
seed="${ST_SEED:-3}"
if [ "$seed" = random ]; then seed=$(( $(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 1000000000 )); fi
workers="${ST_WORKERS:-2}"
config="$repo/tests/schemathesis/schemathesis.toml"

bin="${LCREVIEW_BIN:-target/debug/lcreview}"
case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac
[ -x "$bin" ] || { echo "$me: no server binary at $bin (cargo build, or set LCREVIEW_BIN)" >&2; exit 1; }

# schemathesis, pinned.
command -v python3 >/dev/null || { echo "$me: Python 3 is needed" >&2; exit 1; }
if ! python3 -c 'import importlib.metadata as m, sys; sys.exit(m.version("schemathesis") != sys.argv[1])' \
  "$SCHEMATHESIS_VERSION" 2>/dev/null; then
  echo "$me: installing schemathesis $SCHEMATHESIS_VERSION"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    "schemathesis==$SCHEMATHESIS_VERSION"
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/lcreview-schemathesis.XXXXXX")
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
      echo "$me: could not drop the database $pg_db" >&2
  fi
  rm -rf "$workdir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The database.
if [[ "${TEST_DATABASE_URL:-}" == postgres* ]]; then
  db_kind=postgres
  command -v psql >/dev/null || { echo "$me: psql is needed with TEST_DATABASE_URL" >&2; exit 1; }
  pg_admin="$TEST_DATABASE_URL"
  pg_db="lcreview_schemathesis_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
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
out="$repo/target/schemathesis/$db_kind"
rm -rf "$out"
mkdir -p "$out"
export NO_COLOR=1

# The demo network, and an API token for each of the two callers, through the CLI on the same
# database, before the server starts.
cli() {
  local output
  if ! output=$(cd "$workdir" && "$bin" "$@" 2>"$workdir/cli.log"); then
    echo "$me: lcreview $* failed:" >&2
    cat "$workdir/cli.log" >&2
    exit 1
  fi
  printf '%s\n' "$output" | tail -n 1
}
echo "$me: loading the demo on $db_kind"
cli demo >/dev/null
secretariat_email=secretariat@demo.lcreview.org # lcreview::demo::SECRETARIAT_EMAIL
city_email=coordinator.cork@demo.lcreview.org   # the coordinator of the demo city Cork
secretariat_token=$(cli admin issue-token --email "$secretariat_email" --label schemathesis)
city_token=$(cli admin issue-token --email "$city_email" --label schemathesis)

# The server, on a free loopback port.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port"
export LCREVIEW_SERVER__BIND="127.0.0.1:$port" LCREVIEW_AUTH__PUBLIC_URL="$url"
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
echo "$me: on $db_kind: server $url ($bin), schemathesis $SCHEMATHESIS_VERSION, seed $seed, $max_examples examples per operation"

requests_served() { grep -c 'finished processing request' "$log" || true; }

# One schemathesis run as one caller. Its summary goes to stdout; its reports to $out/<who>/.
status=0
summary=()
fuzz_as() {
  local who=$1 token=$2 rc=0 before after t0 generated
  before=$(requests_served)
  t0=$(date +%s)
  echo
  echo "=== schemathesis as the $who ($db_kind) ==="
  # timeout: a bound of its own, far above the ~1 minute a run takes, so that a hung run fails CI
  # instead of eating its budget.
  # Run from $out: schemathesis keeps its crash cache (for `st replay ID`) in .schemathesis/ there.
  (cd "$out" && exec timeout --kill-after=10 240 \
    python3 -m schemathesis.cli --no-color --config-file "$config" run "$url/api/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks all \
    --continue-on-failure \
    --max-examples "$max_examples" \
    --seed "$seed" \
    --workers "$workers" \
    --generation-database none \
    --report junit,ndjson --report-dir "$out/$who") \
    >"$out/$who.txt" 2>&1 || rc=$?
  after=$(requests_served)
  cat "$out/$who.txt"
  generated=$(grep -oE '[0-9]+ generated' "$out/$who.txt" | tail -n 1 || true)
  summary+=("as the $who: ${generated:-? generated} test cases, $(( after - before )) API requests served, $(( $(date +%s) - t0 ))s, exit code $rc")
  if [ "$rc" -ne 0 ]; then
    echo "$me: schemathesis as the $who failed (exit code $rc)" >&2
    status=1
  fi
}
fuzz_as secretariat "$secretariat_token"
fuzz_as city "$city_token"

# The server must not have answered any request with a 5xx, nor panicked.
cp "$log" "$out/server.log"
echo
if grep -nE 'status=5[0-9]{2}|panicked' "$log" >&2; then
  echo "$me: the server answered 5xx or panicked (lines above)" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "--- the server's errors (first 20; its whole log is in ${out#"$repo"/}/server.log) ---" >&2
  grep -E ' ERROR ' "$log" | head -n 20 >&2 || true
fi
echo "schemathesis on $db_kind (seed $seed):"
for line in "${summary[@]}"; do echo "  $line"; done
echo "schemathesis on $db_kind: $( [ "$status" -eq 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - started ))s; reports in ${out#"$repo"/}"
exit "$status"
