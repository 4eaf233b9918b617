package io.wireform.samples.mqtt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code mosquitto} broker on a free loopback port, with a configuration file of its own
 * (anonymous clients, no persistence). As root it is told to run as {@code nobody}, which it switches
 * to itself, keeping its PID. Stopped by its PID, then its directory is deleted.
 */
final class Mosquitto implements AutoCloseable {
    static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final String RUN_AS = "nobody";

    private final Path directory;
    private final Process process;
    private final int port;

    private Mosquitto(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    /** Why the broker cannot run here, or empty when it can. */
    static Optional<String> unavailable() {
        return Files.isExecutable(MOSQUITTO) ? Optional.empty()
                : Optional.of("the mosquitto broker is not installed: apt-get install mosquitto (.ci/run installs it)");
    }

    static Mosquitto start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("wireform-mosquitto");
        try {
            int port = freePort();
            Path config = directory.resolve("mosquitto.conf");
            StringBuilder text = new StringBuilder()
                    .append("listener ").append(port).append(" 127.0.0.1\n")
                    .append("allow_anonymous true\n")
                    .append("persistence false\n")
                    .append("log_dest stderr\n")
                    .append("log_type error\nlog_type warning\nlog_type notice\nlog_type information\n");
            if ("root".equals(System.getProperty("user.name"))) {
                text.append("user ").append(RUN_AS).append('\n');
            }
            Files.writeString(config, text, StandardCharsets.US_ASCII);
            Process process = new ProcessBuilder(List.of(MOSQUITTO.toString(), "-c", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("broker.log").toFile())
                    .start();
            Mosquitto broker = new Mosquitto(directory, process, port);
            try {
                broker.awaitListening();
            } catch (IOException | InterruptedException | RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(directory);
            throw e;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not listen within " + START_TIMEOUT + ":\n" + log());
    }

    String log() throws IOException {
        Path log = directory.resolve("broker.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM to its PID
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        deleteQuietly(directory);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind
        }
    }
}
