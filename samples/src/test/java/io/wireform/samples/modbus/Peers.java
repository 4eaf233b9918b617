package io.wireform.samples.modbus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for tests that run other programs: ports, processes, their output. */
final class Peers {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Pattern MBPOLL_VALUE = Pattern.compile("(?m)^\\[(\\d+)]:\\s+(-?\\d+)\\s*$");

    private Peers() {}

    /** The module's target directory, where compiled peers and process output go. */
    static Path target() throws IOException {
        Path target = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target");
        return Files.createDirectories(target.resolve("modbus-peers"));
    }

    /** The module's source directory {@code src/test/...}. */
    static Path testSource(String path) {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test").resolve(path);
    }

    /** A port free a moment ago on 127.0.0.1. */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** The program's path if it is on the PATH, else null. */
    static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** What a finished process said. */
    record Result(List<String> command, int exit, String out, String err) {
        @Override
        public String toString() {
            return String.join(" ", command) + "\n-> exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }

        /** mbpoll's {@code [ref]: value} lines. */
        Map<Integer, Integer> mbpollValues() {
            Map<Integer, Integer> values = new LinkedHashMap<>();
            for (Matcher m = MBPOLL_VALUE.matcher(out); m.find(); ) {
                values.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return values;
        }
    }

    /** A process started with stdout and stderr going to files under target/. */
    record Started(Process process, Path out, Path err) {
        /** Its output so far, for failure messages. */
        String said() {
            try {
                return "--- stdout\n" + Files.readString(out) + "--- stderr\n" + Files.readString(err);
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    static Started start(String... command) throws IOException {
        int run = RUNS.incrementAndGet();
        String name = Path.of(command[0]).getFileName() + "-" + run;
        Path out = target().resolve(name + ".out");
        Path err = target().resolve(name + ".err");
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new Started(process, out, err);
    }

    /** Runs {@code command} to its end, at most 15 s, and returns what it said. */
    static Result run(String... command) throws IOException, InterruptedException {
        Started started = start(command);
        try {
            if (!started.process().waitFor(15, TimeUnit.SECONDS)) {
                fail("still running after 15 s: " + String.join(" ", command) + "\n" + started.said());
            }
            return new Result(List.of(command), started.process().exitValue(),
                    Files.readString(started.out()), Files.readString(started.err()));
        } finally {
            stop(started.process());
        }
    }

    /** Kills the process if it still runs and waits for it to go. */
    static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** Waits until something accepts connections at 127.0.0.1:port, failing if {@code process} dies first. */
    static void awaitAccepting(int port, Started peer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                if (!peer.process().isAlive()) {
                    fail("the peer exited with " + peer.process().exitValue() + " before accepting on port " + port
                            + "\n" + peer.said());
                }
                if (System.nanoTime() > deadline) {
                    fail("nothing accepts on port " + port + " after 10 s\n" + peer.said());
                }
                Thread.sleep(20);
            }
        }
    }
}
