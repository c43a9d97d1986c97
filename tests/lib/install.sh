# What the tests need beyond Rust, installed when missing. Sourced (from the repository root) by
# tests/run.sh, which installs all of it before any test runs, and by the scripts that need a part
# of it (tests/browser/run.sh, tests/schemathesis/run.sh), so each also runs on its own.
#   need_oidc_provider   npm oidc-provider (tests/oidc, pinned by its lock file): the sign-in tests
#   need_aiosmtpd        PyPI aiosmtpd: a real SMTP server for the e-mail tests
#   need_browser         Debian's chromium and a Chinese font, npm playwright-core (tests/browser);
#                        sets chromium_path
#   need_schemathesis    PyPI schemathesis, pinned

need_oidc_provider() {
  command -v node >/dev/null || { echo "tests: Node.js is needed for the sign-in tests" >&2; exit 1; }
  if [ ! -d tests/oidc/node_modules/oidc-provider ] || [ tests/oidc/package-lock.json -nt tests/oidc/node_modules ]; then
    npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error
  fi
}

need_aiosmtpd() {
  command -v python3 >/dev/null || { echo "tests: Python 3 is needed for the e-mail tests" >&2; exit 1; }
  if ! python3 -c "import aiosmtpd" 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore aiosmtpd
  fi
}

need_browser() {
  command -v node >/dev/null || { echo "tests: Node.js (20 or later) is needed for the browser tests" >&2; exit 1; }
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ]; then
    echo "tests: installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
    chromium_path=/usr/bin/chromium
  fi
  # A font with Chinese characters: the Chinese pages' screenshots are read by people.
  if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "tests: installing a Chinese font (Debian's fonts-wqy-microhei)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq fonts-wqy-microhei fontconfig >/dev/null
  fi
  # playwright-core, pinned by the lock file; it downloads no browser of its own.
  if [ ! -d tests/browser/node_modules/playwright-core ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules ]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
  fi
}

SCHEMATHESIS_VERSION=4.32.5
need_schemathesis() {
  command -v python3 >/dev/null || { echo "tests: Python 3 is needed for schemathesis" >&2; exit 1; }
  if ! python3 -c 'import importlib.metadata as m, sys; sys.exit(m.version("schemathesis") != sys.argv[1])' \
    "$SCHEMATHESIS_VERSION" 2>/dev/null; then
    echo "tests: installing schemathesis $SCHEMATHESIS_VERSION"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
      "schemathesis==$SCHEMATHESIS_VERSION"
  fi
}
