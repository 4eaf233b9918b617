package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Runs {@link LoopbackBenchmark} once per receiver and message kind, with a small batch. */
class LoopbackSmokeTest {

    @Test
    void loopbackBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(LoopbackBenchmark.class, "batch", "300");
        assertEquals(2 * 2, results.size());
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark() + " " + result.getParams().getParam("message");
            assertTrue(result.getPrimaryResult().getScore() > 0, name);
        }
    }
}
