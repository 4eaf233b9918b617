package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code FrameWriter.write} streams a payload in every framing but a delimiter's: a 256 MiB payload
 * goes out in each of them from a JVM whose heap is 64 MiB, and is read back with the same SHA-256.
 * The transfers run in a child JVM ({@link SmallHeapJvm}) because the heap limit applies to a whole JVM.
 */
class FramedPayloadMemoryTest {
    private static final long LENGTH = 256L << 20;

    @Test
    void aPayloadLargerThanTheHeapIsStreamedInEveryFramingThatCountsOrDoesNotNeedItsLength() throws Exception {
        String printed = SmallHeapJvm.run(FramedPayloadTransfer.class, 300, Long.toString(LENGTH));
        List<String> lines = printed.lines().toList();
        long heap = lines.stream().filter(l -> l.startsWith("max heap MiB ")).mapToLong(l -> Long.parseLong(l.substring(13)))
                .findFirst().orElseThrow(() -> new AssertionError("no heap size:\n" + printed));
        assertTrue(heap <= 64 && heap * 4 <= LENGTH >> 20, printed);
        for (String framing : FramedPayloadTransfer.framings(LENGTH).keySet()) {
            String line = lines.stream().filter(l -> l.startsWith("ok " + framing + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(framing + " did not agree:\n" + printed));
            String[] words = line.substring(("ok " + framing + " ").length()).split(" ");
            assertEquals(64, words[0].length(), line);
            assertEquals(words[0], words[1], line);
        }
        System.out.println("[256 MiB in each framing, 64 MiB heap] " + printed.replace('\n', ' '));
    }
}
