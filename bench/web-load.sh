#!/usr/bin/env bash
# Load benchmark for `rekindle serve` (not a test): wrk on loopback, 2 threads, 30 s each.
# GET /healthz (a constant, the baseline) vs GET /api/status (a real journey folded per request),
# both at 64 connections, against one server in the same run; then POST /api/check with the dev
# set's drafts at 8 connections, against the one-thread rate 'rekindle eval --json' reports.
# Usage: bench/web-load.sh [seconds]   (needs wrk: apt-get install wrk; builds the jar if missing)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
SECS=${1:-30}
. "$ROOT/scripts/find-jdk.sh"
JDK=$(find_jdk)
JAR="$ROOT/cli/target/rekindle.jar"
[ -f "$JAR" ] || (cd "$ROOT" && JAVA_HOME="$JDK" mvn -q -B -pl cli -am package -DskipTests)
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
DATA=$(mktemp -d)
TOKEN=bench-token-0123456789abcdef
"$JDK/bin/java" --enable-native-access=ALL-UNNAMED -jar "$JAR" --data-dir "$DATA" serve --port 0 --token "$TOKEN" > "$DATA/serve.out" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT  # the server ends on SIGTERM: 143 is its normal exit here
for _ in $(seq 100); do grep -q running "$DATA/serve.out" 2>/dev/null && break; sleep 0.1; done
BASE=$(sed -n 's/^rekindle is running at \(http:\/\/[^/]*\)\/.*/\1/p' "$DATA/serve.out")
AUTH="Authorization: Bearer $TOKEN"
curl -sf -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' -d "{\"ex\":\"Sam\",\"breakup\":\"$(date -d '-90 days' +%F)\"}" "$BASE/api/journey"
for e in "text-sent:-40" "reply:-39" "call:-30"; do
  curl -sf -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"kind\":\"${e%%:*}\",\"at\":\"$(date -d "${e##*:} days" +%F)\"}" "$BASE/api/events"
done
echo "# warm-up"; wrk -t2 -c16 -d5s "$BASE/healthz" >/dev/null; wrk -t2 -c16 -d5s -H "$AUTH" "$BASE/api/status" >/dev/null
echo "# GET /healthz, 64 connections, ${SECS}s"; wrk -t2 -c64 -d"${SECS}s" --latency "$BASE/healthz"
echo "# GET /api/status, 64 connections, ${SECS}s"; wrk -t2 -c64 -d"${SECS}s" --latency -H "$AUTH" "$BASE/api/status"

# POST /api/check: the dev set's drafts, varied stages, 8 connections; the baseline is the
# labelling rate on one thread that 'eval --json' reports for the same drafts.
BODIES="$DATA/check-bodies.jsonl"
"$JDK/bin/java" --enable-native-access=ALL-UNNAMED -cp "$JAR" org.rekindle.cli.CheckBodies "$ROOT/data/drafts-dev.jsonl" > "$BODIES"
RATE=$("$JDK/bin/java" --enable-native-access=ALL-UNNAMED -jar "$JAR" eval --json "$ROOT/data/drafts-dev.jsonl" \
  | sed -n 's/.*"drafts_per_second" : \([0-9.]*\).*/\1/p')
echo "# eval --json: ${RATE} drafts/s on one thread (target for /api/check: >= 60% of 2 x that = $(awk -v r="$RATE" 'BEGIN {printf "%.0f", 1.2 * r}') req/s)"
CHECK_BODIES="$BODIES" wrk -t2 -c8 -d5s -H "$AUTH" -s "$ROOT/bench/check-drafts.lua" "$BASE" >/dev/null
echo "# POST /api/check, 8 connections, ${SECS}s"
CHECK_BODIES="$BODIES" wrk -t2 -c8 -d"${SECS}s" --latency -H "$AUTH" -s "$ROOT/bench/check-drafts.lua" "$BASE"
