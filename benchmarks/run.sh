#!/usr/bin/env bash
# Builds the JMH benchmarks, runs the short suite and writes benchmarks/BENCHMARKS.md.
#
#   bash benchmarks/run.sh            # fork 1, 3 x 1 s warm-up, 5 x 1 s measurement per benchmark
#   bash benchmarks/run.sh --quick    # fork 1, 1 x 1 s warm-up, 1 x 1 s measurement: a sanity check only
#   bash benchmarks/run.sh -- -prof gc    # anything after -- goes to JMH as is
#
# MVN_ARGS (e.g. MVN_ARGS=-o) is passed to Maven; SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
quick=0
jmh_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --) shift; jmh_extra=("$@"); break ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building (mvn -DskipTests -pl benchmarks -am package)"
  (cd "$root" && mvn -q ${MVN_ARGS:-} -DskipTests -pl benchmarks -am package)
fi

if [ "$quick" = 1 ]; then
  settings=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  label="quick: 1 fork, 1 x 1 s warm-up, 1 x 1 s measurement"
else
  settings=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  label="short suite: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement"
fi

results="$here/target/jmh-result.json"
log="$here/target/jmh-output.txt"
echo "== running JMH ($label)"
# the 64 MiB streams are held twice in memory (with and without prefixes); give the fork room
java -jar "$here/target/benchmarks.jar" "${settings[@]}" -jvmArgsAppend -Xmx2g \
  -rf json -rff "$results" "${jmh_extra[@]}" 2>&1 | tee "$log"

echo "== writing BENCHMARKS.md"
python3 "$here/report.py" \
  --results "$results" \
  --out "$here/BENCHMARKS.md" \
  --settings "$label" \
  --command "bash benchmarks/run.sh $([ "$quick" = 1 ] && echo --quick) ${jmh_extra[*]:+-- ${jmh_extra[*]}}" \
  --cpus "$(nproc)" \
  --cpu-model "$(grep -m1 'model name' /proc/cpuinfo | sed 's/^model name[[:space:]]*:[[:space:]]*//')" \
  --jdk "$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')" \
  --commit "$(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)$(cd "$root" && git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
echo "== done: $here/BENCHMARKS.md"
