package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.benchmarks.handwritten.TlvHandwritten;
import io.wireform.benchmarks.model.Tlv;
import io.wireform.benchmarks.model.TlvCodec;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** The hand-written switch of SelectedBenchmark does the generated codec's work, and the benchmark runs. */
class SelectedBenchmarkTest {

    @Test
    void theHandwrittenSwitchReadsTheSameRecordsFromTheSameBytes() {
        SelectedBenchmark b = new SelectedBenchmark();
        b.setup();
        for (ByteBuffer frames : new ByteBuffer[] {b.listed, b.unlisted}) {
            ByteBuffer generated = frames.duplicate();
            ByteBuffer byHand = frames.duplicate();
            int n = 0;
            while (generated.hasRemaining()) {
                Tlv expected = TlvCodec.INSTANCE.decode(generated);
                Tlv actual = TlvHandwritten.decode(byHand);
                assertEquals(generated.position(), byHand.position());
                assertArrayEquals(TlvCodec.INSTANCE.encode(expected), TlvCodec.INSTANCE.encode(actual));
                assertEquals(expected.value().getClass(), actual.value().getClass());
                n++;
            }
            assertEquals(SelectedBenchmark.FRAMES, n);
        }
        assertInstanceOf(Tlv.Other.class, TlvCodec.INSTANCE.decode(b.unlisted.duplicate()).value());
    }

    @Test
    void bothRefuseAValueThatDoesNotFillItsRegion() {
        byte[] shortTemperature = {1, 1, 0x10};
        assertThrows(WireException.class, () -> TlvCodec.INSTANCE.decode(ByteBuffer.wrap(shortTemperature)));
        assertThrows(WireException.class, () -> TlvHandwritten.decode(ByteBuffer.wrap(shortTemperature)));
        byte[] cut = {3, 6, 0, 0};
        assertThrows(WireException.class, () -> TlvCodec.INSTANCE.decode(ByteBuffer.wrap(cut)));
        assertThrows(WireException.class, () -> TlvHandwritten.decode(ByteBuffer.wrap(cut)));
    }

    @Test
    void selectedBenchmarksRun() throws RunnerException {
        Collection<RunResult> results = BenchmarkSmokeTest.run(SelectedBenchmark.class);
        assertEquals(4, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}
