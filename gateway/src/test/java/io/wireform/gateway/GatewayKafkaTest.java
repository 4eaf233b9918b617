package io.wireform.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.gateway.broker.LocalKafka;
import io.wireform.kafka.MalformedRecord;
import io.wireform.kafka.WireSerdes;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.modbus.ModbusClient;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.runnable.DeviceSimulator;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Devices through two gateways behind a TCP load balancer into a real broker, and out of a consumer
 * that decodes with the same codec: every frame byte for byte, in order per device, none lost, none
 * twice; malformed records on the topic reported with partition and offset and skipped.
 *
 * <p>100,000 device blocks by default (eight simulated devices, one of them with noise between its
 * blocks), and 300 Modbus requests; {@code -Dgateway.frames=1000000} for more.
 */
@ExtendWith(KafkaBroker.class)
class GatewayKafkaTest {
    private static final int FRAMES = Integer.getInteger("gateway.frames", 100_000);
    private static final int DEVICES = 8;
    private static final int MODBUS_REQUESTS = 300;
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(180);

    /** A record as the consumer got it. */
    private record Got<V>(String key, int partition, long offset, V value) {}

    @Test
    void everyFrameArrivesOnceInOrderByteForByte(LocalKafka kafka) throws Exception {
        Gateway.Topics topics = new Gateway.Topics(KafkaBroker.topic("blocks"), KafkaBroker.topic("requests"));
        kafka.createTopic(topics.devices(), 3);
        kafka.createTopic(topics.modbus(), 1);
        String bootstrap = kafka.bootstrapServers();

        // two malformed records on the topic, before the devices' frames
        byte[] truncated = Arrays.copyOf(DeviceBlockCodec.INSTANCE.encode(new Realtime(new byte[150])), 100);
        RecordMetadata garbage;
        RecordMetadata cut;
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Gateway.producerConfig(bootstrap, 0),
                new StringSerializer(), new ByteArraySerializer())) {
            garbage = raw.send(new ProducerRecord<>(topics.devices(), 0, "bad", "hello".getBytes())).get();
            cut = raw.send(new ProducerRecord<>(topics.devices(), 2, "bad", truncated)).get();
        }

        Map<String, List<Got<DeviceBlock>>> blocks = new ConcurrentHashMap<>();
        Map<String, ByteArrayOutputStream> rawBytes = new ConcurrentHashMap<>();
        Queue<RequestAdu> requests = new ConcurrentLinkedQueue<>();
        Queue<MalformedRecord> malformed = new ConcurrentLinkedQueue<>();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicLong blockCount = new AtomicLong();
        AtomicLong rawCount = new AtomicLong();

        try (DecodingConsumer<DeviceBlock> decoded = DecodingConsumer.start(bootstrap, "decoding", topics.devices(),
                     WireSerdes.deserializer(DeviceBlockCodec.INSTANCE), (ConsumerRecord<String, DeviceBlock> r) -> {
                         blocks.computeIfAbsent(r.key(), k -> new ArrayList<>())
                                 .add(new Got<>(r.key(), r.partition(), r.offset(), r.value()));
                         blockCount.incrementAndGet();
                     }, malformed::add);
             DecodingConsumer<byte[]> audit = DecodingConsumer.start(bootstrap, "audit", topics.devices(),
                     new ByteArrayDeserializer(),
                     (ConsumerRecord<String, byte[]> r) -> {
                         rawBytes.computeIfAbsent(r.key(), k -> new ByteArrayOutputStream()).writeBytes(r.value());
                         rawCount.incrementAndGet();
                     }, bad -> errors.add(bad.error()));
             DecodingConsumer<RequestAdu> modbus = DecodingConsumer.start(bootstrap, "decoding", topics.modbus(),
                     WireSerdes.deserializer(RequestAduCodec.INSTANCE),
                     (ConsumerRecord<String, RequestAdu> r) -> requests.add(r.value()), bad -> errors.add(bad.error()));
             Gateway one = Gateway.start(bootstrap, topics, InetAddress.getLoopbackAddress(), 0, 0, (peer, e) -> errors.add(e));
             Gateway two = Gateway.start(bootstrap, topics, InetAddress.getLoopbackAddress(), 0, 0, (peer, e) -> errors.add(e));
             RecordingBalancer balancer = new RecordingBalancer(List.of(one.deviceAddress(), two.deviceAddress()))) {

            ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
            List<Future<DeviceSimulator.Sent>> sending = new ArrayList<>();
            for (int device = 0; device < DEVICES; device++) {
                boolean noise = device == DEVICES - 1;
                long seed = 1000 + device;
                int count = FRAMES / DEVICES + (device < FRAMES % DEVICES ? 1 : 0);
                sending.add(pool.submit(() -> DeviceSimulator.send("127.0.0.1", balancer.port(), count, noise, seed)));
            }
            List<RequestAdu> expectedRequests = new ArrayList<>();
            try (ModbusClient client = ModbusClient.connect("127.0.0.1", two.modbusAddress().getPort())) {
                for (int i = 0; i < MODBUS_REQUESTS; i++) {
                    ModbusRequest pdu = i % 3 == 0 ? new ModbusRequest.WriteSingleRegister(i, i * 7)
                            : i % 3 == 1 ? new ModbusRequest.ReadHoldingRegisters(i, 10)
                            : new ModbusRequest.WriteMultipleRegisters(i, 3, List.of(i, i + 1, i + 2));
                    client.call(pdu);
                    expectedRequests.add(new RequestAdu(i + 1, 0, 1, pdu));
                }
            }
            List<DeviceSimulator.Sent> sent = new ArrayList<>();
            for (Future<DeviceSimulator.Sent> f : sending) {
                sent.add(f.get(TIMEOUT_NANOS, TimeUnit.NANOSECONDS));
            }
            pool.shutdown();
            long deadline = System.nanoTime() + TIMEOUT_NANOS;
            // the audit consumer reads the same topic on its own: its bytes are compared below, so it too must
            // have read every record (the frames and the two bad ones), not only the decoding consumer
            while ((blockCount.get() < FRAMES || requests.size() < MODBUS_REQUESTS || malformed.size() < 2
                    || rawCount.get() < FRAMES + 2L)
                    && System.nanoTime() < deadline && decoded.failure() == null) {
                Thread.sleep(20);
            }
            one.close();
            two.close();

            assertNull(decoded.failure());
            assertEquals(List.of(), List.copyOf(errors));
            assertEquals(FRAMES, blockCount.get(), "blocks consumed");
            assertEquals(FRAMES + 2L, rawCount.get(), "records the audit consumer read");
            // on the topic: exactly the frames and the two bad records, nothing written twice
            assertEquals(FRAMES + 2L, recordsOn(bootstrap, topics.devices()));

            // the malformed records: reported with partition and offset, with the Wireform exception
            List<MalformedRecord> bad = new ArrayList<>(malformed);
            bad.sort((a, b) -> Integer.compare(a.partition().partition(), b.partition().partition()));
            assertEquals(2, bad.size(), bad.toString());
            assertEquals(new TopicPartition(topics.devices(), garbage.partition()), bad.get(0).partition());
            assertEquals(garbage.offset(), bad.get(0).offset());
            WireDecodeException notABlock = assertInstanceOf(WireDecodeException.class, bad.get(0).wireException().orElseThrow());
            assertEquals(0, notABlock.offset());
            assertEquals(new TopicPartition(topics.devices(), cut.partition()), bad.get(1).partition());
            assertEquals(cut.offset(), bad.get(1).offset());
            TruncatedFrameException shortBlock = assertInstanceOf(TruncatedFrameException.class,
                    bad.get(1).wireException().orElseThrow());
            assertEquals(154, shortBlock.needed());
            assertEquals(100, shortBlock.available());
            assertTrue(bad.get(1).toString().startsWith(topics.devices() + "-2@" + cut.offset()
                    + ": Truncated frame: input ended 100 bytes into a 154-byte frame"), bad.get(1).toString());
            assertArrayEquals(truncated, bytes(bad.get(1)));

            // each device's frames: byte for byte what it sent, in its order, from one partition
            Map<InetSocketAddress, byte[]> wire = balancer.sent();
            assertEquals(DEVICES, wire.size());
            long noiseSent = 0;
            for (int device = 0; device < DEVICES; device++) {
                noiseSent += sent.get(device).noise();
            }
            Map<String, byte[]> onWire = new HashMap<>();
            wire.forEach((address, bytes) -> onWire.put("device@" + Gateway.where(address), bytes));
            assertEquals(onWire.keySet(), blocks.keySet());
            int noisy = 0;
            for (Map.Entry<String, byte[]> device : onWire.entrySet()) {
                List<Got<DeviceBlock>> got = blocks.get(device.getKey());
                assertEquals(1, got.stream().mapToInt(Got::partition).distinct().count(), "one partition per device");
                for (int i = 1; i < got.size(); i++) {
                    assertTrue(got.get(i).offset() > got.get(i - 1).offset(), "offsets in order");
                }
                ByteArrayOutputStream reencoded = new ByteArrayOutputStream();
                got.forEach(g -> reencoded.writeBytes(DeviceBlockCodec.INSTANCE.encode(g.value())));
                byte[] fromKafka = rawBytes.get(device.getKey()).toByteArray();
                assertArrayEquals(fromKafka, reencoded.toByteArray(), "decoded and encoded again = bytes on the topic");
                if (Arrays.equals(device.getValue(), fromKafka)) {
                    continue;   // a device without noise: the topic holds exactly its stream
                }
                noisy++;
                assertFramesWithNoiseBetween(device.getValue(), got);
            }
            assertEquals(1, noisy, "only the noisy device's stream differs from its frames");
            assertEquals(noiseSent, one.droppedBytes() + two.droppedBytes());
            int sentBlocks = sent.stream().mapToInt(s -> s.blocks().values().stream().mapToInt(Integer::intValue).sum()).sum();
            assertEquals(FRAMES, sentBlocks);

            assertEquals(expectedRequests, List.copyOf(requests));
        }
    }

    /** The frames appear in the stream in order, with nothing between them but noise: bytes below 0x80, never FD. */
    private static void assertFramesWithNoiseBetween(byte[] stream, List<Got<DeviceBlock>> frames) {
        int at = 0;
        for (Got<DeviceBlock> frame : frames) {
            byte[] bytes = DeviceBlockCodec.INSTANCE.encode(frame.value());
            int found = indexOf(stream, bytes, at);
            assertTrue(found >= 0, "frame at offset " + frame.offset() + " not in the device's stream after byte " + at);
            for (int i = at; i < found; i++) {
                assertTrue(stream[i] >= 0 && stream[i] != (byte) 0xFD, "a frame was lost at byte " + i);
            }
            at = found + bytes.length;
        }
        assertEquals(stream.length, at, "bytes after the last frame");
    }

    private static int indexOf(byte[] stream, byte[] frame, int from) {
        for (int i = from; i <= stream.length - frame.length; i++) {
            if (Arrays.equals(stream, i, i + frame.length, frame, 0, frame.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(MalformedRecord record) {
        byte[] bytes = new byte[record.value().remaining()];
        record.value().duplicate().get(bytes);
        return bytes;
    }

    /** Records on all partitions of a topic: the sum of their end offsets. */
    private static long recordsOn(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }
}
