#!/usr/bin/env bash
# Load benchmark for the multi-user server (not a test). Seeds one PostgreSQL with 10,000 people,
# each with a journey of 100 events and a live session, then runs wrk through nginx against one and
# then two `rekindle serve --db` instances: GET /api/status and POST /api/events, every request as a
# random one of the 10,000 sessions. Then the cost of one status by journey length (100, 1,000,
# 10,000 events). Everything on loopback; PostgreSQL is Debian's, in a temporary folder.
# Usage: bench/multiuser-load.sh [seconds per run, default 15]
# Needs (installed if missing, as root): postgresql-15, nginx-light, wrk.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
SECS=${1:-15}
. "$ROOT/scripts/find-jdk.sh"
JDK=$(find_jdk)
JAR="$ROOT/cli/target/rekindle.jar"
[ -f "$JAR" ] || (cd "$ROOT" && JAVA_HOME="$JDK" mvn -q -B -pl cli -am package -DskipTests)
need=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql-15)
command -v nginx >/dev/null || need+=(nginx-light)
command -v wrk >/dev/null || need+=(wrk)
if [ "${#need[@]}" -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}"; fi

PGBIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/rekindle-load.XXXXXX)
chmod 755 "$WORK"
PGPORT=55432
DB="postgresql://127.0.0.1:$PGPORT/rekindle?user=postgres&password=bench"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "# PostgreSQL 15 in $WORK/pg on port $PGPORT"
mkdir "$WORK/pg" && chown postgres "$WORK/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p $PGPORT -k /tmp -c max_connections=100 -c shared_buffers=256MB -c synchronous_commit=on" \
  -l "$WORK/pg/server.log" -w start >/dev/null
psql() { command psql -h 127.0.0.1 -p $PGPORT -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql -d postgres -c "CREATE DATABASE rekindle"

start_instance() { # port -> pid in PIDS
  "$JDK/bin/java" -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -jar "$JAR" --as-of 2026-11-26 \
    serve --db "$DB" --port "$1" > "$WORK/serve-$1.out" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 300); do grep -q running "$WORK/serve-$1.out" 2>/dev/null && return; sleep 0.1; done
  echo "instance on $1 did not start:"; cat "$WORK/serve-$1.out"; exit 1
}
stop_instances() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; PIDS=(); }

start_instance 7431   # migrates the schema
echo "# seeding 10,000 accounts x 100 events (+ 3 with 100, 1,000, 10,000 events), sessions for all"
t0=$(date +%s)
cd "$WORK"
psql -d rekindle <<'SQL'
CREATE FUNCTION pg_temp.h(t text) RETURNS text LANGUAGE sql AS
  $$ SELECT rtrim(translate(encode(sha256(convert_to(t, 'UTF8')), 'base64'), '+/', '-_'), '=') $$;
CREATE TEMP TABLE people AS
  SELECT i AS id, CASE WHEN i <= 10000 THEN 100 WHEN i = 10001 THEN 100 WHEN i = 10002 THEN 1000 ELSE 10000 END AS n,
         'bench-session-token-' || lpad(i::text, 8, '0') AS token
  FROM generate_series(1, 10003) i;
INSERT INTO account (id, email, password_hash, created_at)
  SELECT id, 'user' || id || '@bench.example', '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '2026-01-01T00:00:00Z' FROM people;
SELECT setval('account_id_seq', 10003);
INSERT INTO journey (id, account_id, ex, breakup, ended_by, hurtful, cooling_days, created_at)
  SELECT id, id, 'Sam', '2024-01-01', 'mutual', 0, NULL, '2026-01-01T00:00:00Z' FROM people;
SELECT setval('journey_id_seq', 10003);
INSERT INTO event (journey_id, version, kind, at, payload, recorded_at)
  SELECT p.id, v, CASE WHEN v % 2 = 1 THEN 'text-sent' ELSE 'reply' END,
         to_char(date '2024-03-01' + (v::bigint * 900 / p.n)::int, 'YYYY-MM-DD'), '{}', '2026-01-01T00:00:00Z'
  FROM people p, LATERAL generate_series(1, p.n) v;
INSERT INTO session (token_hash, account_id, created_at, expires_at)
  SELECT pg_temp.h(token), id, 0, 9000000000000000 FROM people;
\copy (SELECT token, pg_temp.h('csrf|' || token) FROM people WHERE id <= 10000) TO 'sessions.txt' WITH (FORMAT text, DELIMITER ' ')
\copy (SELECT n, token, pg_temp.h('csrf|' || token) FROM people WHERE id > 10000) TO 'long.txt' WITH (FORMAT text, DELIMITER ' ')
ANALYZE;
SQL
echo "seeded in $(( $(date +%s) - t0 )) s: $(psql -d rekindle -At -c 'SELECT count(*) FROM event') events"

nginx_for() { # ports...
  local servers=""; for p in "$@"; do servers+="server 127.0.0.1:$p; "; done
  cat > "$WORK/nginx.conf" <<CONF
pid $WORK/nginx.pid; error_log $WORK/nginx.err; worker_processes 1;
events { worker_connections 1024; }
http { access_log off; upstream app { $servers keepalive 64; }
  server { listen 127.0.0.1:7430; location / { proxy_pass http://app; proxy_http_version 1.1;
    proxy_set_header Connection ""; proxy_set_header Host \$host; } } }
CONF
  [ -f "$WORK/nginx.pid" ] && { kill "$(cat "$WORK/nginx.pid")"; sleep 0.5; }
  nginx -c "$WORK/nginx.conf"
  sleep 0.3
}

run() { # label method path connections
  echo "## $1"
  METHOD=$2 SESSIONS="$WORK/sessions.txt" wrk -t2 -c"$4" -d"${SECS}s" --latency -s "$ROOT/bench/multiuser-load.lua" \
    "http://127.0.0.1:7430$3" | grep -E "Requests/sec|^ +99%|non-2xx|Socket errors"
}

for n in 1 2; do
  stop_instances
  ports=(); for i in $(seq "$n"); do ports+=($((7430 + i))); start_instance $((7430 + i)); done
  nginx_for "${ports[@]}"
  echo "# $n instance(s) behind nginx; warm-up (20 s)"; uptime
  METHOD=GET SESSIONS="$WORK/sessions.txt" wrk -t2 -c16 -d15s -s "$ROOT/bench/multiuser-load.lua" http://127.0.0.1:7430/api/status >/dev/null
  METHOD=POST SESSIONS="$WORK/sessions.txt" wrk -t2 -c16 -d5s -s "$ROOT/bench/multiuser-load.lua" http://127.0.0.1:7430/api/events >/dev/null
  run "$n instance(s): GET /api/status, 10,000 sessions, 64 connections" GET /api/status 64
  run "$n instance(s): POST /api/events, 10,000 sessions, 64 connections" POST /api/events 64
done

echo "# status cost by journey length (1 instance, one person, 8 connections)"
stop_instances; start_instance 7431; nginx_for 7431
while read -r n token csrf; do
  echo "$token $csrf" > "$WORK/one.txt"
  METHOD=GET SESSIONS="$WORK/one.txt" wrk -t1 -c4 -d3s -s "$ROOT/bench/multiuser-load.lua" http://127.0.0.1:7430/api/status >/dev/null
  echo "## $n events"
  METHOD=GET SESSIONS="$WORK/one.txt" wrk -t2 -c8 -d"${SECS}s" --latency -s "$ROOT/bench/multiuser-load.lua" \
    http://127.0.0.1:7430/api/status | grep -E "Requests/sec|^ +50%|^ +99%|non-2xx"
done < "$WORK/long.txt"
