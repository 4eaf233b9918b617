#!/usr/bin/env bash
# Builds the JMH benchmarks, runs the whole suite with -prof gc and writes benchmarks/BENCHMARKS.md.
#
#   bash benchmarks/run.sh            # every class; fork 1, 3 x 1 s warm-up, 5 x 1 s measurement (~15 min on 2 cores)
#   bash benchmarks/run.sh --quick    # fork 1, 1 x 1 s warm-up, 1 x 1 s measurement: a sanity check only
#   bash benchmarks/run.sh -- Codec   # anything after -- goes to JMH as is (a regex, -p size=1024, ...)
#
# MVN_ARGS (e.g. MVN_ARGS=-o) is passed to Maven; SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
quick=0
jmh_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --) shift; jmh_extra=("$@"); break ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

# -prof gc is always on, and JMH refuses the same profiler twice: drop a "-prof gc" given after --.
args=()
for ((k = 0; k < ${#jmh_extra[@]}; k++)); do
  if [ "${jmh_extra[k]}" = -prof ] && [ "${jmh_extra[k + 1]:-}" = gc ]; then k=$((k + 1)); else args+=("${jmh_extra[k]}"); fi
done
jmh_extra=("${args[@]}")

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building (mvn -DskipTests -pl benchmarks -am package)"
  (cd "$root" && mvn -q ${MVN_ARGS:-} -DskipTests -pl benchmarks -am package)
fi

if [ "$quick" = 1 ]; then
  warmups=1 measurements=1
  label="quick: 1 fork, 1 x 1 s warm-up, 1 x 1 s measurement"
  settings=(-f 1 -wi "$warmups" -w 1s -i "$measurements" -r 1s)
else
  # each class's own annotations: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, but 8 x 3 s and
  # 5 x 3 s for the compile-time benchmark, whose operations take seconds until javac is JIT-compiled,
  # and 2 forks for the loopback benchmark, whose threads the scheduler places anew in each JVM
  warmups=3 measurements=5
  label="short suite: 1 fork (loopback: 2), 3 x 1 s warm-up, 5 x 1 s measurement (compile time: 8 x 3 s, 5 x 3 s)"
  settings=()
fi

# Estimate: one fork per benchmark and parameter combination (from JMH's list, with the same filters;
# -p overrides in the JMH arguments are not counted), each 1 s per iteration plus ~1.5 s of JVM start
# and setup. CompileTimeBenchmark's operations outlast the 1 s iterations: a compilation with the
# processor takes 2-7 s until the JIT has compiled it, one without ~0.6 s, and setup compiles once
# cold; measured on 2 cores: ~70 s and ~45 s per fork (~25 s and ~5 s with --quick), and ~60 s for
# compile_handwritten, whose sources are the records and the processor's output.
estimate() {
  java -jar "$jar" -lp "${jmh_extra[@]}" 2>/dev/null | awk -v per="$((warmups + measurements))" -v quick="$quick" '
    function flush() { if (name != "") { forks += combos; if (name ~ /CompileTimeBenchmark\.compile_wireform$/) extra += combos * (quick ? 25 : 70) - combos * per; else if (name ~ /CompileTimeBenchmark\.compile_handwritten$/) extra += combos * (quick ? 10 : 60) - combos * per; else if (name ~ /CompileTimeBenchmark\./) extra += combos * (quick ? 5 : 45) - combos * per } }
    /^io\./ { flush(); name = $1; combos = (quick || name !~ /LoopbackBenchmark\./) ? 1 : 2; next }
    /^  param / { sub(/^[^{]*\{/, ""); sub(/\}.*$/, ""); combos *= split($0, values, ", "); next }
    END { flush(); if (forks == 0) exit 1; secs = forks * (per + 1.5) + extra; printf "%d benchmark forks, about %d min (%d s) on 2 cores\n", forks, (secs + 30) / 60, secs }'
}
echo "== estimate: $(estimate || echo unknown)"

results="$here/target/jmh-result.json"
log="$here/target/jmh-output.txt"
echo "== running JMH ($label, -prof gc)"
# -prof gc: bytes allocated per operation (gc.alloc.rate.norm) for the report.
# -Xmx2g: the 64 MiB streams are held twice in memory, a 16 MiB linearity frame needs up to 48 MiB per
# operation. -jvmArgsAppend, not -jvmArgs: that would replace ContenderBenchmark's @Fork(jvmArgsPrepend),
# the --add-exports that SBE's Agrona needs.
java -jar "$jar" ${settings[@]+"${settings[@]}"} -prof gc -jvmArgsAppend -Xmx2g \
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
