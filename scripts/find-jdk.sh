#!/usr/bin/env bash
# Sourced by ./weiyuan and bench/: defines find_jdk, which prints the home of the newest JDK >= 21.
# Picks a JDK >= 21: JAVA_HOME if it qualifies, then `java` on the PATH, then /usr/lib/jvm/*.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [ -d "$d" ] && candidates+=("$d"); done
  local best="" best_major=0 major
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(java_major "$c" || echo 0)
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$c"; best_major=$major; fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}
