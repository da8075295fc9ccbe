#!/usr/bin/env bash
# Whole-process wall time of `rekindle status` on a 10,000-event journal, next to a bare
# hello-world on the same JDK, measured with hyperfine. See docs/performance.md.
#
# Run from anywhere (needs hyperfine: apt-get install -y hyperfine; and Maven for the build):
#   bench/status-startup.sh                 # 20 runs after 3 warm-ups of each command
#   RUNS=40 WARMUP=5 bench/status-startup.sh
#   EVENTS=1000 bench/status-startup.sh     # a smaller journal
# Results: bench/target/startup/hyperfine.json and .md; the medians and ratios are printed last.
# The data folder (bench/target/startup/data-N) is kept and reused: seeding 10,000 events through
# the store's own append takes a minute or so. Delete it to seed afresh.
#
# The machine is shared and noisy: read the ratios (measured in the same run), not the absolute
# times. What is timed is a frozen copy of the launcher and jar (bench/target/startup/app).
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
EVENTS=${EVENTS:-10000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
OUT="$ROOT/bench/target/startup"
DATA="$OUT/data-$EVENTS"
AS_OF=2026-01-01      # Journals.AS_OF: the day after the last seeded event
BREAKUP=2024-01-01    # Journals.BREAKUP

die() { echo "status-startup: $*" >&2; exit 1; }

command -v hyperfine >/dev/null 2>&1 || die "needs hyperfine: apt-get install -y hyperfine"
command -v mvn >/dev/null 2>&1 || die "needs Maven: apt-get install -y maven"

# The JDK the launcher will pick: JAVA_HOME when set, else the newest in /usr/lib/jvm.
if [ -z "${JAVA_HOME:-}" ]; then
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] && { JAVA_HOME=$d; break; }
  done
fi
[ -x "${JAVA_HOME:-}/bin/javac" ] || die "set JAVA_HOME to a JDK 25 (the AOT cache needs 25+)"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
echo "status-startup: JDK $("$JAVA" -version 2>&1 | head -1), $(nproc) cores, $EVENTS events" >&2

mkdir -p "$OUT"
echo "status-startup: building bench (and core, store) ..." >&2
(cd "$ROOT" && mvn -q -B -pl bench -am package -DskipTests) >&2

REKINDLE=("$ROOT/rekindle" --data-dir "$DATA" --as-of "$AS_OF")

if [ ! -f "$DATA/.seeded" ]; then
  rm -rf "$DATA"
  # The launcher builds the jar and its AOT cache on first use; init makes the journey.
  "${REKINDLE[@]}" init --ex Sam --breakup "$BREAKUP" >/dev/null
  "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$ROOT/bench/target/benchmarks.jar" \
      org.rekindle.bench.SeedJournal "$DATA" "$EVENTS"
  touch "$DATA/.seeded"
fi

# The baseline: the smallest Java program, compiled and run by the same JDK, default flags.
mkdir -p "$OUT/hello"
printf 'public class Hello {\n    public static void main(String[] args) {\n        System.out.println("Hello, world");\n    }\n}\n' \
    > "$OUT/hello/Hello.java"
"$JAVA_HOME/bin/javac" -d "$OUT/hello" "$OUT/hello/Hello.java"

# Time a frozen copy of the launcher and the jar as just built: on a shared machine someone may
# edit the sources mid-run, and the real launcher would then rebuild inside the timed runs. The
# copy has no sources next to it, so its build check (a find over the sources, ~3 ms) finds
# nothing; it makes its own AOT cache on first use, by the same training run.
REKINDLE_NO_AOT=1 "$ROOT/rekindle" --version >/dev/null   # builds the jar if the sources changed
APP="$OUT/app"
rm -rf "$APP" && mkdir -p "$APP/cli/target"
cp -p "$ROOT/rekindle" "$APP/rekindle"
[ -d "$ROOT/scripts" ] && cp -rp "$ROOT/scripts" "$APP/scripts"   # what the launcher sources
cp -p "$ROOT/cli/target/rekindle.jar" "$APP/cli/target/rekindle.jar"
STATUS=("$APP/rekindle" --data-dir "$DATA" --as-of "$AS_OF" status)

# One run of each first, so the AOT training run is not timed; AOTMode=on fails if the cache
# cannot be used (a silently ignored cache would time the no-AOT case twice).
"${STATUS[@]}" >/dev/null
REKINDLE_JAVA_OPTS="-XX:AOTMode=on" "${STATUS[@]}" >/dev/null \
  || die "the AOT cache $APP/cli/target/rekindle.aot is not usable"
REKINDLE_NO_AOT=1 "${STATUS[@]}" >/dev/null

hyperfine -N --warmup "$WARMUP" --runs "$RUNS" \
    --export-json "$OUT/hyperfine.json" --export-markdown "$OUT/hyperfine.md" \
    -n hello "$JAVA -cp $OUT/hello Hello" \
    -n status "${STATUS[*]}" \
    -n status-no-aot "env REKINDLE_NO_AOT=1 ${STATUS[*]}"

# Medians, in the order of the commands above, and their ratios to hello.
mapfile -t MEDIANS < <(grep -o '"median": *[0-9.eE+-]*' "$OUT/hyperfine.json" | sed 's/.*: *//')
[ "${#MEDIANS[@]}" -eq 3 ] || die "could not read the medians from $OUT/hyperfine.json"
awk -v h="${MEDIANS[0]}" -v s="${MEDIANS[1]}" -v n="${MEDIANS[2]}" -v ev="$EVENTS" 'BEGIN {
  printf "\nmedians (%d events):\n", ev
  printf "  hello          %7.1f ms\n", h * 1000
  printf "  status (AOT)   %7.1f ms   %5.1fx hello   (target: 8x)\n", s * 1000, s / h
  printf "  status no AOT  %7.1f ms   %5.1fx hello\n", n * 1000, n / h
}'
