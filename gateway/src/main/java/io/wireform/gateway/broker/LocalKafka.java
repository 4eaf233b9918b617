package io.wireform.gateway.broker;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real one-node Kafka broker (KRaft, broker and controller in one process) in a JVM of its own, on
 * two free ports of 127.0.0.1, with its data in a temporary directory: for tests and for trying the
 * gateway without a broker of one's own. The broker is Kafka's own {@code kafka_2.13} from Maven
 * Central, which must be on the class path given (by default this JVM's: a test dependency).
 *
 * <pre>{@code
 * try (LocalKafka kafka = LocalKafka.start()) {
 *     kafka.createTopic("device-blocks", 3);
 *     ... kafka.bootstrapServers() ...   // "127.0.0.1:40123"
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops the broker by its process id (a clean shutdown, forced after 20 s) and
 * deletes its directory. The broker also exits by itself when this JVM does, however it ends.
 */
public final class LocalKafka implements Closeable {
    /** The broker JVM's heap: enough for the tests and the gateway's throughput runs. */
    public static final String HEAP = "-Xmx256m";
    /** The class path for the broker JVM, when set; else this JVM's. */
    public static final String CLASSPATH_PROPERTY = "wireform.kafka.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path directory;
    private final String bootstrapServers;
    private final Admin admin;

    private LocalKafka(Process process, Path directory, String bootstrapServers, Admin admin) {
        this.process = process;
        this.directory = directory;
        this.bootstrapServers = bootstrapServers;
        this.admin = admin;
    }

    /** Starts a broker in a new temporary directory, with the class path of {@link #CLASSPATH_PROPERTY} or this JVM's. */
    public static LocalKafka start() throws IOException {
        String classpath = System.getProperty(CLASSPATH_PROPERTY, System.getProperty("java.class.path"));
        return start(Files.createTempDirectory("wireform-kafka-"), classpath);
    }

    /**
     * Formats a log directory under {@code directory}, starts the broker and waits until it answers.
     * The directory is the broker's from then on: deleted when it stops, or if it fails to start.
     *
     * @param classpath the broker JVM's class path: {@code kafka_2.13} and its dependencies, and this class
     * @throws IOException if the broker does not start within 90 s; the message ends with its log
     */
    public static LocalKafka start(Path directory, String classpath) throws IOException {
        int port = freePort();
        int controllerPort = freePort();
        String bootstrap = "127.0.0.1:" + port;
        Path properties = directory.resolve("server.properties");
        Path log = directory.resolve("broker.log");
        Process broker = null;
        try {
            Files.writeString(properties, serverProperties(directory.resolve("data"), port, controllerPort));
            format(directory, classpath, properties);
            broker = java(classpath, BrokerMain.class.getName(), properties.toString()).redirectOutput(log.toFile()).start();
            awaitListening(broker, port, log);
        } catch (IOException | RuntimeException e) {
            if (broker != null) {
                stop(broker);
            }
            delete(directory);
            throw e;
        }
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000));
        LocalKafka kafka = new LocalKafka(broker, directory, bootstrap, admin);
        try {
            kafka.awaitReady(log);
            return kafka;
        } catch (IOException | RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** Formats the log directory as a one-node cluster with a new id: Kafka's own storage tool, in a JVM of its own. */
    private static void format(Path directory, String classpath, Path properties) throws IOException {
        Path log = directory.resolve("format.log");
        Process format = java(classpath, "kafka.tools.StorageTool", "format", "--standalone",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString())
                .redirectOutput(log.toFile()).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                stop(format);
                throw new IOException("formatting the broker's log directory failed:\n" + tail(log));
            }
        } catch (InterruptedException e) {
            stop(format);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting the broker's log directory", e);
        }
    }

    /** Waits until the broker's port takes connections, so that the admin client's first tries do not fail. */
    private static void awaitListening(Process broker, int port, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!broker.isAlive()) {
                throw new IOException("the broker exited with " + broker.exitValue() + " while starting:\n" + tail(log));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the broker did not listen within " + START_TIMEOUT.toSeconds() + " s:\n" + tail(log));
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the broker", e);
            }
        }
    }

    private void awaitReady(Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("the broker exited with " + process.exitValue() + " while starting:\n" + tail(log));
            }
            try {
                if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the broker", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the broker did not answer within " + START_TIMEOUT.toSeconds() + " s:\n" + tail(log));
            }
        }
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker JVM's process id. */
    public long pid() {
        return process.pid();
    }

    /** The broker's own log (INFO and above). */
    public Path log() {
        return directory.resolve("broker.log");
    }

    /** Creates a topic with {@code partitions} partitions (one replica: there is one broker) and waits until it exists. */
    public void createTopic(String name, int partitions) {
        try {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
    }

    /** Stops the broker by its process id, waiting up to 20 s for a clean shutdown before killing it, and deletes its directory. */
    @Override
    public void close() throws IOException {
        admin.close(Duration.ofSeconds(2));
        stop(process);
        delete(directory);
    }

    private static void stop(Process process) {
        ProcessHandle handle = ProcessHandle.of(process.pid()).orElse(null);
        if (handle == null) {
            return;   // already gone
        }
        handle.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                handle.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            handle.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static ProcessBuilder java(String classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                // the broker logs through SLF4J; slf4j-simple writes INFO and above to broker.log
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static String serverProperties(Path data, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data.toAbsolutePath(),
                // one node: every internal topic has one replica, and few partitions to start quickly
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "share.coordinator.state.topic.num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                "num.partitions=1",
                // two cores: few threads, and a small log-cleaner buffer (128 MiB by default) for a small heap
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "log.cleaner.threads=1",
                "log.cleaner.dedupe.buffer.size=4194304",
                "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The last lines of a log file, for an error message. */
    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Deletes a directory and all in it; nothing if it does not exist. */
    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
