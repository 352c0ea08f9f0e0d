#!/usr/bin/env bash
# The whole suite, as CI runs it: typecheck, lint, then every Jest project (unit, ui, integration against a
# real Elasticsearch, conformance of the built Kibana artifact in real Chromium). Ends with one plain line
# 'N passed, N failed'. Extra arguments go to Jest (e.g. --selectProjects unit).
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
check() { # name, command…
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

check typecheck npx tsc -p tsconfig.json --noEmit
check lint npx eslint --max-warnings 0 .

mkdir -p .cache
results="$PWD/.cache/jest-results.json"
rm -f "$results"
# --forceExit: once the results are written, a handle some test leaked (a timer, a socket) must not keep
# the run alive until CI's deadline; Jest still names the leak in its output.
npx jest --ci --json --forceExit --outputFile="$results" "$@"
jp="" jf=""
if [ -s "$results" ]; then
  read -r jp jf < <(node -e '
    const r = require(process.argv[1]);
    // A suite that failed to load counts as a failure even though it ran no test.
    const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
    // A skipped or todo test is not a pass: it counts as failed so none is left behind.
    const skipped = r.numPendingTests + r.numTodoTests;
    if (skipped > 0) console.error(`${skipped} skipped or todo tests count as failed`);
    console.log(r.numPassedTests, r.numFailedTests + broken + skipped);' "$results")
fi
if [[ "$jp" =~ ^[0-9]+$ && "$jf" =~ ^[0-9]+$ ]]; then
  passed=$((passed + jp))
  failed=$((failed + jf))
else
  echo "jest produced no readable results"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
