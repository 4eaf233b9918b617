package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Runs {@link CompileTimeBenchmark} once with and once without the processor, on 16 records (every shape twice). */
class CompileTimeSmokeTest {

    @Test
    void compileTimeBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(CompileTimeBenchmark.class, "records", "16");
        assertEquals(2, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}
