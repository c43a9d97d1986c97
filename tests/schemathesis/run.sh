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
started=$(date +%s)
me=tests/schemathesis/run.sh
source tests/lib/server.sh

max_examples="${ST_MAX_EXAMPLES:-30}"
seed="${ST_SEED:-3}"
if [ "$seed" = random ]; then seed=$(( $(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 1000000000 )); fi
workers="${ST_WORKERS:-2}"
config="$repo/tests/schemathesis/schemathesis.toml"

server_binary

# schemathesis, pinned (tests/lib/install.sh).
source tests/lib/install.sh
need_schemathesis

server_database lcreview-schemathesis
out="$repo/target/schemathesis/$db_kind"
rm -rf "$out"
mkdir -p "$out"
export NO_COLOR=1
# The fuzzer is one client sending thousands of requests, many with invalid tokens on purpose: the
# per-address rate limit (tested on its own in tests/api/security.rs) would answer most of them 429.
export LCREVIEW_AUTH__REQUESTS_PER_MINUTE=1000000

# The demo network, and an API token for each of the two callers, through the CLI on the same
# database, before the server starts.
echo "$me: loading the demo on $db_kind"
server_cli demo >/dev/null
secretariat_email=secretariat@demo.lcreview.org # lcreview::demo::SECRETARIAT_EMAIL
city_email=coordinator.cork@demo.lcreview.org   # the coordinator of the demo city Cork
secretariat_token=$(server_cli admin issue-token --email "$secretariat_email" --label schemathesis)
city_token=$(server_cli admin issue-token --email "$city_email" --label schemathesis)

# The server, on a free loopback port.
server_start
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
server_log_clean || status=1
if [ "$status" -ne 0 ]; then
  echo "--- the server's errors (first 20; its whole log is in ${out#"$repo"/}/server.log) ---" >&2
  grep -E ' ERROR ' "$log" | head -n 20 >&2 || true
fi
echo "schemathesis on $db_kind (seed $seed):"
for line in "${summary[@]}"; do echo "  $line"; done
echo "schemathesis on $db_kind: $( [ "$status" -eq 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - started ))s; reports in ${out#"$repo"/}"
exit "$status"
