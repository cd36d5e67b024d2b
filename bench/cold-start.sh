#!/usr/bin/env bash
# Cold start of a fresh JVM, medians over repeated runs (hyperfine), next to two floors measured
# in the same run: a JVM "hello world" and a JVM that only builds the three SDK clients.
# Needs: `mvn -q package -DskipTests` done, hyperfine (apt-get install hyperfine), and, unless SES=0, the test
# venv (tools/setup-test-tools.sh) for the SES variant, which sends through a local moto server.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=lambda/target/exec-reports.jar
mvn -q -B -o test-compile -pl lambda -am >/dev/null
CP="$JAR:lambda/target/test-classes:engine/target/test-classes"
RUNS=${RUNS:-10}
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench

# the same data without the PDF copies, to show what they cost, and with only the two the issue
# measured against (cfo and rental-3028-51st; since issue 13 seven of the eight reports attach one)
rm -rf "$OUT/data-nopdf" && cp -r data "$OUT/data-nopdf" && sed -i '/attach_pdf/d' "$OUT/data-nopdf/reports.yml"
rm -rf "$OUT/data-2pdf" && cp -r data "$OUT/data-2pdf" && python3 - "$OUT/data-2pdf/reports.yml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
keep = {"cfo", "rental-3028-51st"}
out, current = [], None
for line in text.splitlines(keepends=True):
    m = re.match(r"\s*- id: (\S+)", line)
    if m:
        current = m.group(1)
    if "attach_pdf" in line and current not in keep:
        continue
    out.append(line)
open(sys.argv[1], "w").write("".join(out))
PY

# AppCDS archive for the command line, made by one training run
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$OUT/app.jsa" -jar "$JAR" run --period 2026-10 --outbox "$OUT/train" >/dev/null 2>&1
rm -rf "$OUT/train"

# The Lambda's flags (infra: JAVA_TOOL_OPTIONS): C1 only, serial GC. Every command below is paired
# with the floors in the same hyperfine run, so their ratios hold on a busy machine too.
C1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
hyperfine --warmup 2 --runs "$RUNS" --export-json "$OUT/cold-start.json" --export-markdown "$OUT/cold-start.md" \
  -n "hello-world floor, C1 only" --prepare "rm -rf $OUT/o" "java $C1 -cp $CP com.execreports.bench.HelloFloor" \
  -n "SDK-clients floor, C1 only" --prepare "rm -rf $OUT/o" \
     "java $C1 -cp $CP com.execreports.bench.SdkClientsFloor" \
  -n "run, outbox, C1 only" --prepare "rm -rf $OUT/o" \
     "java $C1 -jar $JAR run --period 2026-10 --outbox $OUT/o" \
  -n "run, outbox, C1 only, one render thread, no warm-up" --prepare "rm -rf $OUT/o" \
     "java $C1 -Dexecreports.renderThreads=1 -Dexecreports.warmup=false -jar $JAR run --period 2026-10 --outbox $OUT/o" \
  -n "run, outbox, C1 only, two PDF copies (cfo, rental)" --prepare "rm -rf $OUT/o" \
     "java $C1 -jar $JAR run --period 2026-10 --data $OUT/data-2pdf --env data/demo.env --outbox $OUT/o" \
  -n "run, outbox, C1 only, no PDF copies" --prepare "rm -rf $OUT/o" \
     "java $C1 -jar $JAR run --period 2026-10 --data $OUT/data-nopdf --env data/demo.env --outbox $OUT/o" \
  -n "run, outbox, C1 only, AppCDS" --prepare "rm -rf $OUT/o" \
     "java $C1 -XX:SharedArchiveFile=$OUT/app.jsa -jar $JAR run --period 2026-10 --outbox $OUT/o" \
  -n "run, outbox, default JIT" --prepare "rm -rf $OUT/o" "java -jar $JAR run --period 2026-10 --outbox $OUT/o"

# where a cold run's time goes: each part once, one thread, in a fresh JVM per run (medians)
for _ in $(seq "$RUNS"); do java $C1 -cp "$CP" com.execreports.bench.ColdProfile 2>/dev/null; done \
  | tee "$OUT/profile.txt" | python3 -c '
import sys, statistics
rows = [dict(kv.split("=") for kv in line.split()[1:]) for line in sys.stdin if line.startswith("PROFILE")]
for k in rows[0]:
    print(f"{k:28s} {statistics.median(int(r[k]) for r in rows):6d} ms")'

[ "${SES:-1}" = "1" ] || exit 0   # SES=0: skip the run through the emulator

# the emulator for the SES variant: loopback only, stopped on exit
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
.venv/bin/moto_server -H 127.0.0.1 -p "$PORT" >"$OUT/moto.log" 2>&1 &
MOTO=$!
trap 'kill $MOTO 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/moto-api/" >/dev/null && break; sleep 0.2; done
.venv/bin/python -c "import boto3; boto3.client('ses', endpoint_url='http://127.0.0.1:$PORT', region_name='us-east-1', aws_access_key_id='b', aws_secret_access_key='b').verify_email_identity(EmailAddress='reports@example.com')"


# SES through the emulator: moto's account allows 200 recipients a day (the sample run has 20), so
# each run starts from a reset, verified emulator; the reset is preparation, not measured
VERIFY=".venv/bin/python -c \"import boto3; boto3.client('ses', endpoint_url='http://127.0.0.1:$PORT', region_name='us-east-1', aws_access_key_id='b', aws_secret_access_key='b').verify_email_identity(EmailAddress='reports@example.com')\""
hyperfine --warmup 1 --runs "$RUNS" --export-json "$OUT/cold-start-ses.json" --export-markdown "$OUT/cold-start-ses.md" \
  -n "run, SES via moto, C1 only" \
  --prepare "rm -rf $OUT/o; curl -sf -X POST http://127.0.0.1:$PORT/moto-api/reset >/dev/null; $VERIFY" \
     "AWS_ENDPOINT_URL=http://127.0.0.1:$PORT java -XX:TieredStopAtLevel=1 -jar $JAR run --period 2026-10 --transport ses --outbox $OUT/o"
