#!/usr/bin/env bash
# The whole test suite, as the README gives it: installs what the tests need, then runs them.
# On SQLite by default; with TEST_DATABASE_URL=postgres://… every test gets a fresh PostgreSQL database.
set -euo pipefail
cd "$(dirname "$0")/.."

# Nothing beyond the Rust toolchain is needed yet; later suites (a real OpenID provider, an SMTP
# server) install their packages here, so a fresh machine needs this one command.

cargo test --workspace --all-targets "$@"
