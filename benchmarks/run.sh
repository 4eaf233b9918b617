#!/usr/bin/env bash
# Builds the JMH benchmarks, runs the whole suite with -prof gc and writes benchmarks/BENCHMARKS.md.
#
#   bash benchmarks/run.sh            # every class on its own settings (see below; ~15 min on 2 cores)
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
  label="quick: 1 fork, 1 x 1 s warm-up, 1 x 1 s measurement"
  settings=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
else
  # each class's own annotations: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, except
  # - codecs (and selected components against a hand-written switch): 2 forks of 3 x 1 s measured, as
  #   the JIT's inlining differs from one JVM to the next;
  # - linearity: 3 x 1 s measured, its operations being long;
  # - loopback: 2 forks, as the scheduler places its threads anew in each JVM;
  # - compile time: 8 x 3 s and 5 x 3 s, its operations taking seconds until javac is JIT-compiled;
  # - Kafka serdes: as codecs; gateway end to end: 3 + 8 single shots of ~2 s after a broker start.
  label="short suite: each class's settings (1 fork, 3 x 1 s warm-up, 5 x 1 s measured; codecs: 2 forks, 3 x 1 s measured; linearity: 3 x 1 s measured; loopback: 2 forks; compile time: 8 x 3 s, 5 x 3 s)"
  settings=()
fi

# Estimate: forks per benchmark and parameter combination (from JMH's list, with the same filters;
# -p overrides in the JMH arguments are not counted), each 1 s per iteration plus ~1.5 s of JVM start
# and setup, on each class's settings above. CompileTimeBenchmark's operations outlast their
# iterations: measured on 2 cores, ~70 s per fork with the processor, ~45 s without, ~60 s for
# compile_handwritten, whose sources are the records and the processor's output (~25, ~5 and ~10 s
# with --quick).
estimate() {
  java -jar "$jar" -lp "${jmh_extra[@]}" 2>/dev/null | awk -v quick="$quick" '
    function flush() {
      if (name == "") return
      forks = 1; secs = quick ? 2 : 8
      if (!quick && name ~ /\.(Codec|KafkaSerde|Selected)Benchmark\./) { forks = 2; secs = 6 }
      if (!quick && name ~ /\.LinearityBenchmark\./) secs = 6
      if (!quick && name ~ /\.LoopbackBenchmark\./) forks = 2
      if (name ~ /\.GatewayBenchmark\./) secs = quick ? 25 : 70   # a broker start, then 2 s single shots
      else if (name ~ /CompileTimeBenchmark\.compile_wireform$/) secs = quick ? 25 : 70
      else if (name ~ /CompileTimeBenchmark\.compile_handwritten$/) secs = quick ? 10 : 60
      else if (name ~ /CompileTimeBenchmark\./) secs = quick ? 5 : 45
      else secs += 1.5
      runs += combos * forks; total += combos * forks * secs
    }
    /^io\./ { flush(); name = $1; combos = 1; next }
    /^  param / { sub(/^[^{]*\{/, ""); sub(/\}.*$/, ""); combos *= split($0, values, ", "); next }
    END { flush(); if (runs == 0) exit 1; printf "%d benchmark forks, about %d min (%d s) on 2 cores\n", runs, (total + 30) / 60, total }'
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
