package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Runs {@link KafkaSerdeBenchmark} once, and {@link GatewayBenchmark} once per contender with a small batch on a real broker. */
class KafkaSmokeTest {

    @Test
    void serdeBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(KafkaSerdeBenchmark.class);
        assertEquals(12, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }

    @Test
    void gatewayBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(GatewayBenchmark.class, "frames", "2000");
        assertEquals(2, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}
