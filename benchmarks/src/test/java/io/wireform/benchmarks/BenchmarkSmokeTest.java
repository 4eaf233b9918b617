package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark for one short iteration, in this JVM, so they keep compiling and running.
 * Says nothing about speed: benchmarks/run.sh measures.
 */
class BenchmarkSmokeTest {

    static Collection<RunResult> run(Class<?> benchmark, String... params) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(benchmark.getName() + "\\.")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        for (int i = 0; i < params.length; i += 2) {
            options.param(params[i], params[i + 1]);
        }
        Options built = options.build();
        return new Runner(built).run();
    }

    @Test
    void codecBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = run(CodecBenchmark.class);
        assertEquals(16, results.size());
        for (RunResult result : results) {
            double score = result.getPrimaryResult().getScore();
            assertFalse(Double.isNaN(score), result.getParams().getBenchmark());
            assertTrue(score > 0, result.getParams().getBenchmark());
        }
    }

    @Test
    void streamBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = run(StreamBenchmark.class, "mebibytes", "2");
        assertEquals(5, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }

    @Test
    void resyncBenchmarksRunAndDecodeEveryBlock() throws RunnerException {
        // each operation checks it got every block and left nothing buffered
        Collection<RunResult> results = run(ResyncBenchmark.class, "mebibytes", "1");
        assertEquals(2, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}
