#!/usr/bin/env bash
# Runs every test of niemyet on a fresh Debian machine: installs what the
# browser tests need (Debian chromium, npm packages from the lock file),
# then Rust unit + integration tests, then the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "==> installing Debian chromium"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "==> cargo test (unit and integration)"
cargo test --locked

echo "==> browser tests (playwright-core + axe-core, Debian chromium)"
cargo build --locked --quiet
(cd tests/e2e && npm ci --no-audit --no-fund --silent && node --test)
