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
me=tests/browser/run.sh
started=$(date +%s)
source tests/lib/server.sh
server_binary

# What the tests need: Node.js, Debian's Chromium, playwright-core (tests/lib/install.sh).
source tests/lib/install.sh
need_browser

server_database lcreview-browser
shots="$repo/target/browser-screenshots/$db_kind"
rm -rf "$shots"
mkdir -p "$shots"

# The server, on a free loopback port, with dev sign-in.
export LCREVIEW_AUTH__DEV_LOGIN=true
server_start

# The secretariat's account and API token, from the CLI, on the same database.
server_cli admin create-user --email secretariat@browser.example.org --name "Sasha Secretariat" --role secretariat >/dev/null
token=$(server_cli admin issue-token --email secretariat@browser.example.org)

echo "browser tests on $db_kind: server $url ($bin)"
status=0
LCREVIEW_URL="$url" LCREVIEW_TOKEN="$token" SCREENSHOT_DIR="$shots" CHROMIUM_PATH="$chromium_path" \
  node tests/browser/flow.mjs || status=$?

# The server must not have answered any request with a 5xx, nor panicked.
server_log_clean || status=1
cp "$log" "$shots/server.log"
if [ "$status" -ne 0 ]; then
  echo "--- the server's log (last 60 lines; all of it in $shots/server.log) ---" >&2
  tail -n 60 "$log" >&2
fi
echo "browser tests on $db_kind: $( [ "$status" -eq 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - started ))s; screenshots in ${shots#"$repo"/}"
exit "$status"
