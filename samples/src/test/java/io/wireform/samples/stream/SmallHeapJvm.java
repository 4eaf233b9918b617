package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of these tests run in a child JVM whose heap is 64 MiB, because a heap limit applies to a
 * whole JVM: bounded in time, and stopped by its PID however it ends.
 */
final class SmallHeapJvm {
    private SmallHeapJvm() {}

    /** What {@code main} printed (standard output and error), run with {@code args}: it must end within {@code seconds}, with 0. */
    static String run(Class<?> main, int seconds, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(child.getInputStream(), output), "child-output");
        drain.start();
        try {
            boolean finished = child.waitFor(seconds, TimeUnit.SECONDS);
            drain.join(5_000);
            String printed = output.toString(StandardCharsets.UTF_8);
            assertTrue(finished, main.getSimpleName() + " did not finish in " + seconds + " s:\n" + printed);
            assertEquals(0, child.exitValue(), printed);
            return printed;
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
