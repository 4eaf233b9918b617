package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Runs ServerBenchmark once for each server and depth, in this JVM: each answers every request correctly. */
class ServerSmokeTest {
    @Test
    void everyServerAnswers() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(ServerBenchmark.class);
        assertEquals(10, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().toString());
        }
    }
}
