package io.wireform.samples.mariadb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code mariadbd} on a free loopback port with a data directory of its own, which
 * {@code mariadb-install-db} initialises; an init file creates the test's user, who logs in with
 * {@code mysql_native_password}. The server refuses to run as root: as root, it is told to run as
 * {@code nobody} (it switches user itself, keeping its PID), and the directory is given to that user.
 * Stopped by its PID, then its directory is deleted.
 */
final class MariaDbServer implements AutoCloseable {
    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static final String USER = "wireform";
    static final String PASSWORD = "wireform-secret";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String RUN_AS = "nobody";

    private final Path directory;
    private final Process process;
    private final int port;

    private MariaDbServer(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    /** Why the server cannot run here, or empty when it can. */
    static Optional<String> unavailable() {
        if (!Files.isExecutable(MARIADBD) || findInstallDb().isEmpty()) {
            return Optional.of("MariaDB is not installed: apt-get install mariadb-server (.ci/run installs it)");
        }
        return Optional.empty();
    }

    static MariaDbServer start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("wireform-mariadb");
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path data = directory.resolve("data");
            Path init = directory.resolve("init.sql");
            Files.writeString(init, "CREATE USER '" + USER + "'@'%' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                    + PASSWORD + "');\nGRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%';\n", StandardCharsets.US_ASCII);
            if (root) {
                run(List.of("chown", RUN_AS, directory.toString()));
                run(List.of("chmod", "755", directory.toString()));
                run(List.of("chmod", "644", init.toString()));
            }
            List<String> install = new ArrayList<>(List.of(findInstallDb().orElseThrow().toString(), "--no-defaults",
                    "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db"));
            if (root) {
                install.add("--user=" + RUN_AS);
            }
            run(install);
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults", "--datadir=" + data,
                    "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + directory.resolve("mariadb.sock"),
                    "--pid-file=" + directory.resolve("mariadb.pid"), "--init-file=" + init, "--skip-name-resolve",
                    "--innodb-buffer-pool-size=16M", "--max-allowed-packet=16M"));
            if (root) {
                command.add("--user=" + RUN_AS);
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("server.log").toFile())
                    .start();
            MariaDbServer server = new MariaDbServer(directory, process, port);
            try {
                server.awaitReady();
            } catch (IOException | InterruptedException | RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            deleteQuietly(directory);
            throw e;
        }
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mariadbd exited with " + process.exitValue() + ":\n" + log());
            }
            // ready once the init file has run: the log says so after it
            if (log().contains("ready for connections")) {
                try (Socket probe = new Socket()) {
                    probe.connect(address(), 1000);
                    return;
                } catch (IOException notYet) {
                    // listening follows the log line closely
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("mariadbd did not start within " + START_TIMEOUT + ":\n" + log());
    }

    String log() throws IOException {
        Path log = directory.resolve("server.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM to its PID: a clean shutdown
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        deleteQuietly(directory);
    }

    private static Optional<Path> findInstallDb() {
        return Stream.of("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db").map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try {
            output = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new IOException(command.get(0) + " did not finish in 120 s");
            }
        } finally {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with " + p.exitValue() + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
