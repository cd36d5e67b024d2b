#!/usr/bin/env bash
# Runs every test of the project: engine, adapters against the AWS emulator, CDK stack.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tools/setup-test-tools.sh
# The chart and PDF tests run a second time in a JVM that sees no system font (a private mount
# namespace, tools/no-system-fonts/bin/java): that needs root, as on CI and the project's machines.
profiles=()
if unshare -m true 2>/dev/null; then
  profiles=(-Pno-system-fonts)
else
  echo "test.sh: cannot unshare a mount namespace (not root): the no-system-fonts chart and PDF run is skipped" >&2
fi
exec mvn -B verify "${profiles[@]}" "$@"
