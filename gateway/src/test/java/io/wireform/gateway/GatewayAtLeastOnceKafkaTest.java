package io.wireform.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.gateway.broker.LocalKafka;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's "At least once, from the gateway on", on the real broker: a Modbus request is answered
 * only once Kafka has acknowledged it, and {@link Gateway#close()} returns only once every device block
 * received is in Kafka, in order, keyed by the device, written once by one idempotent producer.
 *
 * <p>Kafka is kept from acknowledging by stopping the broker's process ({@code kill -STOP}, by its
 * process id) for a while and continuing it ({@code kill -CONT}): the producer's requests wait
 * unanswered meanwhile, as with a broker in a long pause. (A topic's {@code min.insync.replicas}
 * above its replicas would not do: the broker caps it at the replicas there are.) The tests' broker
 * is shared, and the test classes run one at a time.
 */
@ExtendWith(KafkaBroker.class)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the broker is paused with kill -STOP")
class GatewayAtLeastOnceKafkaTest {
    /** How long Kafka is kept from acknowledging, during which no answer (or no return from close) may come. */
    private static final Duration HELD = Duration.ofSeconds(1);
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int BLOCKS = 3000;

    private static Admin admin;

    @BeforeAll
    static void admin(LocalKafka kafka) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    @AfterAll
    static void closeAdmin() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void aModbusRequestIsAnsweredOnlyOnceKafkaHasAcknowledgedIt(LocalKafka kafka) throws Exception {
        Gateway.Topics topics = new Gateway.Topics(KafkaBroker.topic("blocks"), KafkaBroker.topic("requests"));
        kafka.createTopic(topics.devices(), 1);
        kafka.createTopic(topics.modbus(), 1);
        RequestAdu first = new RequestAdu(1, 0, 1, new ModbusRequest.ReadHoldingRegisters(0, 3));
        RequestAdu request = new RequestAdu(2, 0, 1, new ModbusRequest.ReadHoldingRegisters(10, 5));
        byte[] sent = RequestAduCodec.INSTANCE.encode(request);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

        try (Gateway gateway = Gateway.start(kafka.bootstrapServers(), topics, InetAddress.getLoopbackAddress(), 0, 0,
                (peer, e) -> errors.add(e));
             Socket client = new Socket()) {
            client.connect(gateway.modbusAddress(), 5000);
            client.setSoTimeout((int) BOUND.toMillis());
            OutputStream out = client.getOutputStream();
            DataInputStream in = new DataInputStream(client.getInputStream());
            // a first request, answered as usual: the gateway's producer has its metadata and producer id
            out.write(RequestAduCodec.INSTANCE.encode(first));
            assertArrayEquals(answer(first), readAnswer(in));

            try (Pause pause = Pause.of(kafka)) {
                out.write(sent);
                client.setSoTimeout((int) HELD.toMillis());
                try {
                    int got = in.read();
                    fail("answered (first byte " + got + ") before Kafka acknowledged the request");
                } catch (SocketTimeoutException expected) {
                    // no answer while Kafka acknowledges nothing
                }
                pause.resume();
                client.setSoTimeout((int) BOUND.toMillis());
                assertArrayEquals(answer(request), readAnswer(in), "the answer once Kafka has acknowledged");
            }

            // stored once, byte for byte as sent, keyed by unit and client, by an idempotent producer
            List<ConsumerRecord<String, byte[]>> stored = read(kafka, topics.modbus(), 2);
            assertEquals(2, stored.size());
            assertEquals("unit-1@127.0.0.1:" + client.getLocalPort(), stored.get(1).key());
            assertArrayEquals(sent, stored.get(1).value());
            assertEquals(2, recordsOn(topics.modbus(), 1));
            assertOneIdempotentProducer(new TopicPartition(topics.modbus(), 0), 2);
        }
        assertEquals(List.of(), List.copyOf(errors));
    }

