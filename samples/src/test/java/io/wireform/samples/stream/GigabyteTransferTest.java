package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 1 GiB payload through a loopback socket to a JVM whose heap is 64 MiB: the SHA-256 must agree
 * at both ends. The transfer runs in a child JVM (started here, bounded in time, stopped by its PID)
 * because the heap limit applies to a whole JVM.
 */
class GigabyteTransferTest {
    private static final long GIB = 1L << 30;

    @Test
    void oneGibibyteThroughA64MiBHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                GigabyteTransfer.class.getName(), Long.toString(GIB)))
                .redirectErrorStream(true)
                .start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(child.getInputStream(), output), "child-output");
        drain.start();
        try {
            boolean finished = child.waitFor(240, TimeUnit.SECONDS);
            drain.join(5_000);
            String printed = output.toString(StandardCharsets.UTF_8);
            assertTrue(finished, "the transfer did not finish in 240 s:\n" + printed);
            assertEquals(0, child.exitValue(), printed);
            List<String> lines = printed.lines().toList();
            String sent = value(lines, "sent ");
            assertEquals(sent, value(lines, "received "), printed);
            assertEquals(64, sent.length(), printed);
            assertEquals(Long.toString(GIB), value(lines, "length "));
            assertTrue(Long.parseLong(value(lines, "max heap MiB ")) <= 64, printed);
            System.out.println("[1 GiB transfer] " + printed.replace('\n', ' '));
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
                .orElse("(missing " + prefix.trim() + ")");
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            out.writeBytes(("output lost: " + e).getBytes(StandardCharsets.UTF_8));
        }
    }
}
