package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Runs every {@link ContenderBenchmark} once, briefly, so they keep compiling and running. */
class ContenderSmokeTest {

    @Test
    void contenderBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(ContenderBenchmark.class);
        Set<String> names = new TreeSet<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            assertFalse(Double.isNaN(score), benchmark);
            assertTrue(score > 0, benchmark);
            names.add(benchmark.substring(benchmark.lastIndexOf('.') + 1));
        }
        Set<String> expected = new TreeSet<>();
        for (String message : new String[] {"fixed16", "deviceFrame", "order", "event"}) {
            for (String contender : new String[] {"jbbp", "kaitai", "sbe"}) {
                expected.add(message + "Decode_" + contender);
            }
            expected.add(message + "Encode_jbbp");
            expected.add(message + "Encode_sbe"); // Kaitai is decode only
        }
        assertEquals(20, results.size());
        assertEquals(expected, names);
    }
}
