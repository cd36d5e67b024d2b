#!/usr/bin/env bash
# Installs what the tests need and the JDK/Maven/Python of the machine do not bring:
# headless Chromium (Debian's chromium package) for the preview tests, and the project-local
# virtualenv .venv/ with the pinned emulator (moto) and cfn-lint.
# Idempotent: installs nothing that is already there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# PreviewInBrowserTest screenshots every report in headless Chromium; it fails without it
# (EXEC_REPORTS_SKIP_BROWSER=1 skips it instead).
if [ "${EXEC_REPORTS_SKIP_BROWSER:-}" != "1" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup-test-tools: installing chromium (headless browser for the preview tests)" >&2
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
stamp=".venv/.requirements-test.sha256"
want="$(sha256sum tools/requirements-test.txt | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "setup-test-tools: creating .venv with $(grep -v '^#' tools/requirements-test.txt | xargs)" >&2
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r tools/requirements-test.txt
echo "$want" > "$stamp"
