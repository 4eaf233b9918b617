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
 * {@code FrameWriter.write} streams a payload in every framing but a delimiter's: a 256 MiB payload
 * goes out in each of them from a JVM whose heap is 64 MiB, and is read back with the same SHA-256.
 * The transfers run in a child JVM (started here, bounded in time, stopped by its PID) because the
 * heap limit applies to a whole JVM.
 */
class FramedPayloadMemoryTest {
    private static final long LENGTH = 256L << 20;

    @Test
    void aPayloadLargerThanTheHeapIsStreamedInEveryFramingThatCountsOrDoesNotNeedItsLength() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                FramedPayloadTransfer.class.getName(), Long.toString(LENGTH)))
                .redirectErrorStream(true)
                .start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(child.getInputStream(), output), "child-output");
        drain.start();
        try {
            boolean finished = child.waitFor(300, TimeUnit.SECONDS);
            drain.join(5_000);
            String printed = output.toString(StandardCharsets.UTF_8);
            assertTrue(finished, "the transfers did not finish in 300 s:\n" + printed);
            assertEquals(0, child.exitValue(), printed);
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
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            out.writeBytes(("output lost: " + e).getBytes(StandardCharsets.UTF_8));
        }
    }
}
