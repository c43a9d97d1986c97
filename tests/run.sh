#!/usr/bin/env bash
# The whole test suite, as the README gives it: installs what the tests need, then runs them.
# On SQLite by default; with TEST_DATABASE_URL=postgres://… every test gets a fresh PostgreSQL database.
# Installs what the tests need when missing (tests/lib/install.sh): npm packages (tests/oidc,
# tests/browser), PyPI aiosmtpd and schemathesis, and Debian's chromium and a Chinese font.
#
#   bash tests/run.sh               everything: cargo's tests, the browser tests, schemathesis
#   bash tests/run.sh ARGS…         cargo's tests only, ARGS passed on (`-- some_test`)
#   bash tests/run.sh --prepare     installs and builds, runs nothing (CI does this once, then runs
#                                   the suites on SQLite and on PostgreSQL side by side)
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/lib/install.sh

need_oidc_provider
need_aiosmtpd
if [ "$#" -eq 0 ] || [ "$1" = --prepare ]; then
  need_browser
  need_schemathesis
fi
if [ "${1:-}" = --prepare ]; then
  cargo test --workspace --all-targets --no-run
  exit 0
fi

# On PostgreSQL a test spends most of its time waiting for the server (its database is a copy of a
# template, and each of its commits a round trip): four at a time rather than one per core.
if [[ "${TEST_DATABASE_URL:-}" == postgres* ]]; then
  export RUST_TEST_THREADS="${RUST_TEST_THREADS:-4}"
fi
cargo test --workspace --all-targets "$@"

# The whole loop through the pages in headless Chromium (Debian's chromium, npm playwright-core),
# against the binary the step above built; screenshots under target/browser-screenshots/. Skipped
# when arguments select some tests only.
if [ "$#" -eq 0 ]; then
  bash tests/browser/run.sh
  # Property-based fuzzing of the JSON API from its OpenAPI document (PyPI schemathesis), as the
  # secretariat and as a city user: no 5xx, every answer matching the document.
  bash tests/schemathesis/run.sh
fi