    @Test
    void closeReturnsOnlyOnceEveryBlockReceivedIsInKafka(LocalKafka kafka) throws Exception {
        Gateway.Topics topics = new Gateway.Topics(KafkaBroker.topic("blocks"), KafkaBroker.topic("requests"));
        kafka.createTopic(topics.devices(), 3);
        kafka.createTopic(topics.modbus(), 1);
        List<byte[]> frames = new ArrayList<>();
        for (int n = 0; n < BLOCKS; n++) {
            frames.add(DeviceBlockCodec.INSTANCE.encode(block(n)));
        }
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

        Gateway gateway = Gateway.start(kafka.bootstrapServers(), topics, InetAddress.getLoopbackAddress(), 0, 0,
                (peer, e) -> errors.add(e));
        CompletableFuture<Void> closing = null;
        try (Pause pause = Pause.of(null)) {
            String key;
            try (Socket device = new Socket()) {
                device.connect(gateway.deviceAddress(), 5000);
                key = "device@" + Gateway.where((InetSocketAddress) device.getLocalSocketAddress());
                OutputStream out = device.getOutputStream();
                // the first block through to Kafka: the gateway's producer has its metadata and producer id
                out.write(frames.get(0));
                out.flush();
                awaitTrue(() -> recordsOn(topics.devices(), 3) == 1, "the first block on the topic");

                pause.stop(kafka);
                for (byte[] frame : frames.subList(1, BLOCKS)) {
                    out.write(frame);
                }
                out.flush();
            }
            awaitTrue(() -> gateway.received() == BLOCKS, "blocks received before close");

            CompletableFuture<Void> pending = CompletableFuture.runAsync(() -> {
                try {
                    gateway.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, runnable -> new Thread(runnable, "gateway-close").start());
            closing = pending;
            assertThrows(TimeoutException.class, () -> pending.get(HELD.toMillis(), TimeUnit.MILLISECONDS),
                    "close() returned while Kafka acknowledged nothing");

            pause.resume();
            closing.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            // close() has returned: every block is in Kafka now, not later
            assertEquals(BLOCKS, recordsOn(topics.devices(), 3), "records on the topic when close() returned");

            List<ConsumerRecord<String, byte[]>> stored = read(kafka, topics.devices(), BLOCKS);
            assertEquals(BLOCKS, stored.size());
            int partition = stored.get(0).partition();
            for (int n = 0; n < BLOCKS; n++) {
                ConsumerRecord<String, byte[]> record = stored.get(n);
                assertEquals(key, record.key());
                assertEquals(partition, record.partition(), "one device, one partition");
                assertEquals(n, record.offset());
                assertArrayEquals(frames.get(n), record.value(), "block " + n);
            }
            assertOneIdempotentProducer(new TopicPartition(topics.devices(), partition), BLOCKS);
            assertEquals(List.of(), List.copyOf(errors));
        } finally {
            // the broker runs again here (Pause closed)
            if (closing == null) {
                gateway.close();
            } else {
                closing.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Test
    void aBoundedCloseReturnsInTimeAndReportsWhatKafkaHasNotAcknowledged(LocalKafka kafka) throws Exception {
        Gateway.Topics topics = new Gateway.Topics(KafkaBroker.topic("blocks"), KafkaBroker.topic("requests"));
        kafka.createTopic(topics.devices(), 1);
        kafka.createTopic(topics.modbus(), 1);
        int blocks = 500;
        Duration timeout = Duration.ofSeconds(2);
        ConcurrentLinkedQueue<InetSocketAddress> reported = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();

        Gateway gateway = Gateway.start(kafka.bootstrapServers(), topics, InetAddress.getLoopbackAddress(), 0, 0,
                (peer, e) -> {
                    reported.add(peer);
                    errors.add(e);
                });
        boolean closed = false;
        try (Pause pause = Pause.of(null)) {
            InetSocketAddress device;
            try (Socket socket = new Socket()) {
                socket.connect(gateway.deviceAddress(), 5000);
                device = (InetSocketAddress) socket.getLocalSocketAddress();
                OutputStream out = socket.getOutputStream();
                out.write(DeviceBlockCodec.INSTANCE.encode(block(0)));
                out.flush();
                awaitTrue(() -> recordsOn(topics.devices(), 1) == 1, "the first block on the topic");

                pause.stop(kafka);
                for (int n = 1; n < blocks; n++) {
                    out.write(DeviceBlockCodec.INSTANCE.encode(block(n)));
                }
                out.flush();
            }
            awaitTrue(() -> gateway.received() == blocks, "blocks received before close");

            long started = System.nanoTime();
            gateway.close(timeout);
            closed = true;
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            // the device has gone, so the servers close at once: the rest is the wait for Kafka
            assertTrue(took.compareTo(timeout.minusMillis(100)) >= 0, "close returned after " + took
                    + ", before its timeout, while Kafka acknowledged nothing");
            assertTrue(took.compareTo(timeout.plusSeconds(8)) < 0, "close took " + took + " with a timeout of " + timeout);

            assertTrue(!reported.isEmpty(), "nothing reported lost although Kafka acknowledged nothing");
            for (InetSocketAddress peer : reported) {
                assertEquals(Gateway.where(device), Gateway.where(peer), "each loss reported with its device");
            }
            pause.resume();
            // what was not reported is in Kafka: a block reported may have reached the broker all the same
            awaitTrue(() -> recordsOn(topics.devices(), 1) + reported.size() >= blocks,
                    "every block stored or reported (" + reported.size() + " reported)");
        } finally {
            if (!closed) {
                gateway.close(Duration.ZERO);
            }
        }
    }

    @Test
    void aNegativeCloseTimeoutIsRefused(LocalKafka kafka) throws Exception {
        Gateway.Topics topics = new Gateway.Topics(KafkaBroker.topic("blocks"), KafkaBroker.topic("requests"));
        try (Gateway gateway = Gateway.start(kafka.bootstrapServers(), topics, InetAddress.getLoopbackAddress(), 0, 0,
                (peer, e) -> { })) {
            assertThrows(IllegalArgumentException.class, () -> gateway.close(Duration.ofMillis(-1)));
        }
    }

    /**
     * The broker's process stopped ({@code kill -STOP}) from {@link #stop} until {@link #resume} or
     * {@link #close}, which continue it ({@code kill -CONT}); either may be called more than once.
     * {@link #stop} returns once every thread of the broker is seen stopped, not only signalled. A
     * shutdown hook continues it meanwhile, should this JVM exit first (the broker then sees its parent
     * gone and exits too).
     */
    private static final class Pause implements AutoCloseable {
        private long pid = -1;
        private Thread hook;

        static Pause of(LocalKafka kafka) throws Exception {
            Pause pause = new Pause();
            if (kafka != null) {
                pause.stop(kafka);
            }
            return pause;
        }

        void stop(LocalKafka kafka) throws Exception {
            pid = kafka.pid();
            String[] resume = {"kill", "-CONT", Long.toString(pid)};
            hook = new Thread(() -> {
                try {
                    new ProcessBuilder(resume).start().waitFor(5, TimeUnit.SECONDS);
                } catch (IOException | InterruptedException e) {
                    // the JVM is exiting: nothing more to do
                }
            }, "continue-broker");
            Runtime.getRuntime().addShutdownHook(hook);
            signal("STOP", pid);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!stopped(pid)) {
                assertTrue(System.nanoTime() < deadline, "the broker (" + pid + ") did not stop within 10 s");
                Thread.sleep(1);
            }
        }

        void resume() throws IOException {
            if (pid >= 0) {
                signal("CONT", pid);
                pid = -1;
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }

        @Override
        public void close() throws IOException {
            resume();
        }

        private static void signal(String signal, long pid) throws IOException {
            String said = run("kill", "-" + signal, Long.toString(pid));
            assertEquals("", said, "kill -" + signal + " " + pid);
        }

        /** Every thread stopped: each one's state in /proc where there is one (Linux), else the process's, by ps. */
        private static boolean stopped(long pid) throws IOException {
            Path tasks = Path.of("/proc", Long.toString(pid), "task");
            if (!Files.isDirectory(tasks)) {
                return run("ps", "-o", "state=", "-p", Long.toString(pid)).trim().startsWith("T");
            }
            try (Stream<Path> threads = Files.list(tasks)) {
                for (Path thread : (Iterable<Path>) threads::iterator) {
                    String stat;
                    try {
                        stat = Files.readString(thread.resolve("stat"));
                    } catch (NoSuchFileException ended) {
                        continue;
                    }
                    // "tid (name) state ...": the name may hold spaces and parentheses, the state follows the last ')'
                    if (stat.charAt(stat.lastIndexOf(')') + 2) != 'T') {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Runs a command (of a line of output at most) for up to 10 s; what it printed. */
        private static String run(String... command) throws IOException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not end within 10 s");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running " + String.join(" ", command), e);
            }
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + said);
            return said;
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, what + ": not within " + BOUND.toSeconds() + " s");
            Thread.sleep(5);
        }
    }

    /** What the gateway answers to {@code request}: the samples' register map. */
    private static byte[] answer(RequestAdu request) {
        return ResponseAduCodec.INSTANCE.encode(new ModbusServer().answer(request));
    }

    /** One Modbus TCP answer: the MBAP header, then as many bytes as its length field says. */
    private static byte[] readAnswer(DataInputStream in) throws IOException {
        byte[] header = new byte[6];
        in.readFully(header);
        byte[] answer = Arrays.copyOf(header, 6 + ((header[4] & 0xFF) << 8 | header[5] & 0xFF));
        in.readFully(answer, 6, answer.length - 6);
        return answer;
    }

    /** Block {@code n}: its number in its first two data bytes, data bytes below 0x80 (never a marker). */
    private static DeviceBlock block(int n) {
        int size = switch (n % 3) {
            case 0 -> 150;
            case 1 -> 190;
            default -> 192;
        };
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) ((n * 31 + i) & 0x7F);
        }
        data[0] = (byte) (n >> 7 & 0x7F);
        data[1] = (byte) (n & 0x7F);
        return switch (n % 3) {
            case 0 -> new Realtime(data);
            case 1 -> new Extra(data);
            default -> new ExtraLong(data);
        };
    }

    /** Records on the topic's partitions: the sum of their end offsets. */
    private static long recordsOn(String topic, int partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(o -> o.offset()).sum();
    }

    /** The partition's records were written by one idempotent producer, {@code records} sequence numbers in all. */
    private static void assertOneIdempotentProducer(TopicPartition partition, int records) throws Exception {
        List<ProducerState> producers = admin.describeProducers(List.of(partition)).partitionResult(partition)
                .get(30, TimeUnit.SECONDS).activeProducers();
        assertEquals(1, producers.size(), "idempotent producers on " + partition + ": " + producers);
        assertTrue(producers.get(0).producerId() >= 0, producers.toString());
        assertEquals(records - 1, producers.get(0).lastSequence(), producers.toString());
    }

    /** Every record of the topic from its beginning, partition by partition, in offset order; at least {@code expected}, within 60 s. */
    private static List<ConsumerRecord<String, byte[]>> read(LocalKafka kafka, String topic, int expected) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertTrue(records.size() >= expected, "records read: " + records.size() + " of " + expected);
        records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return records;
    }
}
