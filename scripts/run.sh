#!/usr/bin/env bash
# The one-command run: installs the npm packages if they are missing or stale (as scripts/setup.sh does),
# then starts the standalone server. With no arguments it serves the bundled sample data (the WannaCry
# outbreak as eve.json, a month of HTTP as a Zeek log) with the embedded engine: no Java, no cluster.
# Arguments go to `hunt-eda serve` (e.g. `bash scripts/run.sh path/to/eve.json --port 8080`).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm packages (first run only)" >&2
  # npm ci refuses a lock that lacks other platforms' optional binaries (a registry mirror may not list them);
  # npm install then resolves from the same lock, adding only what is missing.
  npm ci --no-audit --no-fund >&2 || npm install --no-audit --no-fund >&2
fi

exec node bin/hunt-eda.js serve "$@"
