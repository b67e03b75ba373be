#!/usr/bin/env bash
# Runs every test of niemyet on a fresh Debian machine: installs what the
# browser tests need (Debian chromium, npm packages from the lock file)
# and the deploy tests (s3s-fs), then Rust unit + integration tests, then
# the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Printed pages are checked from their PDFs: poppler-utils reads the text
# of a page and rasterises it for the QR decoder.
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  echo "==> installing Debian chromium and poppler-utils"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
fi

# The deploy tests run against a real S3-compatible server with signature
# checking (not a mock): s3s-fs from crates.io, built once per machine.
if ! "${CARGO_HOME:-$HOME/.cargo}/bin/s3s-fs" --version 2>/dev/null | grep -q "0.14.1"; then
  echo "==> installing s3s-fs 0.14.1 (S3-compatible server for tests/deploy.rs)"
  # A debug build: compiles in about half the time, and speed does not matter here.
  cargo install s3s-fs@0.14.1 --features binary --locked --debug --quiet
fi

echo "==> cargo test (unit and integration)"
cargo test --locked

echo "==> browser tests (playwright-core + axe-core, Debian chromium)"
cargo build --locked --quiet
(cd tests/e2e && npm ci --no-audit --no-fund --silent && node --test)
