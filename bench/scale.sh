#!/usr/bin/env bash
# Scale: time and peak memory to build every report of synthetic portfolios of 10, 100, 1,000 and
# 10,000 entities (5 persona reports over all entities + 1 stakeholder report per entity), each
# size in a fresh JVM with a 512 MB heap. Prints one RESULT line per size and the process's peak
# resident memory. Needs `mvn -q package -DskipTests` done.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -pl lambda -am >/dev/null
CP="lambda/target/exec-reports.jar:lambda/target/test-classes:engine/target/test-classes"
RUNS=${RUNS:-3}
for n in ${SIZES:-10 100 1000 10000}; do
  /usr/bin/time -f "rss_mb=%M" java -Xmx512m -cp "$CP" com.execreports.bench.ScaleBenchmark "$n" "$RUNS" 2>&1 \
    | grep -E "RESULT|rss_mb" | paste -sd' ' | awk '{ $NF = sprintf("peak_rss_mb=%d", substr($NF, 8) / 1024); print }'
done
