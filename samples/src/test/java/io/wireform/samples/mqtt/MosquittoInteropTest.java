package io.wireform.samples.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.samples.mqtt.MqttPacket.Granted;
import io.wireform.samples.mqtt.MqttPacket.PacketId;
import io.wireform.samples.mqtt.MqttPacket.Publish;
import io.wireform.samples.mqtt.MqttPacket.Qos;
import io.wireform.samples.stream.RandomBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MQTT sample against Debian's {@code mosquitto}: a client made of the generated codec alone
 * connects, subscribes, publishes at QoS 0, 1 and 2 (with the whole PUBREC/PUBREL/PUBCOMP flow both
 * ways) and a 4 MiB message streamed both ways, pings, unsubscribes and disconnects; every message
 * comes back through the broker byte for byte.
 */
class MosquittoInteropTest {
    private static final int LARGE = 4 << 20;
    private static Mosquitto broker;

    /** A message received: its topic, QoS and payload (SHA-256 of it for the large one). */
    record Received(String topic, int qos, byte[] payload) {}

    @BeforeAll
    static void startBroker() throws Exception {
        Optional<String> unavailable = Mosquitto.unavailable();
        if (unavailable.isPresent()) {
            System.err.println("MosquittoInteropTest skipped: " + unavailable.get());
        }
        assumeTrue(unavailable.isEmpty(), unavailable.orElse(""));
        broker = Mosquitto.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    /** A connection that answers the broker's deliveries as the QoS asks and keeps the messages. */
    static final class Client implements AutoCloseable {
        final WireConnection<MqttPacket, MqttPacket> connection;
        final List<Received> received = new ArrayList<>();

        Client(int port) throws IOException {
            connection = WireClient.to("127.0.0.1", port, MqttPacketCodec.INSTANCE, MqttPacketCodec.INSTANCE)
                    .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20)).connect();
        }

        /** Receives until a packet of {@code type} arrives, taking deliveries on the way; at most 50 packets. */
        <T extends MqttPacket> T expect(Class<T> type) throws Exception {
            for (int i = 0; i < 50; i++) {
                MqttPacket packet = connection.receive();
                if (packet == null) {
                    throw new IOException("the broker closed the connection waiting for " + type.getSimpleName()
                            + ":\n" + broker.log());
                }
                if (type.isInstance(packet)) {
                    return type.cast(packet);
                }
                take(packet);
            }
            throw new AssertionError("no " + type.getSimpleName() + " in 50 packets");
        }

        /** Receives until {@code count} messages have arrived. */
        void awaitMessages(int count) throws Exception {
            for (int i = 0; i < 50 && received.size() < count; i++) {
                MqttPacket packet = connection.receive();
                if (packet == null) {
                    throw new IOException("the broker closed the connection:\n" + broker.log());
                }
                take(packet);
            }
            assertEquals(count, received.size(), received.toString());
        }

        private void take(MqttPacket packet) throws Exception {
            if (packet instanceof Publish p) {
                byte[] payload;
                try (InputStream in = p.payload().openStream()) {
                    payload = p.payload().length() == LARGE ? digest(in) : in.readAllBytes();
                }
                received.add(new Received(p.topic(), p.qos(), payload));
                if (p.packetId() instanceof PacketId.Id id) {
                    connection.send(p.qos() == 1 ? new MqttPacket.PubAck(id.value()) : new MqttPacket.PubRec(id.value()));
                }
            } else if (packet instanceof MqttPacket.PubRel rel) {
                connection.send(new MqttPacket.PubComp(rel.packetId()));
            } else {
                throw new AssertionError("unexpected " + packet);
            }
        }

