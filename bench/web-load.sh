#!/usr/bin/env bash
# Load benchmark for `rekindle serve` (not a test): wrk on loopback, 2 threads, 30 s each.
# GET /healthz (a constant, the baseline) vs GET /api/status (a real journey folded per request),
# both at 64 connections, against one server in the same run.
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
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
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
