#!/usr/bin/env bash
# Installs what the tests need and the JDK/Maven/Python of the machine do not bring:
# the project-local virtualenv .venv/ with the pinned emulator (moto) and cfn-lint.
# Idempotent: does nothing when .venv/ already matches tools/requirements-test.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
stamp=".venv/.requirements-test.sha256"
want="$(sha256sum tools/requirements-test.txt | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "setup-test-tools: creating .venv with $(grep -v '^#' tools/requirements-test.txt | xargs)" >&2
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r tools/requirements-test.txt
echo "$want" > "$stamp"