        @Override
        public void close() throws IOException {
            connection.close();
        }
    }

    static byte[] digest(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new byte[64 * 1024];
        for (int n; (n = in.read(chunk)) > 0; ) {
            digest.update(chunk, 0, n);
        }
        return digest.digest();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void everyControlPacketThroughTheBroker() throws Exception {
        try (Client client = new Client(broker.port())) {
            client.connection.send(new MqttPacket.Connect("wireform-" + ProcessHandle.current().pid(), 30, true));
            assertEquals(new MqttPacket.ConnAck(false, 0), client.expect(MqttPacket.ConnAck.class));

            client.connection.send(new MqttPacket.Subscribe(1,
                    List.of(new MqttPacket.Subscription("wireform/#", Qos.EXACTLY_ONCE))));
            assertEquals(new MqttPacket.SubAck(1, List.of(Granted.QOS_2)), client.expect(MqttPacket.SubAck.class));

            // QoS 0: no acknowledgement
            client.connection.send(new Publish("wireform/q0", Payload.of(ascii("at most once"))));
            client.awaitMessages(1);

            // QoS 1: PUBACK; the broker delivers at QoS 1 too, which the client acknowledges
            client.connection.send(new Publish(1, 2, "wireform/q1", Payload.of(ascii("at least once"))));
            assertEquals(new MqttPacket.PubAck(2), client.expect(MqttPacket.PubAck.class));
            client.awaitMessages(2);

            // QoS 2: PUBREC, PUBREL, PUBCOMP, and the delivery's own flow the other way
            client.connection.send(new Publish(2, 3, "wireform/q2", Payload.of(ascii("exactly once"))));
            assertEquals(new MqttPacket.PubRec(3), client.expect(MqttPacket.PubRec.class));
            client.connection.send(new MqttPacket.PubRel(3));
            assertEquals(new MqttPacket.PubComp(3), client.expect(MqttPacket.PubComp.class));
            client.awaitMessages(3);

            // a large message, streamed out of a generator and digested as it comes back
            byte[] sent = digest(RandomBytes.stream(LARGE, LARGE));
            client.connection.send(new Publish(1, 4, "wireform/large", Payload.of(RandomBytes.stream(LARGE, LARGE), LARGE)));
            client.expect(MqttPacket.PubAck.class);
            client.awaitMessages(4);

            assertEquals(List.of("wireform/q0 0 at most once", "wireform/q1 1 at least once", "wireform/q2 2 exactly once"),
                    client.received.subList(0, 3).stream()
                            .map(m -> m.topic() + " " + m.qos() + " " + new String(m.payload(), StandardCharsets.US_ASCII))
                            .toList());
            Received large = client.received.get(3);
            assertEquals("wireform/large", large.topic());
            assertEquals(HexFormat.of().formatHex(sent), HexFormat.of().formatHex(large.payload()));
            assertTrue(client.connection.frames().capacity() <= 256 * 1024,
                    "the client's reader held " + client.connection.frames().capacity() + " bytes");

            client.connection.send(new MqttPacket.PingReq());
            assertEquals(new MqttPacket.PingResp(), client.expect(MqttPacket.PingResp.class));

            client.connection.send(new MqttPacket.Unsubscribe(5, List.of(new MqttPacket.TopicFilter("wireform/#"))));
            assertEquals(new MqttPacket.UnsubAck(5), client.expect(MqttPacket.UnsubAck.class));
            // no longer subscribed: the broker answers the ping and delivers nothing before it
            client.connection.send(new Publish("wireform/q0", Payload.of(ascii("unheard"))));
            client.connection.send(new MqttPacket.PingReq());
            assertInstanceOf(MqttPacket.PingResp.class, client.connection.receive());

            client.connection.send(new MqttPacket.Disconnect());
            assertNull(client.connection.receive(), "the broker closes the connection after DISCONNECT");
            assertEquals(4, client.received.size());
        }
    }

    @Test
    void theBrokerClosesAConnectionThatSendsQos3() throws Exception {
        // the codec refuses to encode QoS 3 (and to decode it): the bytes are written by hand to see that the
        // broker too takes them for a malformed packet
        try (java.net.Socket raw = new java.net.Socket("127.0.0.1", broker.port())) {
            raw.setSoTimeout(10_000);
            raw.getOutputStream().write(MqttPacketCodec.INSTANCE.encode(
                    new MqttPacket.Connect("wireform-qos3-" + ProcessHandle.current().pid(), 30, true)));
            assertArrayEquals(new byte[] {0x20, 0x02, 0x00, 0x00}, raw.getInputStream().readNBytes(4));
            raw.getOutputStream().write(new byte[] {0x36, 0x07, 0x00, 0x03, 'a', '/', 'b', 0x00, 0x0a});
            assertEquals(-1, raw.getInputStream().read(), "the broker disconnects");
        }
    }
}
