#!/usr/bin/env bash
# One chart drawn and encoded many times in one JVM on the Lambda's flags (C1, serial GC): time to
# draw, ImageIO's PNG writer and the charts' encoder (pngencoder) side by side, and the sizes.
# N=300 by default. Needs `mvn -q package -DskipTests` done.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -pl lambda -am >/dev/null
CP="lambda/target/exec-reports.jar:lambda/target/test-classes:engine/target/test-classes"
java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" \
  com.execreports.engine.render.ChartEncodingBenchmark "${N:-300}"
