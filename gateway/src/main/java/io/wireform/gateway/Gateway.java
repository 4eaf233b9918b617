package io.wireform.gateway;

import io.wireform.kafka.WireSerializer;
import io.wireform.runtime.net.ErrorListener;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Devices in, Kafka out. Two {@link WireServer}s: one for seeds/004 devices, which send
 * {@code FDAA … CCDD} / {@code FDCC … CCDD} blocks, split anywhere and with noise between them (read
 * with the generated {@code DeviceBlockReader}'s preset); one speaking Modbus TCP, which answers from
 * the samples' register map. Every message decoded is produced to Kafka with the same codec
 * ({@link WireSerializer}), keyed by the device, so one device's messages stay in order in one
 * partition.
 *
 * <ul>
 *   <li>{@value #DEVICE_TOPIC} (by default): key {@code device@<ip>:<port>}, the device's connection as this gateway
 *       sees it (seeds/004 blocks carry no device id); value a {@link DeviceBlock}, as sent.
 *   <li>{@value #MODBUS_TOPIC} (by default): key {@code unit-<id>@<ip>:<port>}; value the {@link RequestAdu}. The
 *       answer goes back only once Kafka has acknowledged the request, so a client that gets its answer
 *       knows the request is stored.
 * </ul>
 *
 * <p>Device blocks are produced without waiting, since the device expects no answer; a block Kafka
 * refuses (after the producer's own retries) closes that device's connection and goes to the error
 * listener. {@link #close()} stops accepting, lets open connections finish, and flushes everything
 * received to Kafka.
 */
public final class Gateway implements Closeable {
    public static final String DEVICE_TOPIC = "device-blocks";
    public static final String MODBUS_TOPIC = "modbus-requests";

    /** The topics a gateway produces to. */
    public record Topics(String devices, String modbus) {
        /** {@value #DEVICE_TOPIC} and {@value #MODBUS_TOPIC}. */
        public static final Topics DEFAULT = new Topics(DEVICE_TOPIC, MODBUS_TOPIC);
    }

    private final KafkaProducer<String, DeviceBlock> blocks;
    private final KafkaProducer<String, RequestAdu> requests;
    private final Topics topics;
    private final ModbusServer registers = new ModbusServer();
    private final ErrorListener errors;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final WireServer<DeviceBlock, DeviceBlock> devices;
    private final WireServer<RequestAdu, ResponseAdu> modbus;

    private Gateway(String bootstrapServers, Topics topics, InetAddress address, int devicePort, int modbusPort,
                    ErrorListener errors) throws IOException {
        this.topics = topics;
        this.errors = errors;
        // device blocks: batched for throughput (up to 5 ms); Modbus requests: sent at once, as the client waits
        this.blocks = new KafkaProducer<>(producerConfig(bootstrapServers, 5), new StringSerializer(),
                new WireSerializer<>(DeviceBlockCodec.INSTANCE));
        this.requests = new KafkaProducer<>(producerConfig(bootstrapServers, 0), new StringSerializer(),
                new WireSerializer<>(RequestAduCodec.INSTANCE));
        WireServer<DeviceBlock, DeviceBlock> deviceServer = null;
        try {
            deviceServer = WireServer.builder(DeviceBlockCodec.INSTANCE)
                    .bind(address, devicePort)
                    .frames(() -> DeviceBlockReader.builder().onDropped((count, at, cause) -> dropped.addAndGet(count)).build())
                    .handler(this::serveDevice)
                    .onError(errors)
                    .start();
            this.devices = deviceServer;
            this.modbus = WireServer.builder(RequestAduCodec.INSTANCE, ResponseAduCodec.INSTANCE)
                    .bind(address, modbusPort)
                    .maxFrameLength(ModbusServer.MAX_ADU_LENGTH)
                    .handler(this::serveModbus)
                    .onError(errors)
                    .start();
        } catch (IOException | RuntimeException e) {
            if (deviceServer != null) {
                deviceServer.close();
            }
            blocks.close(Duration.ZERO);
            requests.close(Duration.ZERO);
            throw e;
        }
    }

    /**
     * Starts a gateway on {@code address} that produces to the brokers at {@code bootstrapServers}, to
     * {@code topics}.
     *
     * @param devicePort for seeds/004 devices; 0 for a free one
     * @param modbusPort for Modbus TCP clients; 0 for a free one
     * @param errors told of every connection that ended in an error, and of every block Kafka refused
     */
    public static Gateway start(String bootstrapServers, Topics topics, InetAddress address, int devicePort,
                                int modbusPort, ErrorListener errors) throws IOException {
        return new Gateway(bootstrapServers, topics, address, devicePort, modbusPort, errors);
    }

    /**
     * At-least-once into Kafka: every record acknowledged by all in-sync replicas, retried by the
     * producer without duplicates or reordering (idempotence).
     */
    public static Map<String, Object> producerConfig(String bootstrapServers, int lingerMillis) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMillis);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        return config;
    }

    private void serveDevice(WireConnection<DeviceBlock, DeviceBlock> connection) throws IOException {
        InetSocketAddress peer = connection.remote();
        String key = "device@" + where(peer);
        for (DeviceBlock block; (block = connection.receive()) != null; ) {
            received.incrementAndGet();
            blocks.send(new ProducerRecord<>(topics.devices(), key, block), (metadata, failure) -> {
                if (failure != null) {
                    errors.onError(peer, failure);
                    closeQuietly(connection);   // the device reconnects; nothing after a lost block is taken
                }
            });
        }
    }

    private void serveModbus(WireConnection<RequestAdu, ResponseAdu> connection) throws Exception {
        String peer = where(connection.remote());
        for (RequestAdu request; (request = connection.receive()) != null; ) {
            received.incrementAndGet();
            requests.send(new ProducerRecord<>(topics.modbus(), "unit-" + request.unitId() + "@" + peer, request)).get();
            connection.send(registers.answer(request));
        }
    }

    /** Where seeds/004 devices connect. */
    public InetSocketAddress deviceAddress() {
        return devices.address();
    }

    /** Where Modbus TCP clients connect. */
    public InetSocketAddress modbusAddress() {
        return modbus.address();
    }

    /** Messages decoded so far, device blocks and Modbus requests. */
    public long received() {
        return received.get();
    }

    /** Bytes of noise between device blocks, skipped. */
    public long droppedBytes() {
        return dropped.get();
    }

    /**
     * Stops accepting, gives open connections the servers' grace period, then flushes all that was
     * received to Kafka: returns once Kafka has acknowledged every block and request received, or the
     * producer has given up on one (after its {@code delivery.timeout.ms}), which then goes to the error
     * listener. With the broker paused that took 2.5 minutes. For a bound of your own, {@link
     * #close(Duration)}.
     */
    @Override
    public void close() throws IOException {
        try (requests; blocks) {
            devices.close();
            modbus.close();
        }
    }

    /**
     * As {@link #close()}, but waits at most {@code timeout} for Kafka once the servers are closed:
     * what Kafka has not acknowledged by then goes to the error listener (each block with its device's
     * address) and may or may not be stored. Closing the servers takes their grace period at most.
     */
    public void close(Duration timeout) throws IOException {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a negative timeout: " + timeout);
        }
        try {
            devices.close();
            modbus.close();
        } finally {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                requests.close(timeout);
            } finally {
                blocks.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
        }
    }

    static String where(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private static void closeQuietly(Closeable connection) {
        try {
            connection.close();
        } catch (IOException ignored) {
            // it is being closed because it failed
        }
    }
}
