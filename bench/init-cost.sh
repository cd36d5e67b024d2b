#!/usr/bin/env bash
# Init time per part of the jar on the Lambda's flags (C1 only, serial GC): each part used once in a
# fresh JVM (InitCost PART), paired in one hyperfine run with the same JVM doing nothing (hello);
# the difference of medians is what the part costs a cold start when it is used. "inspection-unused"
# builds the inspection holder as the handler does without using it. Needs `mvn -q package
# -DskipTests` and hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=lambda/target/exec-reports.jar
mvn -q -B -o test-compile -pl lambda -am >/dev/null
CP="$JAR:lambda/target/test-classes:engine/target/test-classes"
RUNS=${RUNS:-10}
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
C1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
cmds=()
for part in hello sdk-clients sqs-client inspection-unused inspection-clients events-jackson-tree events-typed \
            reports-yml chart pdf; do
  cmds+=(-n "$part" "java $C1 -cp $CP com.execreports.adapter.inbound.lambda.InitCost $part")
done
hyperfine --warmup 1 --runs "$RUNS" --export-json "$OUT/init-cost.json" --export-markdown "$OUT/init-cost.md" "${cmds[@]}"
# the same "hello" from a small jar: what opening the 40 MB shaded jar costs by itself
hyperfine --warmup 1 --runs "$RUNS" --export-markdown "$OUT/jar-open.md" \
  -n "hello, test classes only" "java $C1 -cp lambda/target/test-classes com.execreports.adapter.inbound.lambda.InitCost hello" \
  -n "hello, shaded jar first on the class path" "java $C1 -cp $CP com.execreports.adapter.inbound.lambda.InitCost hello"
