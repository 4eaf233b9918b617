package io.wireform.benchmarks;

import io.wireform.gateway.DecodingConsumer;
import io.wireform.gateway.Gateway;
import io.wireform.gateway.broker.LocalKafka;
import io.wireform.kafka.WireSerdes;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gateway end to end (issue 16): device frames from TCP connections through the {@link Gateway}
 * into a real one-node broker ({@link LocalKafka}, in its own JVM on the same machine) and out of a
 * consumer that decodes them, against Kafka alone carrying the same bytes.
 *
 * <p>One operation is {@code frames} seeds/004 blocks (Realtime, Extra, ExtraLong in turn: 181 bytes
 * on average) from {@value #DEVICES} devices, timed from the first byte sent until the consumer has
 * seen the last one. Before each operation, untimed: a new topic, a new gateway (or producer) and
 * consumer, and one frame through them all, so that the consumer has joined its group. Single shot, so <b>frames/s = frames / (score / 1000)</b> (score in ms/op).
 *
 * <ul>
 *   <li>{@code devices_gateway}: {@value #DEVICES} device connections write their pre-encoded blocks
 *       as fast as TCP takes them (64 KiB writes; the samples' {@code DeviceSimulator} would pace them)
 *       to the gateway, which decodes each block with {@code DeviceBlockReader} and produces it with
 *       {@code WireSerializer}; a {@code DecodingConsumer} decodes each with {@code WireDeserializer}.
 *   <li>{@code devices_kafka}: the floor: {@value #DEVICES} threads produce the same blocks' bytes
 *       with {@code ByteArraySerializer} through one producer of the gateway's settings, keyed the
 *       same way, and a {@code DecodingConsumer} with {@code ByteArrayDeserializer} counts them. No
 *       TCP from devices, no codec.
 * </ul>
 *
 * <p>Both produce with the gateway's settings (acks=all, idempotence, linger 5 ms, 128 KiB batches)
 * to a topic of 3 partitions, and consume as the gateway's consumer does (a commit after each poll).
 * The broker's class path is {@code target/broker.classpath} beside this class's jar or classes
 * (written by the build), or {@code -Dwireform.kafka.classpath}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
public class GatewayBenchmark {
    static final int DEVICES = 4;
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

    /** Blocks per operation, from all devices. */
    @Param("100000")
    public int frames;

    private LocalKafka kafka;
    private Gateway gateway;
    private KafkaProducer<String, byte[]> producer;
    private DecodingConsumer<?> consumer;
    private ExecutorService devices;
    private final AtomicLong consumed = new AtomicLong();
    private byte[][] streams;
    private List<List<byte[]>> blocks;
    private int topics;
    private String topic;

    @Setup(Level.Trial)
    public void start() throws IOException {
        kafka = LocalKafka.start(Files.createTempDirectory("wireform-bench-kafka-"), brokerClasspath());
        devices = Executors.newFixedThreadPool(DEVICES);
        streams = new byte[DEVICES][];
        blocks = new ArrayList<>();
        List<DeviceBlock> kinds = Messages.deviceBlocks();
        for (int d = 0; d < DEVICES; d++) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            List<byte[]> own = new ArrayList<>();
            for (int i = d; i < frames; i += DEVICES) {
                byte[] block = DeviceBlockCodec.INSTANCE.encode(kinds.get(i % kinds.size()));
                stream.writeBytes(block);
                own.add(block);
            }
            streams[d] = stream.toByteArray();
            blocks.add(own);
        }
    }

    /** A fresh topic for each run of the benchmark method's operations, with its gateway or producer and consumer. */
    @Setup(Level.Iteration)
    public void connect(org.openjdk.jmh.infra.BenchmarkParams params) throws IOException {
        String topic = "bench-" + (++topics);
        kafka.createTopic(topic, 3);
        consumed.set(0);
        if (params.getBenchmark().endsWith("_gateway")) {
            gateway = Gateway.start(kafka.bootstrapServers(), new Gateway.Topics(topic, topic + "-modbus"),
                    InetAddress.getLoopbackAddress(), 0, 0, (peer, e) -> { });
            consumer = DecodingConsumer.start(kafka.bootstrapServers(), "bench", topic,
                    WireSerdes.deserializer(DeviceBlockCodec.INSTANCE), r -> consumed.incrementAndGet(), bad -> { });
        } else {
            producer = new KafkaProducer<>(Gateway.producerConfig(kafka.bootstrapServers(), 5), new StringSerializer(),
                    new ByteArraySerializer());
            consumer = DecodingConsumer.start(kafka.bootstrapServers(), "bench", topic, new ByteArrayDeserializer(),
                    r -> consumed.incrementAndGet(), bad -> { });
        }
        this.topic = topic;
        // one frame through first, untimed: the consumer has joined its group and the path is warm
        if (gateway != null) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.deviceAddress().getPort())) {
                socket.getOutputStream().write(blocks.get(0).get(0));
            }
        } else {
            producer.send(new ProducerRecord<>(topic, "device@0", blocks.get(0).get(0)));
            producer.flush();
        }
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (consumed.get() < 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumer saw nothing within " + TIMEOUT_NANOS / 1_000_000_000 + " s");
            }
            Thread.onSpinWait();
        }
    }

    @Benchmark
    public long devices_gateway() throws Exception {
        int port = gateway.deviceAddress().getPort();
        return run(d -> () -> {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = socket.getOutputStream();
                byte[] stream = streams[d];
                for (int at = 0; at < stream.length; at += 65536) {
                    out.write(stream, at, Math.min(65536, stream.length - at));
                }
            }
            return null;
        });
    }

    @Benchmark
    public long devices_kafka() throws Exception {
        return run(d -> () -> {
            String key = "device@" + d;
            for (byte[] block : blocks.get(d)) {
                producer.send(new ProducerRecord<>(topic, key, block));
            }
            return null;
        });
    }

    private long run(java.util.function.IntFunction<Callable<Void>> device) throws Exception {
        long target = consumed.get() + frames;
        List<Future<Void>> sent = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            sent.add(devices.submit(device.apply(d)));
        }
        for (Future<Void> f : sent) {
            f.get(TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
        }
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (consumed.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumer saw " + consumed.get() + " of " + target + " frames");
            }
            Thread.onSpinWait();
        }
        return consumed.get();
    }

    @TearDown(Level.Iteration)
    public void disconnect() throws IOException {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
        if (producer != null) {
            producer.close();
            producer = null;
        }
        consumer.close();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        devices.shutdownNow();
        kafka.close();
    }

    /** The broker JVM's class path: the property, else the build's target/broker.classpath beside this class's code. */
    static String brokerClasspath() throws IOException {
        String given = System.getProperty(LocalKafka.CLASSPATH_PROPERTY);
        if (given != null) {
            return given;
        }
        try {
            Path code = Path.of(GatewayBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path file = code.getParent().resolve("broker.classpath");
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the message below
        }
        throw new IOException("no class path for the broker: build the benchmarks (target/broker.classpath) or set -D"
                + LocalKafka.CLASSPATH_PROPERTY);
    }
}
