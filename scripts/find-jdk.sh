# Sourced by ./rekindle and ./test: find_jdk prints the folder of a JDK 21 or newer.
# Order: $JAVA_HOME if it is one; else the newest under the usual JDK folders; else the javac on PATH.

# The major version of a JDK folder, from its 'release' file (no JVM start needed).
jdk_major() {
  local release="$1/release" v
  [ -r "$release" ] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  [ -n "$v" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && echo "$v"
}

find_jdk() {
  local dir v best="" best_v=0
  if [ -n "${JAVA_HOME:-}" ] && v=$(jdk_major "$JAVA_HOME") && [ "$v" -ge 21 ]; then
    echo "$JAVA_HOME"; return 0
  fi
  for dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$dir" ] || continue
    v=$(jdk_major "$dir") || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$dir"; best_v="$v"; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if v=$(jdk_major "$dir") && [ "$v" -ge 21 ]; then best="$dir"; fi
  fi
  [ -n "$best" ] || return 1
  echo "$best"
}
