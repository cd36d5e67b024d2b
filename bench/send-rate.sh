#!/usr/bin/env bash
# Sending: 1,000 messages through the real SES transport to a local moto server whose account
# limit (MaxSendRate) is set to 50 recipients per second; prints the achieved rate against it.
# Needs the test venv (tools/setup-test-tools.sh). Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -pl lambda >/dev/null
CP="lambda/target/classes:lambda/target/test-classes:$(mvn -q -B -o dependency:build-classpath -pl lambda \
  -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -cp "$CP" com.execreports.bench.SendRateBenchmark "${1:-1000}" "${2:-50}" 2>/dev/null | grep RESULT
