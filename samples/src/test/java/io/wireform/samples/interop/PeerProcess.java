package io.wireform.samples.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A peer program started by an interop test: its output (stdout and stderr) goes to a file, so that
 * a peer that prints much never blocks on a full pipe, and tests wait for a line by polling it.
 * {@link #close()} stops the process by its own handle (SIGTERM, then SIGKILL after 5 s).
 */
public final class PeerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path output;

    private PeerProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    /** Starts {@code command} in {@code directory}, its standard input a pipe we hold (closed by {@link #closeInput()}). */
    public static PeerProcess start(List<String> command, Path directory) throws IOException {
        Path output = Files.createTempFile("peer", ".out");
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new PeerProcess(command.get(0) + " " + (command.size() > 1 ? command.get(1) : ""), process, output);
    }

    /** A port nobody listens on at 127.0.0.1 right now, for a peer that must be told its port. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code program} runs here: {@code program args} exits with status 0 within 10 s. */
    public static Optional<String> missing(List<String> probe) {
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    return Optional.of(String.join(" ", probe) + " did not finish within 10 s");
                }
                return process.exitValue() == 0 ? Optional.empty()
                        : Optional.of(String.join(" ", probe) + " exited with " + process.exitValue());
            } finally {
                stop(process);
            }
        } catch (IOException e) {
            return Optional.of(String.join(" ", probe) + " cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the peer has printed {@code text}, or throws with its transcript after {@code timeout}. */
    public void await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!transcript().contains(text)) {
            if (System.nanoTime() > deadline || !process.isAlive() && !transcript().contains(text)) {
                throw new IllegalStateException("no '" + text + "' within " + timeout.toSeconds() + " s; alive="
                        + process.isAlive() + "; " + this);
            }
            Thread.sleep(20);
        }
    }

    /** Waits up to {@code timeout} for the peer to exit by itself; whether it did. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the peer's standard input (an {@code openssl s_client} then says goodbye and exits). */
    public void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // it is gone already
        }
    }

    /** Everything the peer printed so far. */
    public String transcript() {
        try {
            return Files.readString(output, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + "(pid " + process.pid() + "): " + transcript().strip().replace('\n', '|');
    }

    @Override
    public void close() {
        stop(process);
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a temporary file left behind
        }
    }

    /** SIGTERM, up to 5 s to exit, then SIGKILL: by the process's own handle, never by name. */
    static void stop(Process process) {
        boolean interrupted = Thread.interrupted(); // a timed-out test must still reap its child
        try {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
            process.destroyForcibly();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
