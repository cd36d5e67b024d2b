#!/usr/bin/env bash
# Sending: 1,000 messages through the real SES transport to a local moto server whose account
# limit (MaxSendRate) is set to 50 recipients per second; prints the achieved rate against it.
# Needs the test venv (tools/setup-test-tools.sh). Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
# one invocation, so the engine module resolves to its compiled classes (nothing is installed)
mkdir -p target
mvn -q -B -o -pl lambda -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/target/bench-classpath.txt" >/dev/null
CP="lambda/target/classes:lambda/target/test-classes:$(cat target/bench-classpath.txt)"
java -cp "$CP" com.execreports.bench.SendRateBenchmark "${1:-1000}" "${2:-50}" 2>/dev/null | grep RESULT
