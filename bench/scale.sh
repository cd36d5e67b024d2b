#!/usr/bin/env bash
# Scale: time and peak memory to build every report of synthetic portfolios of 10, 100, 1,000 and
# 10,000 entities (5 persona reports over all entities + 1 stakeholder report per entity), each
# size in a fresh JVM with a 512 MB heap, on the Lambda's flags (C1 only, serial GC). Prints one
# RESULT line per size (median time, peak heap, largest HTML and message) and the process's peak
# resident memory. Needs `mvn -q package -DskipTests` done.
# SIZES="10 100" and RUNS=1 narrow it; THREADS=1 renders on one thread (default: the pool).
# JIT_FLAGS=" " runs with the default JIT (C2) instead of the Lambda's flags.
# CPUS=2 pins the JVM to two CPUs (taskset), as on the project's 2-core machines.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -pl lambda -am >/dev/null
CP="lambda/target/exec-reports.jar:lambda/target/test-classes:engine/target/test-classes"
RUNS=${RUNS:-3}
threads=()
if [ -n "${THREADS:-}" ]; then threads=(-Dexecreports.renderThreads="$THREADS"); fi
pin=()
if [ -n "${CPUS:-}" ]; then pin=(taskset -c "0-$((CPUS - 1))"); fi
for n in ${SIZES:-10 100 1000 10000}; do
  "${pin[@]}" /usr/bin/time -f "rss_mb=%M" java -Xmx512m ${JIT_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} "${threads[@]}" \
      -cp "$CP" com.execreports.bench.ScaleBenchmark "$n" "$RUNS" 2>&1 \
    | grep -E "RESULT|rss_mb" | paste -sd' ' | awk '{ $NF = sprintf("peak_rss_mb=%d", substr($NF, 8) / 1024); print }'
done
