#!/usr/bin/env bash
# Installs what a fresh machine lacks, idempotently: npm packages, Debian's Chromium for browser tests, and
# the Python environment used to regenerate statistics fixtures and run benchmarks (only when asked).
# Elasticsearch is fetched on first use by scripts/elasticsearch (cached under .cache/).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm packages"
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
