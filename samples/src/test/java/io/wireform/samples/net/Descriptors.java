package io.wireform.samples.net;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * For tests that take their JVM out of file descriptors: a hoard of open files that exhausts them and
 * frees them again, and clients in a JVM of their own, started while there are descriptors to start them.
 */
final class Descriptors {
    private Descriptors() {}

    /** Opens {@code /dev/null} into {@code hoard} until the kernel refuses: returns that refusal. */
    static IOException exhaust(List<FileChannel> hoard) {
        Path devNull = Paths.get("/dev/null");
        for (int i = 0; i < 1_000_000; i++) {
            try {
                hoard.add(FileChannel.open(devNull));
            } catch (IOException e) {
                return e;
            }
        }
        throw new IllegalStateException("a million descriptors and still no EMFILE");
    }

    /** Closes the files of {@code hoard} (which may be a sub-list: those files leave the list it is a view of). */
    static void release(List<FileChannel> hoard) throws IOException {
        for (FileChannel channel : hoard) {
            channel.close();
        }
        hoard.clear();
    }

    /** {@code main}, a class of these tests, in a JVM of its own with a small heap, given the server's port. */
    static Process startJvm(Class<?> main, int port) throws IOException, java.net.URISyntaxException {
        String java = ProcessHandle.current().info().command()
                .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        String classes = Paths.get(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        return new ProcessBuilder(java, "-Xmx64m", "-cp", classes, main.getName(), Integer.toString(port))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Tells a child that {@link #startJvm} started to quit: whether it ended within 10 s. */
    static boolean quit(Process child) throws IOException, InterruptedException {
        OutputStream tell = child.getOutputStream();
        tell.write("quit\n".getBytes(StandardCharsets.US_ASCII));
        tell.flush();
        return child.waitFor(10, TimeUnit.SECONDS);
    }

    /** However a test ended: frees the {@code hoard} and stops the {@code child} by its PID. */
    static void cleanUp(List<FileChannel> hoard, Process child) throws IOException, InterruptedException {
        release(hoard);
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
    }
}
