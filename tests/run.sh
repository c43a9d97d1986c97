#!/usr/bin/env bash
# The whole test suite, as the README gives it: installs what the tests need, then runs them.
# On SQLite by default; with TEST_DATABASE_URL=postgres://… every test gets a fresh PostgreSQL database.
# Installs what the tests need when missing: npm packages (tests/oidc, tests/browser), PyPI aiosmtpd
# and schemathesis, and Debian's chromium (tests/browser/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# A real OpenID Connect provider for the sign-in tests (npm oidc-provider, pinned by the lock file).
command -v node >/dev/null || { echo "tests/run.sh: Node.js is needed for the sign-in tests" >&2; exit 1; }
if [ ! -d tests/oidc/node_modules/oidc-provider ] || [ tests/oidc/package-lock.json -nt tests/oidc/node_modules ]; then
  npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error
fi

# A real SMTP server for the e-mail tests (PyPI aiosmtpd).
command -v python3 >/dev/null || { echo "tests/run.sh: Python 3 is needed for the e-mail tests" >&2; exit 1; }
if ! python3 -c "import aiosmtpd" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore aiosmtpd
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
