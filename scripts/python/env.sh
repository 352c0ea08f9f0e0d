#!/usr/bin/env bash
# Creates (once) .cache/venv with the pinned reference libraries and prints the path of its python.
# Used by the fixture generators under test/fixtures/ and by bench/. Not needed by the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.cache/venv
if [ ! -x "$venv/bin/python" ] || ! cmp -s scripts/python/requirements.txt "$venv/requirements.txt"; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q -r scripts/python/requirements.txt >&2
  cp scripts/python/requirements.txt "$venv/requirements.txt"
fi
echo "$PWD/$venv/bin/python"
