package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Runs {@link LinearityBenchmark} once per variant on a small and a medium frame. */
class LinearitySmokeTest {

    @Test
    void linearityBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(LinearityBenchmark.class, "size", "1024", "size", "262144");
        assertEquals(4 * 2, results.size());
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark() + " " + result.getParams().getParam("size");
            assertTrue(result.getPrimaryResult().getScore() > 0, name);
        }
    }
}
