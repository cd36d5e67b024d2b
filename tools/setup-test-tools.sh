#!/usr/bin/env bash
# The one setup of what the tests need and the JDK/Maven/Python of the machine do not bring:
# headless Chromium (Debian's chromium package) for the preview tests, and the project-local
# virtualenv .venv/ with the pinned emulator (moto) and cfn-lint (tools/requirements-test.txt).
# tools/test.sh runs it first; the tests that need .venv (the emulator's ProjectVenv, infra's
# CfnLint) run it with --venv-only when .venv is missing or stale, so `mvn verify` alone works too.
# Idempotent, and safe to start several times at once: the venv is made under a lock.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
venv_only=false
if [ "${1:-}" = "--venv-only" ]; then venv_only=true; fi
# PreviewInBrowserIT screenshots every report in headless Chromium; it fails without it
# (EXEC_REPORTS_SKIP_BROWSER=1 skips it instead).
if ! $venv_only && [ "${EXEC_REPORTS_SKIP_BROWSER:-}" != "1" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup-test-tools: installing chromium (headless browser for the preview tests)" >&2
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
stamp=".venv/.requirements-test.sha256"
want="$(sha256sum tools/requirements-test.txt | cut -d' ' -f1)"
exec 9>"${TMPDIR:-/tmp}/exec-reports-venv.lock"
flock 9
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "setup-test-tools: creating .venv with $(grep -v '^#' tools/requirements-test.txt | xargs)" >&2
python3 -m venv .venv
# another tool filling a venv at the same moment makes pip fail now and then: try again after a pause
for attempt in 1 2 3 4; do
  if .venv/bin/pip install --quiet --disable-pip-version-check -r tools/requirements-test.txt; then
    echo "$want" > "$stamp"
    exit 0
  fi
  echo "setup-test-tools: pip install failed (attempt $attempt)" >&2
  sleep 15
done
exit 1
