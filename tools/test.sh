#!/usr/bin/env bash
# Runs every test of the project: engine, adapters against the AWS emulator, CDK stack.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tools/setup-test-tools.sh
exec mvn -B verify "$@"
