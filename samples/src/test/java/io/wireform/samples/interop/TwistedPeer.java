package io.wireform.samples.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One {@code src/test/python/twisted_peer.py} process: a Twisted echo server on 127.0.0.1, run by
 * Debian's own {@code /usr/bin/python3} (python3-twisted is installed for that one, not for a
 * pyenv {@code python3} earlier on the PATH). Everything it prints is kept, so that tests can wait
 * for its events ({@code EXCEEDED}, {@code LOST}) and show its transcript when they fail.
 * {@link #close()} always ends the process, by its handle.
 */
final class TwistedPeer implements AutoCloseable {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final String protocol;
    private final Process process;
    private final List<String> lines = new ArrayList<>(); // guarded by itself
    private boolean ended; // guarded by lines
    private final int port;
    private final int maxLength;

    private TwistedPeer(String protocol) throws IOException, InterruptedException {
        this.protocol = protocol;
        this.process = new ProcessBuilder(PYTHON.toString(), script().toString(), protocol)
                .redirectErrorStream(true) // a traceback belongs in the transcript
                .redirectInput(ProcessBuilder.Redirect.PIPE) // closing it, or our death, stops the peer
                .start();
        try {
            Thread pump = new Thread(this::pump, "twisted-peer-" + protocol + "-" + process.pid());
            pump.setDaemon(true);
            pump.start();
            this.port = Integer.parseInt(required("PORT"));
            this.maxLength = Integer.parseInt(required("MAX"));
        } catch (Throwable e) {
            close();
            throw e;
        }
    }

    /** Starts a peer speaking {@code protocol} and waits (10 s at most) until it listens. */
    static TwistedPeer start(String protocol) throws IOException, InterruptedException {
        return new TwistedPeer(protocol);
    }

    /** The script, relative to the samples module (Maven's working directory for its tests). */
    static Path script() {
        Path baseDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return baseDir.resolve(Path.of("src", "test", "python", "twisted_peer.py"));
    }

    /** Why Twisted cannot be used here, or empty when it can. */
    static Optional<String> unavailable() {
        if (!Files.isExecutable(PYTHON)) {
            return Optional.of(PYTHON + " is not an executable file");
        }
        if (!Files.isRegularFile(script())) {
            return Optional.of(script() + " is missing (working directory " + System.getProperty("user.dir") + ")");
        }
        Process probe = null;
        Path output = null;
        try {
            output = Files.createTempFile("twisted-probe", ".txt");
            probe = new ProcessBuilder(PYTHON.toString(), "-c",
                    "import twisted, twisted.internet.reactor, twisted.protocols.basic; print(twisted.__version__)")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile()) // a file: a hung probe cannot block us on a pipe
                    .start();
            probe.getOutputStream().close();
            if (!probe.waitFor(10, TimeUnit.SECONDS)) {
                return Optional.of(PYTHON + " -c 'import twisted' did not finish within 10 s");
            }
            if (probe.exitValue() != 0) {
                return Optional.of(PYTHON + " cannot import twisted (apt-get install python3-twisted): "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(PYTHON + " cannot be run: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while probing for twisted");
        } finally {
            if (probe != null) {
                stop(probe);
            }
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    int port() {
        return port;
    }

    /** The Twisted receiver's {@code MAX_LENGTH}, as the peer printed it. */
    int maxLength() {
        return maxLength;
    }

    long pid() {
        return process.pid();
    }

    /** The first line the peer printed that starts with {@code prefix + " "}, waiting up to {@code timeout}. */
    Optional<String> awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (line.startsWith(prefix + " ")) {
                        return Optional.of(line);
                    }
                }
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /** Everything the peer printed so far, for assertion messages. */
    String transcript() {
        synchronized (lines) {
            return "twisted_peer.py " + protocol + " (pid " + process.pid() + "): "
                    + (lines.isEmpty() ? "(no output)" : String.join(" | ", lines));
        }
    }

    private String required(String prefix) throws InterruptedException {
        return awaitLine(prefix, START_TIMEOUT)
                .map(line -> line.substring(prefix.length() + 1).strip())
                .orElseThrow(() -> new IllegalStateException("no '" + prefix + " <n>' line within "
                        + START_TIMEOUT.toSeconds() + " s; alive=" + process.isAlive() + "; " + transcript()));
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the stream was closed under us: the peer is being stopped
        } finally {
            synchronized (lines) {
                ended = true;
                lines.notifyAll();
            }
        }
    }

    /** SIGTERM, up to 5 s to exit, then SIGKILL: always, by this process's own handle. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        try {
            PeerProcess.stop(process);
        } finally {
            closeQuietly(process);
        }
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing more to say to it
        }
    }
}
