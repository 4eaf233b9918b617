package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 1 GiB payload through a loopback socket to a JVM whose heap is 64 MiB: the SHA-256 must agree
 * at both ends. The transfer runs in a child JVM ({@link SmallHeapJvm}) because the heap limit
 * applies to a whole JVM.
 */
class GigabyteTransferTest {
    private static final long GIB = 1L << 30;

    @Test
    void oneGibibyteThroughA64MiBHeap() throws Exception {
        String printed = SmallHeapJvm.run(GigabyteTransfer.class, 240, Long.toString(GIB));
        List<String> lines = printed.lines().toList();
        String sent = value(lines, "sent ");
        assertEquals(sent, value(lines, "received "), printed);
        assertEquals(64, sent.length(), printed);
        assertEquals(Long.toString(GIB), value(lines, "length "));
        assertTrue(Long.parseLong(value(lines, "max heap MiB ")) <= 64, printed);
        System.out.println("[1 GiB transfer] " + printed.replace('\n', ' '));
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
                .orElse("(missing " + prefix.trim() + ")");
    }
}
