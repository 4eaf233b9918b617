package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link CompileTimeBenchmark} with the processor, without it, and with its output as sources,
 * on 16 records (every shape twice); each one's setup checks the codecs it made.
 */
class CompileTimeSmokeTest {

    @Test
    void compileTimeBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(CompileTimeBenchmark.class, "records", "16");
        assertEquals(3, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}
